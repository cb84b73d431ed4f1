#include "ServersDialog.h"

#include "EnvironmentStrip.h"

#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QSaveFile>
#include <QSet>
#include <QVBoxLayout>

namespace {

QIcon swatch(const QString &colour)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(QColor(colour));
    return QIcon(pixmap);
}

} // namespace

ServersDialog::ServersDialog(const QList<ServerProfile> &servers, const QString &currentId,
                             QWidget *parent)
    : QDialog(parent), m_servers(servers), m_currentId(currentId)
{
    setObjectName(QStringLiteral("serversDialog"));
    setWindowTitle(tr("Servers"));
    auto *layout = new QVBoxLayout(this);
    auto *columns = new QHBoxLayout;
    layout->addLayout(columns, 1);

    // Left: the servers in order, and what can be done to the list.
    auto *left = new QVBoxLayout;
    columns->addLayout(left, 2);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("serverList"));
    m_list->setAccessibleName(tr("Saved servers"));
    left->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    left->addLayout(listButtons);
    const auto button = [this](const QString &text, const char *name, QLayout *into) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        b->setAutoDefault(false);
        into->addWidget(b);
        return b;
    };
    m_addButton = button(tr("&Add"), "addServerButton", listButtons);
    m_duplicateButton = button(tr("Du&plicate"), "duplicateServerButton", listButtons);
    m_deleteButton = button(tr("&Delete"), "deleteServerButton", listButtons);
    auto *moveButtons = new QHBoxLayout;
    left->addLayout(moveButtons);
    m_upButton = button(tr("Move &Up"), "moveUpButton", moveButtons);
    m_downButton = button(tr("Move Do&wn"), "moveDownButton", moveButtons);
    auto *fileButtons = new QHBoxLayout;
    left->addLayout(fileButtons);
    QPushButton *importButton = button(tr("&Import..."), "importServersButton", fileButtons);
    QPushButton *exportButton = button(tr("E&xport..."), "exportServersButton", fileButtons);

    // Right: the server picked.
    m_form = new QWidget(this);
    columns->addWidget(m_form, 3);
    auto *formLayout = new QFormLayout(m_form);
    m_strip = new EnvironmentStrip(m_form);
    formLayout->addRow(m_strip);
    m_nameEdit = new QLineEdit(m_form);
    m_nameEdit->setObjectName(QStringLiteral("serverNameEdit"));
    formLayout->addRow(tr("&Name:"), m_nameEdit);
    m_urlEdit = new QLineEdit(m_form);
    m_urlEdit->setObjectName(QStringLiteral("serverUrlEdit"));
    m_urlEdit->setPlaceholderText(QStringLiteral("https://api.example.com"));
    formLayout->addRow(tr("Add&ress:"), m_urlEdit);
    m_environmentCombo = new QComboBox(m_form);
    m_environmentCombo->setObjectName(QStringLiteral("serverEnvironmentCombo"));
    for (ServerEnvironment e :
         {ServerEnvironment::Development, ServerEnvironment::Test, ServerEnvironment::Production})
        m_environmentCombo->addItem(ServerProfile::environmentName(e), int(e));
    formLayout->addRow(tr("En&vironment:"), m_environmentCombo);
    auto *colourRow = new QHBoxLayout;
    m_colourButton = new QPushButton(tr("C&olour..."), m_form);
    m_colourButton->setObjectName(QStringLiteral("serverColourButton"));
    m_colourButton->setAutoDefault(false);
    m_defaultColourButton = new QPushButton(tr("Defau&lt Colour"), m_form);
    m_defaultColourButton->setObjectName(QStringLiteral("serverDefaultColourButton"));
    m_defaultColourButton->setAutoDefault(false);
    colourRow->addWidget(m_colourButton);
    colourRow->addWidget(m_defaultColourButton);
    colourRow->addStretch(1);
    formLayout->addRow(tr("Colour:"), colourRow);
    m_methodCombo = new QComboBox(m_form);
    m_methodCombo->setObjectName(QStringLiteral("serverMethodCombo"));
    m_methodCombo->addItem(tr("A pasted access token"), int(SignInRequest::Method::AccessToken));
    m_methodCombo->addItem(tr("Client credentials"), int(SignInRequest::Method::ClientCredentials));
    m_methodCombo->addItem(tr("Username and password"), int(SignInRequest::Method::Password));
    formLayout->addRow(tr("&Sign in with:"), m_methodCombo);
    m_clientIdEdit = new QLineEdit(m_form);
    m_clientIdEdit->setObjectName(QStringLiteral("serverClientIdEdit"));
    formLayout->addRow(tr("&Client ID:"), m_clientIdEdit);
    m_usernameEdit = new QLineEdit(m_form);
    m_usernameEdit->setObjectName(QStringLiteral("serverUsernameEdit"));
    formLayout->addRow(tr("Us&ername:"), m_usernameEdit);
    auto *caRow = new QHBoxLayout;
    m_caFileEdit = new QLineEdit(m_form);
    m_caFileEdit->setObjectName(QStringLiteral("serverCaFileEdit"));
    m_caFileEdit->setPlaceholderText(tr("The system's certificates"));
    m_caBrowseButton = new QPushButton(tr("&Browse..."), m_form);
    m_caBrowseButton->setAutoDefault(false);
    caRow->addWidget(m_caFileEdit, 1);
    caRow->addWidget(m_caBrowseButton);
    auto *caLabel = new QLabel(tr("CA &file:"), m_form);
    caLabel->setBuddy(m_caFileEdit); // a row of two widgets: its label needs its buddy named
    formLayout->addRow(caLabel, caRow);
    auto *secretNote = new QLabel(
        tr("Secrets (tokens, client secrets, passwords) are never saved here: a remembered "
           "session is kept in the system keychain, one entry per server."),
        m_form);
    secretNote->setWordWrap(true);
    formLayout->addRow(secretNote);

    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("serversMessage"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextFormat(Qt::PlainText);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_messageLabel->hide();
    layout->addWidget(m_messageLabel);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ServersDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_list, &QListWidget::currentRowChanged, this, &ServersDialog::showRow);
    for (QLineEdit *edit : {m_nameEdit, m_urlEdit, m_clientIdEdit, m_usernameEdit, m_caFileEdit})
        connect(edit, &QLineEdit::textEdited, this, &ServersDialog::formEdited);
    for (QComboBox *combo : {m_environmentCombo, m_methodCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &ServersDialog::formEdited);
    connect(m_colourButton, &QPushButton::clicked, this, [this] {
        if (m_row < 0)
            return;
        const QColor chosen
            = QColorDialog::getColor(QColor(m_servers[m_row].effectiveColour()), this,
                                     tr("Colour of %1").arg(m_servers[m_row].name));
        if (!chosen.isValid())
            return;
        m_servers[m_row].colour = chosen.name(QColor::HexRgb);
        showRow(m_row);
        refreshList();
    });
    connect(m_defaultColourButton, &QPushButton::clicked, this, [this] {
        if (m_row < 0)
            return;
        m_servers[m_row].colour.clear();
        showRow(m_row);
        refreshList();
    });
    connect(m_caBrowseButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("CA Certificates for This Server"), QDir::homePath(),
            tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
        if (path.isEmpty() || m_row < 0)
            return;
        m_caFileEdit->setText(path);
        formEdited();
    });
    connect(m_addButton, &QPushButton::clicked, this, &ServersDialog::addServer);
    connect(m_duplicateButton, &QPushButton::clicked, this, &ServersDialog::duplicateServer);
    connect(m_deleteButton, &QPushButton::clicked, this, &ServersDialog::deleteServer);
    connect(m_upButton, &QPushButton::clicked, this, [this] { moveServer(-1); });
    connect(m_downButton, &QPushButton::clicked, this, [this] { moveServer(1); });
    connect(importButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Import Servers"), QDir::homePath(), tr("JSON files (*.json);;All files (*)"));
        if (!path.isEmpty())
            importFrom(path);
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export Servers"), QDir::homePath() + QStringLiteral("/knetik-servers.json"),
            tr("JSON files (*.json)"));
        if (path.isEmpty())
            return;
        QString error;
        if (exportTo(path, &error))
            setMessage(
                tr("Exported %Ln server(s) to %1 (no secrets).", nullptr, int(m_servers.size()))
                    .arg(QDir::toNativeSeparators(path)),
                false);
        else
            setMessage(error, true);
    });

    refreshList();
    int start = 0;
    for (qsizetype i = 0; i < m_servers.size(); ++i) {
        if (m_servers[i].id == currentId)
            start = int(i);
    }
    selectRow(m_servers.isEmpty() ? -1 : start);
    m_list->setFocus();
    resize(760, 460);
}

