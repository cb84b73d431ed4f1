#include "SignInDialog.h"
#include "ui_SignInDialog.h"

#include "ApiUrls.h"
#include "EnvironmentStrip.h"
#include "Tls.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QPushButton>

SignInDialog::SignInDialog(TrustingNetwork *network, QWidget *parent)
    : QDialog(parent),
      m_ui(std::make_unique<Ui::SignInDialog>()),
      m_network(network),
      m_controller(new SignInController(network, this))
{
    m_ui->setupUi(this);
    m_ui->methodTabs->setAccessibleName(tr("How to sign in"));
    // A saved server (its address, sign-in and environment), or a new address.
    m_savedCombo = new QComboBox(this);
    m_savedCombo->setObjectName(QStringLiteral("savedServerCombo"));
    m_savedCombo->setAccessibleName(tr("Saved server"));
    m_ui->serverLayout->insertRow(0, tr("Saved ser&ver:"), m_savedCombo);
    m_strip = new EnvironmentStrip(this);
    m_ui->serverLayout->addRow(m_strip);
    // A new address: offered to be saved, with a name and an environment.
    m_saveRow = new QWidget(this);
    auto *saveLayout = new QHBoxLayout(m_saveRow);
    saveLayout->setContentsMargins(0, 0, 0, 0);
    m_saveCheck = new QCheckBox(tr("Save as a server na&med"), m_saveRow);
    m_saveCheck->setObjectName(QStringLiteral("saveServerCheck"));
    m_saveNameEdit = new QLineEdit(m_saveRow);
    m_saveNameEdit->setObjectName(QStringLiteral("saveServerNameEdit"));
    m_saveNameEdit->setAccessibleName(tr("Name of the server to save"));
    m_saveNameEdit->setEnabled(false);
    auto *environmentLabel = new QLabel(tr("&Environment:"), m_saveRow);
    m_saveEnvironmentCombo = new QComboBox(m_saveRow);
    m_saveEnvironmentCombo->setObjectName(QStringLiteral("saveServerEnvironmentCombo"));
    for (ServerEnvironment e :
         {ServerEnvironment::Development, ServerEnvironment::Test, ServerEnvironment::Production})
        m_saveEnvironmentCombo->addItem(ServerProfile::environmentName(e), int(e));
    m_saveEnvironmentCombo->setEnabled(false);
    environmentLabel->setBuddy(m_saveEnvironmentCombo);
    saveLayout->addWidget(m_saveCheck);
    saveLayout->addWidget(m_saveNameEdit, 1);
    saveLayout->addWidget(environmentLabel);
    saveLayout->addWidget(m_saveEnvironmentCombo);
    m_ui->serverLayout->addRow(m_saveRow);
    connect(m_saveCheck, &QCheckBox::toggled, m_saveNameEdit, &QWidget::setEnabled);
    connect(m_saveCheck, &QCheckBox::toggled, m_saveEnvironmentCombo, &QWidget::setEnabled);
    connect(m_savedCombo, &QComboBox::activated, this, &SignInDialog::onSavedServerPicked);
    setTabOrder(m_savedCombo, m_ui->serverCombo);
    setTabOrder(m_ui->serverCombo, m_saveCheck);
    setTabOrder(m_saveCheck, m_saveNameEdit);
    setTabOrder(m_saveNameEdit, m_saveEnvironmentCombo);
    setTabOrder(m_saveEnvironmentCombo, m_ui->methodTabs);
    m_signInButton = m_ui->buttonBox->addButton(tr("&Sign In"), QDialogButtonBox::AcceptRole);
    m_signInButton->setObjectName(QStringLiteral("signInButton"));
    m_signInButton->setDefault(true);
    m_ui->serverCombo->setEditText(QString::fromLatin1(DefaultServer));
    m_ui->serverWarningLabel->setStyleSheet(QStringLiteral("color: #b02a37;"));
    m_ui->statusLabel->setObjectName(QStringLiteral("statusLabel"));

    connect(m_ui->serverCombo, &QComboBox::editTextChanged, this,
            &SignInDialog::updateServerWarning);
    connect(m_ui->serverCombo, &QComboBox::editTextChanged, this,
            &SignInDialog::updateSavedServerFromUrl);
    connect(m_ui->serverCombo, &QComboBox::editTextChanged, this, &SignInDialog::updateTrustLabel);
    updateTrustLabel();
    // Every secret field is hidden unless its own Show is ticked.
    const std::pair<QCheckBox *, QLineEdit *> secrets[]
        = {{m_ui->showTokenCheck, m_ui->tokenEdit},
           {m_ui->showSecretCheck, m_ui->clientSecretEdit},
           {m_ui->showPasswordCheck, m_ui->passwordEdit}};
    for (const auto &[check, edit] : secrets) {
        connect(check, &QCheckBox::toggled, edit, [edit = edit](bool show) {
            edit->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
        });
    }
    // Both client id fields are one value.
    connect(m_ui->clientIdEdit, &QLineEdit::textEdited, m_ui->passwordClientIdEdit,
            &QLineEdit::setText);
    connect(m_ui->passwordClientIdEdit, &QLineEdit::textEdited, m_ui->clientIdEdit,
            &QLineEdit::setText);
    connect(m_signInButton, &QPushButton::clicked, this, &SignInDialog::signIn);
    connect(m_ui->caButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Trust a CA Certificate"), QDir::homePath(),
            tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
        if (!path.isEmpty())
            emit caFileChosen(path);
    });
    // Enter in the server field signs in too (an editable combo box keeps Return to itself).
    connect(m_ui->serverCombo->lineEdit(), &QLineEdit::returnPressed, this, [this] {
        if (m_signInButton->isEnabled())
            signIn();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, [this] {
        if (m_controller->isRunning()) {
            // Cancel stops the check, not the dialog.
            m_controller->cancel();
            setBusy(false);
            m_ui->statusLabel->setText(tr("Stopped."));
            return;
        }
        reject();
    });
    connect(m_controller, &SignInController::stepChanged, m_ui->statusLabel, &QLabel::setText);
    connect(m_controller, &SignInController::failed, this, [this](const QString &message) {
        setBusy(false);
        m_ui->statusLabel->setStyleSheet(QStringLiteral("color: #b02a37;"));
        m_ui->statusLabel->setText(message);
        focusFirstEmptyField();
    });
    connect(m_controller, &SignInController::succeeded, this, [this](const SessionInfo &session) {
        setBusy(false);
        m_session = session;
        // The form no longer needs the secrets.
        m_ui->tokenEdit->clear();
        m_ui->clientSecretEdit->clear();
        m_ui->passwordEdit->clear();
        emit signedIn(session, remember());
        accept();
    });
    updateServerWarning();
    setSavedServers({});
}

