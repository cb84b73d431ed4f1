#include "SignInDialog.h"
#include "ui_SignInDialog.h"

#include "ApiUrls.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QPushButton>

SignInDialog::SignInDialog(QNetworkAccessManager *manager, QWidget *parent)
    : QDialog(parent),
      m_ui(std::make_unique<Ui::SignInDialog>()),
      m_controller(new SignInController(manager, this))
{
    m_ui->setupUi(this);
    m_ui->methodTabs->setAccessibleName(tr("How to sign in"));
    m_signInButton = m_ui->buttonBox->addButton(tr("&Sign In"), QDialogButtonBox::AcceptRole);
    m_signInButton->setObjectName(QStringLiteral("signInButton"));
    m_signInButton->setDefault(true);
    m_ui->serverCombo->setEditText(QString::fromLatin1(DefaultServer));
    m_ui->serverWarningLabel->setStyleSheet(QStringLiteral("color: #b02a37;"));
    m_ui->statusLabel->setObjectName(QStringLiteral("statusLabel"));

    connect(m_ui->serverCombo, &QComboBox::editTextChanged, this,
            &SignInDialog::updateServerWarning);
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
}

SignInDialog::~SignInDialog() = default;

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

void SignInDialog::setTrustedCaFile(const QString &path, const QString &subject)
{
    m_ui->caLabel->setText(
        path.isEmpty() ? tr("Trusted certificates: the system's")
                       : tr("Also trusted: %1 (%2)").arg(subject, QDir::toNativeSeparators(path)));
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
}