ServersDialog::~ServersDialog() = default;

void ServersDialog::selectRow(int row)
{
    m_list->setCurrentRow(row);
    showRow(row);
}

void ServersDialog::refreshList()
{
    const QSignalBlocker blocker(m_list);
    const int row = m_row;
    m_list->clear();
    for (const ServerProfile &server : std::as_const(m_servers)) {
        QString text = tr("%1 (%2)").arg(server.name.isEmpty() ? tr("(no name)") : server.name,
                                         ServerProfile::environmentName(server.environment));
        if (!m_currentId.isEmpty() && server.id == m_currentId)
            text += tr(", signed in");
        QString tip = server.baseUrl.toDisplayString();
        if (!server.caFile.isEmpty()) {
            // Which servers trust more than the system's certificates, at a glance.
            text += tr(", extra CA");
            tip += QLatin1Char('\n')
                + tr("Also trusts the certificates in %1 (for this server only)")
                      .arg(QDir::toNativeSeparators(server.caFile));
        }
        auto *item = new QListWidgetItem(swatch(server.effectiveColour()), text, m_list);
        item->setToolTip(tip);
    }
    if (row >= 0 && row < m_list->count())
        m_list->setCurrentRow(row);
    updateButtons();
}

void ServersDialog::showRow(int row)
{
    m_row = row >= 0 && row < m_servers.size() ? row : -1;
    m_form->setEnabled(m_row >= 0);
    m_loading = true;
    const ServerProfile server = m_row >= 0 ? m_servers[m_row] : ServerProfile();
    m_nameEdit->setText(server.name);
    m_urlEdit->setText(server.baseUrl.toString());
    m_environmentCombo->setCurrentIndex(m_environmentCombo->findData(int(server.environment)));
    m_methodCombo->setCurrentIndex(m_methodCombo->findData(int(server.method)));
    m_clientIdEdit->setText(server.clientId);
    m_usernameEdit->setText(server.username);
    m_caFileEdit->setText(server.caFile);
    m_defaultColourButton->setEnabled(!server.colour.isEmpty());
    m_strip->setServer(server);
    m_strip->setVisible(m_row >= 0);
    m_loading = false;
    updateButtons();
}