SignInDialog::~SignInDialog() = default;

void SignInDialog::setSavedServers(const QList<ServerProfile> &servers)
{
    m_servers = servers;
    m_savedCombo->clear();
    m_savedCombo->addItem(tr("New server (enter its address below)"), QString());
    for (const ServerProfile &server : servers)
        m_savedCombo->addItem(
            tr("%1 (%2)").arg(server.name, ServerProfile::environmentName(server.environment)),
            server.id);
    updateSavedServerFromUrl();
}

void SignInDialog::selectServer(const QString &serverId)
{
    const int index = m_savedCombo->findData(serverId);
    if (index > 0) {
        m_savedCombo->setCurrentIndex(index);
        onSavedServerPicked(index);
    }
}

QString SignInDialog::selectedServerId() const
{
    return m_savedCombo->currentData().toString();
}

void SignInDialog::onSavedServerPicked(int index)
{
    const QString id = m_savedCombo->itemData(index).toString();
    const ServerProfile *server = nullptr;
    for (const ServerProfile &candidate : std::as_const(m_servers)) {
        if (candidate.id == id)
            server = &candidate;
    }
    if (!server) {
        updateSavedServerFromUrl();
        return;
    }
    // The form as the server was saved: its address, how to sign in, who.
    m_picking = true;
    m_ui->serverCombo->setEditText(server->baseUrl.toString());
    m_picking = false;
    switch (server->method) {
    case SignInRequest::Method::AccessToken:
        m_ui->methodTabs->setCurrentWidget(m_ui->tokenTab);
        break;
    case SignInRequest::Method::ClientCredentials:
        m_ui->methodTabs->setCurrentWidget(m_ui->clientTab);
        break;
    case SignInRequest::Method::Password:
        m_ui->methodTabs->setCurrentWidget(m_ui->passwordTab);
        break;
    }
    if (!server->clientId.isEmpty())
        setClientId(server->clientId);
    if (!server->username.isEmpty())
        m_ui->usernameEdit->setText(server->username);
    m_strip->setServer(*server);
    m_saveRow->hide();
    updateTrustLabel();
}

void SignInDialog::updateSavedServerFromUrl()
{
    if (m_picking)
        return;
    // The address typed: the saved server picked, if it is its address; else the first saved
    // at that address; else a new server, offered to be saved.
    QUrl url;
    const bool valid
        = SignInController::checkBaseUrl(m_ui->serverCombo->currentText(), &url).isEmpty();
    const QString address = valid ? ServerList::normalisedUrl(url) : QString();
    int index = 0;
    const QString current = selectedServerId();
    for (int i = 1; i < m_savedCombo->count(); ++i) {
        const ServerProfile &server = m_servers[i - 1];
        if (!valid || ServerList::normalisedUrl(server.baseUrl) != address)
            continue;
        if (index == 0 || server.id == current)
            index = i;
    }
    m_savedCombo->setCurrentIndex(index);
    if (index > 0) {
        m_strip->setServer(m_servers[index - 1]);
        m_saveRow->hide();
        return;
    }
    m_strip->setServer(valid ? ServerProfile::unsaved(url) : ServerProfile());
    m_saveRow->setVisible(valid);
    if (valid && !m_saveCheck->isChecked()) {
        // A name and the careful environment to start from (Production unless loopback).
        m_saveNameEdit->setText(url.host());
        m_saveEnvironmentCombo->setCurrentIndex(
            m_saveEnvironmentCombo->findData(int(ServerProfile::defaultEnvironmentFor(url))));
    }
}

std::optional<ServerProfile> SignInDialog::serverToSave() const
{
    QUrl url;
    if (m_saveRow->isHidden() || !m_saveCheck->isChecked()
        || !SignInController::checkBaseUrl(m_ui->serverCombo->currentText(), &url).isEmpty())
        return std::nullopt;
    ServerProfile server;
    server.name = m_saveNameEdit->text().trimmed();
    server.baseUrl = url;
    server.caFile = m_network->caFileFor(url); // a CA chosen here goes with its server
    server.environment = ServerEnvironment(m_saveEnvironmentCombo->currentData().toInt());
    const QWidget *tab = m_ui->methodTabs->currentWidget();
    if (tab == m_ui->tokenTab) {
        server.method = SignInRequest::Method::AccessToken;
    } else if (tab == m_ui->clientTab) {
        server.method = SignInRequest::Method::ClientCredentials;
        server.clientId = m_ui->clientIdEdit->text().trimmed();
    } else {
        server.method = SignInRequest::Method::Password;
        server.clientId = m_ui->passwordClientIdEdit->text().trimmed();
        server.username = m_ui->usernameEdit->text().trimmed();
    }
    return server;
}

void SignInDialog::setRecentServers(const QStringList &servers)
{
    const QString current = m_ui->serverCombo->currentText();
    m_ui->serverCombo->clear();
    QStringList all = servers;
    if (!all.contains(QString::fromLatin1(DefaultServer)))
        all.append(QString::fromLatin1(DefaultServer));
    m_ui->serverCombo->addItems(all);
    m_ui->serverCombo->setEditText(servers.isEmpty() ? current : servers.first());
}

void SignInDialog::setServer(const QString &baseUrl)
{
    m_ui->serverCombo->setEditText(baseUrl);
}

void SignInDialog::setClientId(const QString &clientId)
{
    m_ui->clientIdEdit->setText(clientId);
    m_ui->passwordClientIdEdit->setText(clientId);
}

void SignInDialog::setRemember(bool remember, bool allowed)
{
    m_ui->rememberCheck->setChecked(remember && allowed);
    m_ui->rememberCheck->setEnabled(allowed);
    if (!allowed)
        m_ui->rememberCheck->setToolTip(tr("Turned off by --no-remember."));
}

void SignInDialog::setAccessToken(const QString &token)
{
    m_ui->methodTabs->setCurrentWidget(m_ui->tokenTab);
    m_ui->showTokenCheck->setChecked(false); // kept, and masked
    m_ui->tokenEdit->setText(token);
}

void SignInDialog::setError(const QString &message)
{
    m_ui->statusLabel->setStyleSheet(QStringLiteral("color: #b02a37;"));
    m_ui->statusLabel->setText(message);
}