void ServersDialog::formEdited()
{
    if (m_loading || m_row < 0)
        return;
    ServerProfile &server = m_servers[m_row];
    server.name = m_nameEdit->text().trimmed();
    QUrl url;
    // Kept as typed when it is not (yet) an address; OK says so.
    if (SignInController::checkBaseUrl(m_urlEdit->text(), &url).isEmpty())
        server.baseUrl = url;
    else
        server.baseUrl = QUrl(m_urlEdit->text().trimmed());
    server.environment = ServerEnvironment(m_environmentCombo->currentData().toInt());
    server.method = SignInRequest::Method(m_methodCombo->currentData().toInt());
    server.clientId = m_clientIdEdit->text().trimmed();
    server.username = m_usernameEdit->text().trimmed();
    server.caFile = m_caFileEdit->text().trimmed();
    m_strip->setServer(server);
    refreshList();
    m_messageLabel->hide();
}

void ServersDialog::updateButtons()
{
    const bool any = m_row >= 0;
    m_duplicateButton->setEnabled(any);
    m_deleteButton->setEnabled(any);
    m_upButton->setEnabled(any && m_row > 0);
    m_downButton->setEnabled(any && m_row < m_servers.size() - 1);
}

void ServersDialog::addServer()
{
    ServerProfile server;
    server.id = ServerList::newId();
    ServerList names;
    names.replace(m_servers);
    server.name = names.uniqueName(tr("New server"));
    server.baseUrl = QUrl(QStringLiteral("https://"));
    server.environment = ServerEnvironment::Production; // careful until said otherwise
    m_servers.append(server);
    refreshList();
    selectRow(int(m_servers.size()) - 1);
    m_nameEdit->setFocus();
    m_nameEdit->selectAll();
}

void ServersDialog::duplicateServer()
{
    if (m_row < 0)
        return;
    ServerProfile copy = m_servers[m_row];
    copy.id = ServerList::newId(); // its own keychain entry (none yet)
    ServerList names;
    names.replace(m_servers);
    copy.name = names.uniqueName(tr("%1 copy").arg(copy.name));
    m_servers.insert(m_row + 1, copy);
    refreshList();
    selectRow(m_row + 1);
    m_nameEdit->setFocus();
    m_nameEdit->selectAll();
}

void ServersDialog::deleteServer()
{
    if (m_row < 0)
        return;
    const ServerProfile removed = m_servers.takeAt(m_row);
    refreshList();
    selectRow(qMin(m_row, int(m_servers.size()) - 1));
    setMessage(removed.id == m_currentId
                   ? tr("“%1” deleted (when you press OK), with its remembered session. You stay "
                        "signed in to it until you sign out or switch.")
                         .arg(removed.name)
                   : tr("“%1” deleted (when you press OK), with its remembered session.")
                         .arg(removed.name),
               false);
}