void SignInDialog::focusFirstEmptyField()
{
    // After a refused submit, the field that still needs something gets the focus.
    QList<QLineEdit *> fields;
    const QWidget *tab = m_ui->methodTabs->currentWidget();
    if (tab == m_ui->tokenTab)
        fields = {m_ui->tokenEdit};
    else if (tab == m_ui->clientTab)
        fields = {m_ui->clientIdEdit, m_ui->clientSecretEdit};
    else
        fields = {m_ui->passwordClientIdEdit, m_ui->usernameEdit, m_ui->passwordEdit};
    for (QLineEdit *field : std::as_const(fields)) {
        if (field->text().trimmed().isEmpty()) {
            field->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

void SignInDialog::setMessage(const QString &message)
{
    m_ui->statusLabel->setStyleSheet({});
    m_ui->statusLabel->setText(message);
}

QUrl SignInDialog::serverUrl() const
{
    QUrl url;
    if (!SignInController::checkBaseUrl(m_ui->serverCombo->currentText(), &url).isEmpty())
        return {};
    return url;
}

void SignInDialog::updateTrustLabel()
{
    // A CA belongs to one server: the label speaks of the address in the form only.
    const QUrl url = serverUrl();
    QString subject;
    QString path = url.isEmpty() ? QString() : m_network->caFileFor(url, &subject);
    if (path.isEmpty()) {
        for (const ServerProfile &server : std::as_const(m_servers)) {
            if (server.id == selectedServerId() && !server.caFile.isEmpty())
                path = server.caFile; // trusted when the sign-in starts
        }
    }
    if (path.isEmpty()) {
        m_ui->caLabel->setText(tr("Trusted certificates: the system's"));
        return;
    }
    const QString file = QDir::toNativeSeparators(path);
    m_ui->caLabel->setText(subject.isEmpty()
                               ? tr("Also trusted for %1: the CA in %2").arg(url.host(), file)
                               : tr("Also trusted for %1: %2 (%3)").arg(url.host(), subject, file));
}

bool SignInDialog::remember() const
{
    return m_ui->rememberCheck->isChecked();
}

QString SignInDialog::clientId() const
{
    return m_ui->clientIdEdit->text().trimmed();
}

void SignInDialog::updateServerWarning()
{
    QUrl url;
    const QString problem = SignInController::checkBaseUrl(m_ui->serverCombo->currentText(), &url);
    if (problem.isEmpty() && ApiUrls::isInsecureRemote(url)) {
        m_ui->serverWarningLabel->setText(tr("Warning: plain http to %1 sends the access token "
                                             "unencrypted. Use https unless this "
                                             "is a test server on a network you trust.")
                                              .arg(url.host()));
        m_ui->serverWarningLabel->show();
    } else {
        m_ui->serverWarningLabel->hide();
    }
}

void SignInDialog::signIn()
{
    if (m_controller->isRunning())
        return;
    m_ui->statusLabel->setStyleSheet({});
    SignInRequest request;
    const QString problem
        = SignInController::checkBaseUrl(m_ui->serverCombo->currentText(), &request.baseUrl);
    if (!problem.isEmpty()) {
        m_ui->statusLabel->setStyleSheet(QStringLiteral("color: #b02a37;"));
        m_ui->statusLabel->setText(problem);
        m_ui->serverCombo->setFocus();
        return;
    }
    if (!m_saveRow->isHidden() && m_saveCheck->isChecked()) {
        // The name to save it under must be usable and free before anything is sent.
        const QString name = m_saveNameEdit->text().trimmed();
        QString nameProblem = ServerProfile::checkName(name);
        for (const ServerProfile &server : std::as_const(m_servers)) {
            if (nameProblem.isEmpty() && server.name.compare(name, Qt::CaseInsensitive) == 0)
                nameProblem = tr("a saved server has this name");
        }
        if (!nameProblem.isEmpty()) {
            m_ui->statusLabel->setStyleSheet(QStringLiteral("color: #b02a37;"));
            m_ui->statusLabel->setText(
                tr("The server cannot be saved under this name: %1.").arg(nameProblem));
            m_saveNameEdit->setFocus();
            return;
        }
    }
    // A saved server's own CA file is trusted before its first request, for its own address.
    for (const ServerProfile &server : std::as_const(m_servers)) {
        if (server.id == selectedServerId() && !server.caFile.isEmpty())
            emit serverCaFileNeeded(server.baseUrl, server.caFile);
    }
    const QWidget *tab = m_ui->methodTabs->currentWidget();
    if (tab == m_ui->tokenTab) {
        request.method = SignInRequest::Method::AccessToken;
        request.accessToken = m_ui->tokenEdit->text();
    } else if (tab == m_ui->clientTab) {
        request.method = SignInRequest::Method::ClientCredentials;
        request.clientId = m_ui->clientIdEdit->text();
        request.clientSecret = m_ui->clientSecretEdit->text();
    } else {
        request.method = SignInRequest::Method::Password;
        request.clientId = m_ui->passwordClientIdEdit->text();
        request.username = m_ui->usernameEdit->text();
        request.password = m_ui->passwordEdit->text();
    }
    setBusy(true);
    emit signInStarted();
    m_controller->start(request);
}

void SignInDialog::setBusy(bool busy)
{
    m_ui->busyIndicator->setVisible(busy);
    m_signInButton->setEnabled(!busy);
    m_ui->methodTabs->setEnabled(!busy);
    m_ui->serverCombo->setEnabled(!busy);
    m_savedCombo->setEnabled(!busy);
    m_saveRow->setEnabled(!busy);
}