void ServersDialog::moveServer(int by)
{
    const int to = m_row + by;
    if (m_row < 0 || to < 0 || to >= m_servers.size())
        return;
    m_servers.move(m_row, to);
    m_row = to;
    refreshList();
    selectRow(to);
}

void ServersDialog::setMessage(const QString &text, bool error)
{
    m_messageLabel->setStyleSheet(error ? QStringLiteral("color: #b02a37;") : QString());
    m_messageLabel->setText(text);
    m_messageLabel->setVisible(!text.isEmpty());
}

QString ServersDialog::problem() const
{
    QSet<QString> seen; // case-folded names: linear, for lists of thousands
    for (qsizetype i = 0; i < m_servers.size(); ++i) {
        const ServerProfile &server = m_servers[i];
        const QString label = server.name.isEmpty() ? tr("Server %1").arg(i + 1) : server.name;
        const QString nameProblem = ServerProfile::checkName(server.name);
        if (!nameProblem.isEmpty())
            return tr("%1: %2.").arg(label, nameProblem);
        if (seen.contains(server.name.trimmed().toCaseFolded()))
            return tr("%1: another server has this name (names must differ, also in case).")
                .arg(label);
        QUrl url;
        if (!SignInController::checkBaseUrl(server.baseUrl.toString(), &url).isEmpty()
            || server.baseUrl.host().isEmpty())
            return tr("%1: “%2” is not a server address.").arg(label, server.baseUrl.toString());
        seen.insert(server.name.trimmed().toCaseFolded());
    }
    return ServerList::environmentConflict(m_servers);
}

void ServersDialog::accept()
{
    const QString why = problem();
    if (!why.isEmpty()) {
        setMessage(tr("Not saved: %1").arg(why), true);
        return;
    }
    QDialog::accept();
}

ServerImportReport ServersDialog::importFrom(const QString &path)
{
    ServerImportReport report;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        report.error
            = tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    } else if (file.size() > ServerList::MaxImportBytes) {
        report.error = tr("The file is larger than 1 MB: it is not a list of servers.");
    } else {
        ServerList list;
        list.replace(m_servers);
        report = list.importJson(file.read(ServerList::MaxImportBytes + 1));
        if (report.error.isEmpty()) {
            m_servers = list.servers();
            refreshList();
            if (!report.added.isEmpty())
                selectRow(int(m_servers.size()) - 1);
        }
    }
    if (!report.error.isEmpty()) {
        setMessage(tr("Nothing was imported: %1").arg(report.error), true);
        return report;
    }
    QStringList lines;
    // Names up to a dozen: a list of thousands is a count, not a wall of names.
    constexpr qsizetype Named = 12;
    const auto some = [this](const QStringList &all) {
        QStringList shown = all.mid(0, Named);
        if (all.size() > Named)
            shown << tr("... and %Ln more", nullptr, int(all.size() - Named));
        return shown;
    };
    QString added = report.added.mid(0, Named).join(QLatin1String(", "));
    if (report.added.size() > Named)
        added = tr("%1 and %Ln more", nullptr, int(report.added.size() - Named)).arg(added);
    lines << tr("Imported %Ln server(s)", nullptr, int(report.added.size()))
            + (report.added.isEmpty() ? QStringLiteral(".")
                                      : QStringLiteral(": ") + added + QLatin1Char('.'));
    if (!report.caFiles.isEmpty())
        lines << tr("Trusting an extra CA, each for its own server only (%Ln):", nullptr,
                    int(report.caFiles.size()))
              << some(report.caFiles);
    if (!report.duplicates.isEmpty())
        lines << tr("Left out as already saved (%Ln):", nullptr, int(report.duplicates.size()))
              << some(report.duplicates);
    if (!report.invalid.isEmpty())
        lines << tr("Left out as invalid (%Ln):", nullptr, int(report.invalid.size()))
              << some(report.invalid);
    if (!report.secretsDropped.isEmpty())
        lines << some(report.secretsDropped);
    lines << tr("The servers saved before are unchanged. Press OK to keep the imported ones.");
    setMessage(lines.join(QLatin1Char('\n')), !report.invalid.isEmpty());
    return report;
}

bool ServersDialog::exportTo(const QString &path, QString *error)
{
    // Only servers that could be saved (an address with a password in it could not).
    const QString why = problem();
    if (!why.isEmpty()) {
        *error = tr("Not exported: %1").arg(why);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(ServerList::exportJson(m_servers)) < 0
        || !file.commit()) {
        *error = tr("%1 cannot be written: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}
