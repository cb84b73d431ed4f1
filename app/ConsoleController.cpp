#include "ConsoleController.h"

#include "AuditJournal.h"
#include "CredentialStore.h"
#include "MainWindow.h"
#include "OAuthClient.h"
#include "Sandbox.h"
#include "ServersDialog.h"
#include "Session.h"
#include "Settings.h"
#include "SignInDialog.h"
#include "Tls.h"
#include "TokensApi.h"

#include <QApplication>
#include <QDir>
#include <QHash>
#include <QMessageBox>

ConsoleController::ConsoleController(Settings *settings, CredentialStore *credentials,
                                     const Options &options, QObject *parent)
    : QObject(parent),
      m_settings(settings),
      m_credentials(credentials),
      m_options(options),
      m_api(new TokensApi(&m_network, this)),
      m_oauth(new OAuthClient(&m_network, this)),
      m_session(new Session(m_api, m_oauth, this)),
      m_quiet(new SignInController(&m_network, this))
{
    QString journalPath
        = options.journalPath.isEmpty() ? AuditJournal::defaultPath() : options.journalPath;
    if (options.demo && options.journalPath.isEmpty()) {
        // Demo revocations are real, but of a throwaway server: keep them out of the real record.
        journalPath.replace(QLatin1String("revocations.jsonl"),
                            QLatin1String("revocations-demo.jsonl"));
    }
    m_journal = std::make_unique<AuditJournal>(journalPath);
    m_window = std::make_unique<MainWindow>(m_api, m_settings);
    m_window->setAuditJournal(m_journal.get());

    connect(m_window.get(), &MainWindow::reauthenticationRequired, this, [this] {
        m_sessionEnded = true;
        updateSessionStatus();
        showSignIn(tr("Your session ended. Sign in again to go on where you were."), true);
    });
    connect(m_window.get(), &MainWindow::signInRequested, this, [this] { showSignIn({}, false); });
    connect(m_window.get(), &MainWindow::signOutRequested, this, &ConsoleController::signOut);
    connect(m_session, &Session::refreshed, this, [this] {
        if (m_remembered)
            m_credentials->write(m_server.keychainAccount(), storedFor(m_session->info()), this,
                                 [](const CredentialStore::Result &) {});
        m_sessionEnded = false; // renewed: the session works again
        updateSessionStatus();
    });
    m_statusTimer.setInterval(15000);
    connect(&m_statusTimer, &QTimer::timeout, this, &ConsoleController::updateSessionStatus);

    connect(m_quiet, &SignInController::succeeded, this, [this](const SessionInfo &session) {
        onSignedIn(session, m_quietRemembers, std::exchange(m_quietServerId, {}));
        // Signed in by a remembered session (Switch Server): a sign-in form still open
        // is for a session that is no longer needed.
        if (m_dialog)
            m_dialog->reject();
    });
    connect(m_window.get(), &MainWindow::switchServerRequested, this,
            &ConsoleController::switchServer);
    connect(m_window.get(), &MainWindow::manageServersRequested, this,
            &ConsoleController::manageServers);
    connect(m_window.get(), &MainWindow::ownTokenIdentified, this, [this](const TokenKey &key) {
        m_discoveredIdentity = key;
        updateSessionStatus();
    });
    connect(m_quiet, &SignInController::stepChanged, this,
            [this](const QString &step) { m_window->setSessionStatus(step); });
    connect(m_quiet, &SignInController::failed, this, [this](const QString &message) {
        const QString token = std::exchange(m_tokenBeingChecked, {});
        // The form opens for the server whose remembered session failed.
        m_pendingServerId = std::exchange(m_quietServerId, {});
        const bool dialogWasOpen = m_dialog;
        m_window->setSessionStatus(tr("Not signed in"));
        showSignIn({}, false);
        if (!m_dialog)
            return;
        // A token from --token-stdin is not thrown away by a failed check: it stays in the
        // form (masked) beside the reason, for Sign In to try again. Only in a form opened for
        // it, with its server: never in one the admin has filled for another server.
        if (!token.isEmpty() && !dialogWasOpen)
            m_dialog->setAccessToken(token);
        m_dialog->setError(tr("Could not sign in: %1").arg(message));
    });
}

ConsoleController::~ConsoleController()
{
    if (m_dialog)
        delete m_dialog;
    m_window.reset();
}

void ConsoleController::applyTrust(QStringList *problems)
{
    QList<std::pair<QUrl, QString>> caFiles;
    for (const ServerProfile &server : m_servers.servers()) {
        if (!server.caFile.isEmpty())
            caFiles.append({server.baseUrl, server.caFile});
    }
    const QHash<QString, QString> chosen = m_settings->trustedCaFiles();
    for (auto it = chosen.constBegin(); it != chosen.constEnd(); ++it)
        caFiles.append({QUrl(it.key()), it.value()});
    if (!m_options.caFile.isEmpty() && !m_options.baseUrl.isEmpty())
        caFiles.append({m_options.baseUrl, m_options.caFile});
    m_network.replaceTrust(caFiles, problems);
}

QString ConsoleController::rereadSavedCaFile(const QString &path)
{
    // Read again before a saved server is used: a file gone is said, one changed since is
    // trusted as it is now.
    QList<QSslCertificate> certificates;
    QString error;
    Tls::readCaFile(path, &certificates, &error);
    applyTrust();
    return error;
}

bool ConsoleController::trustChosenCaFile(const QUrl &server, const QString &path, QString *error)
{
    if (server.isEmpty()) {
        *error = tr("Enter the server's address first: a CA file is trusted for that server only.");
        return false;
    }
    if (!m_network.trustCaFileFor(server, path, error))
        return false;
    m_settings->setTrustedCaFile(Tls::origin(server), path);
    applyTrust();
    return true;
}

void ConsoleController::start()
{
    QStringList migrated;
    m_servers = ServerList::load(m_settings, &migrated);
    m_window->setSavedServers(m_servers.servers());
    m_window->show();
    if (!migrated.isEmpty())
        m_window->showTransientStatus(
            tr("Your recent servers are now saved servers (%1). Check their environments in "
               "File > Servers.")
                .arg(migrated.join(QLatin1String(", "))));
    // The CAs to trust, each for its own server only.
    QStringList problems;
    if (!m_options.caFile.isEmpty() && m_options.baseUrl.isEmpty())
        problems << tr("--ca-file is not used without --base-url: a CA is trusted for one server.");
    applyTrust(&problems);
    const QString everywhere = m_settings->value(Settings::Key::TrustedCaFile).toString();
    if (!everywhere.isEmpty()) {
        // Earlier versions trusted the CA chosen at sign-in for every server; it is chosen
        // again, for its server, in the sign-in dialog.
        m_settings->setValue(Settings::Key::TrustedCaFile, QString());
        problems << tr("%1 is no longer trusted for every server: choose it again in the sign-in "
                       "dialog for the server it belongs to.")
                        .arg(QDir::toNativeSeparators(everywhere));
    }
    if (!problems.isEmpty())
        m_window->setSessionStatus(problems.join(QLatin1Char(' ')));
    if (m_options.demo) {
        Sandbox::Options options;
        options.tokens = m_options.demoTokens;
        // Something for View > Overview to find: a user and a client far above the rest.
        options.outliers
            = {{QStringLiteral("ada"), {}, 412}, {{}, QStringLiteral("ci-runner"), 600}};
        m_sandbox = std::make_unique<Sandbox>(options);
        QString error;
        if (!m_sandbox->start(&error)) {
            QMessageBox::critical(m_window.get(), tr("Demo"), error);
            emit gaveUp();
            return;
        }
        SessionInfo session;
        session.baseUrl = m_sandbox->url();
        session.accessToken = m_sandbox->adminToken();
        session.username = QString::fromLatin1(Sandbox::AdminUsername);
        session.clientId = QString::fromLatin1(Sandbox::AdminClientId);
        m_remembered = false;
        onSignedIn(session, false, {});
        return;
    }
    if (!m_options.token.isEmpty()) {
        // Never the most recent server: a token goes only where the admin said (main() refuses
        // --token-stdin without --base-url; this is the same rule for other callers).
        const QUrl base = m_options.baseUrl;
        if (base.isEmpty()) {
            m_options.token.clear();
            showSignIn(tr("Give --base-url with --token-stdin, or enter the server here."), false);
            return;
        }
        SessionInfo session;
        session.baseUrl = base;
        session.accessToken = m_options.token;
        m_tokenBeingChecked = std::exchange(m_options.token, {});
        m_quietRemembers = false;
        m_quietServerId.clear();
        m_quiet->verify(session);
        return;
    }
    const std::optional<ServerProfile> remembered
        = m_servers.serverOfAccount(m_settings->value(Settings::Key::RememberedServer).toString());
    if (!m_options.noRemember && remembered
        && (m_options.baseUrl.isEmpty()
            || ServerList::normalisedUrl(m_options.baseUrl)
                == ServerList::normalisedUrl(remembered->baseUrl))) {
        tryRemembered();
        return;
    }
    showSignIn({}, false);
}

void ConsoleController::tryRemembered()
{
    const QString account = m_settings->value(Settings::Key::RememberedServer).toString();
    const std::optional<ServerProfile> server = m_servers.serverOfAccount(account);
    if (!server) {
        showSignIn({}, false);
        return;
    }
    m_window->setSessionStatus(tr("Signing in to %1...").arg(server->name));
    m_credentials->read(
        account, this, [this, account, server = *server](const CredentialStore::Result &result) {
            if (result.ok && !result.credentials.isEmpty()
                && !ServerList::belongsTo(result.credentials, account, server)) {
                // Issued by another address (the server's address changed since): never sent
                // here, and not kept.
                m_credentials->remove(account, this, [](const CredentialStore::Result &) {});
                m_settings->setValue(Settings::Key::RememberedServer, QString());
                showSignIn({}, false);
                return;
            }
            if (!result.ok || result.credentials.isEmpty()) {
                showSignIn(result.notFound
                               ? QString()
                               : tr("The keychain could not be read: %1").arg(result.error),
                           false);
                return;
            }
            if (server.isSaved() && account != server.keychainAccount()) {
                // Kept by an earlier version under the server's address: moved to the saved
                // server's own entry (the old one goes only once the new one is written).
                StoredCredentials moved = result.credentials;
                moved.server = ServerList::normalisedUrl(server.baseUrl);
                m_credentials->write(server.keychainAccount(), moved, this,
                                     [this, account, newAccount = server.keychainAccount()](
                                         const CredentialStore::Result &written) {
                                         if (!written.ok)
                                             return;
                                         m_settings->setValue(Settings::Key::RememberedServer,
                                                              newAccount);
                                         m_settings->sync();
                                         m_credentials->remove(
                                             account, this, [](const CredentialStore::Result &) {});
                                     });
            }
            verifyRemembered(server, result.credentials);
        });
}

void ConsoleController::verifyRemembered(const ServerProfile &server,
                                         const StoredCredentials &credentials)
{
    SessionInfo session;
    session.baseUrl = server.baseUrl;
    session.accessToken = credentials.accessToken;
    session.refreshToken = credentials.refreshToken;
    session.clientId = credentials.clientId;
    session.username = credentials.username;
    session.expiresAtMs = credentials.expiresAtMs;
    m_quietRemembers = true;
    m_quietServerId = server.id;
    m_quiet->verify(session);
}

StoredCredentials ConsoleController::storedFor(const SessionInfo &session)
{
    return StoredCredentials {session.accessToken, session.refreshToken,
                              session.clientId,    session.username,
                              session.expiresAtMs, ServerList::normalisedUrl(session.baseUrl)};
}

void ConsoleController::showSignIn(const QString &message, bool reauthenticating)
{
    if (m_dialog) {
        if (m_servers.find(m_pendingServerId))
            m_dialog->selectServer(m_pendingServerId);
        m_dialog->raise();
        return;
    }
    auto *dialog = new SignInDialog(&m_network, m_window.get());
    m_dialog = dialog;
    dialog->setObjectName(QStringLiteral("signInDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setRecentServers(m_settings->value(Settings::Key::RecentBaseUrls).toStringList());
    dialog->setSavedServers(m_servers.servers());
    const QUrl server = reauthenticating || !m_session->info().baseUrl.isEmpty()
        ? m_session->info().baseUrl
        : m_options.baseUrl;
    // The last client id first: a saved server picked below fills in its own.
    dialog->setClientId(m_settings->value(Settings::Key::LastClientId).toString());
    if (!reauthenticating && m_servers.find(m_pendingServerId))
        dialog->selectServer(m_pendingServerId); // File > Switch Server
    else if (reauthenticating && m_server.isSaved() && m_servers.find(m_server.id))
        dialog->selectServer(m_server.id);
    else if (!server.isEmpty())
        dialog->setServer(server.toString());
    dialog->setRemember(m_remembered, !m_options.noRemember);
    if (!message.isEmpty())
        dialog->setMessage(message);
    // A CA chosen in the dialog belongs to the address in the form when it was chosen.
    connect(dialog, &SignInDialog::caFileChosen, this, [this, dialog](const QString &path) {
        QString error;
        if (!trustChosenCaFile(dialog->serverUrl(), path, &error)) {
            dialog->setError(error);
            return;
        }
        dialog->updateTrustLabel();
    });
    // A saved server's own CA file (trusted since it was saved): read again, so that a file
    // gone or changed since is said, or its new certificates trusted, before the first request.
    connect(dialog, &SignInDialog::serverCaFileNeeded, this,
            [this, dialog](const QUrl &, const QString &path) {
                const QString error = rereadSavedCaFile(path);
                if (!error.isEmpty())
                    dialog->setError(error);
                dialog->updateTrustLabel();
            });
    connect(dialog, &SignInDialog::signedIn, this,
            [this, dialog](const SessionInfo &session, bool remember) {
                QString serverId = dialog->selectedServerId();
                // A new address the admin asked to save becomes a saved server first.
                if (std::optional<ServerProfile> toSave = dialog->serverToSave()) {
                    QList<ServerProfile> servers = m_servers.servers();
                    toSave->id = ServerList::newId();
                    servers.append(*toSave);
                    applyServers(servers);
                    serverId = toSave->id;
                }
                m_pendingServerId.clear();
                onSignedIn(session, remember, serverId);
            });
    // A refresh still in flight must not install its token into the session being made, nor
    // store one under another server's keychain entry.
    connect(dialog, &SignInDialog::signInStarted, m_session, &Session::abandonRefresh);
    // A quiet check still running (a remembered session, --token-stdin) gives way to the
    // admin's own sign-in: its outcome would only get in the way.
    connect(dialog, &SignInDialog::signInStarted, this, [this] {
        m_quiet->cancel();
        m_tokenBeingChecked.clear();
    });
    connect(dialog, &QDialog::rejected, this, [this] {
        m_pendingServerId.clear();
        if (!m_everSignedIn) {
            emit gaveUp();
            return;
        }
        if (m_session->isActive())
            m_session->reschedule();
        m_window->signInDialogClosed();
    });
    dialog->open();
}

void ConsoleController::onSignedIn(const SessionInfo &session, bool remember,
                                   const QString &serverId)
{
    const bool resuming = m_everSignedIn && m_session->info().baseUrl == session.baseUrl;
    if (m_sandbox) {
        // The demo's own server: a throwaway sandbox, never saved.
        m_server = ServerProfile::unsaved(session.baseUrl);
        m_server.id = QStringLiteral("demo");
        m_server.name = tr("Demo sandbox");
        m_server.environment = ServerEnvironment::Development;
    } else {
        m_server = m_servers.serverFor(session.baseUrl, serverId);
    }
    m_window->setServer(m_server);
    m_everSignedIn = true;
    m_sessionEnded = false;
    m_tokenBeingChecked.clear();
    m_discoveredIdentity.reset();
    m_session->begin(session);
    const QString account = m_server.keychainAccount();
    const QString address = ServerList::normalisedUrl(session.baseUrl);
    if (!m_sandbox) {
        QStringList recent = m_settings->value(Settings::Key::RecentBaseUrls).toStringList();
        recent.removeAll(address);
        recent.prepend(address);
        m_settings->setValue(Settings::Key::RecentBaseUrls, recent.mid(0, 10));
        if (!session.clientId.isEmpty())
            m_settings->setValue(Settings::Key::LastClientId, session.clientId);
    }
    m_remembered = remember && !m_options.noRemember;
    if (m_remembered) {
        m_settings->setValue(Settings::Key::RememberedServer, account);
        m_credentials->write(
            account, storedFor(session), this, [this](const CredentialStore::Result &result) {
                if (!result.ok)
                    m_window->setSessionStatus(tr("Not remembered: %1").arg(result.error));
            });
    } else if (!m_options.noRemember && !m_sandbox) {
        // "Remember" was turned off: forget what was kept for this server.
        if (m_settings->value(Settings::Key::RememberedServer).toString() == account)
            m_settings->setValue(Settings::Key::RememberedServer, QString());
        m_credentials->remove(account, this, [](const CredentialStore::Result &) {});
    }
    m_settings->sync();
    m_window->setSessionIdentity(session.identity());
    m_window->setBindingIdentity(session.signer());
    m_window->setSignedIn(true);
    // A paused revocation goes on only at its own server and identity; elsewhere it ends.
    m_window->sessionChanged();
    updateSessionStatus();
    m_statusTimer.start();
    if (resuming)
        m_window->resumeAfterSignIn();
    else
        m_window->start();
    emit signedIn();
}

void ConsoleController::signOut()
{
    // A Switch Server or a remembered sign-in still under way ends here: nothing signs the
    // console in again after Sign Out.
    m_quiet->cancel();
    m_quietServerId.clear();
    m_pendingServerId.clear();
    m_tokenBeingChecked.clear();
    const QString account = m_server.keychainAccount();
    const QString address = ServerList::normalisedUrl(m_session->info().baseUrl);
    m_session->end();
    m_statusTimer.stop();
    m_discoveredIdentity.reset();
    m_window->setSignedIn(false);
    m_window->setSessionStatus(tr("Signed out"));
    const QString remembered = m_settings->value(Settings::Key::RememberedServer).toString();
    if (m_remembered || remembered == account || remembered == address) {
        m_settings->setValue(Settings::Key::RememberedServer, QString());
        m_settings->sync();
    }
    if (!m_sandbox && (!m_options.noRemember || m_remembered)) {
        // The server's entry, and one an earlier version kept under its address.
        m_credentials->remove(account, this, [](const CredentialStore::Result &) {});
        if (address != account && !address.isEmpty())
            m_credentials->remove(address, this, [](const CredentialStore::Result &) {});
    }
    m_remembered = false;
    if (!m_sandbox)
        showSignIn(tr("Signed out."), false);
}

void ConsoleController::updateSessionStatus()
{
    if (!m_session->isActive())
        return;
    if (m_sessionEnded) {
        m_window->setSessionStatus(tr("Session ended: sign in again"));
        return;
    }
    const SessionInfo &info = m_session->info();
    QString who = info.username.isEmpty() ? info.clientId : info.username;
    if (info.username.isEmpty() && m_discoveredIdentity)
        who = tr("%1 (client %2)")
                  .arg(m_discoveredIdentity->username, m_discoveredIdentity->clientId);
    QString text
        = who.isEmpty() ? tr("Signed in with a pasted token") : tr("Signed in as %1").arg(who);
    const qint64 left = m_session->secondsLeft();
    if (left >= 0) {
        if (left < 120)
            text += tr(", token expires in %Ln second(s)", nullptr, int(left));
        else if (left < 2 * 3600)
            text += tr(", token expires in %Ln minute(s)", nullptr, int(left / 60));
        else
            text += tr(", token expires in %Ln hour(s)", nullptr, int(left / 3600));
        if (m_session->canRefresh())
            text += tr(" (renewed automatically)");
    }
    m_window->setSessionStatus(text);
}

void ConsoleController::switchServer(const QString &serverId)
{
    const ServerProfile *found = m_servers.find(serverId);
    if (!found || m_sandbox)
        return;
    const ServerProfile server = *found;
    // The last choice wins: a remembered session still being checked for another is dropped.
    m_quiet->cancel();
    m_quietServerId.clear();
    m_tokenBeingChecked.clear();
    m_pendingServerId = server.id;
    if (!server.caFile.isEmpty()) {
        const QString error = rereadSavedCaFile(server.caFile);
        if (!error.isEmpty())
            m_window->setSessionStatus(error);
    }
    if (m_options.noRemember) {
        showSignIn(tr("Sign in to %1.").arg(server.name), false);
        return;
    }
    // Its remembered session, if the keychain has one; else the sign-in dialog. Until a new
    // session is checked, the one now goes on (a revocation under way included).
    m_window->setSessionStatus(tr("Switching to %1...").arg(server.name));
    m_credentials->read(
        server.keychainAccount(), this, [this, server](const CredentialStore::Result &result) {
            if (m_pendingServerId != server.id)
                return; // another choice since, or Sign Out
            if (result.ok && !result.credentials.isEmpty()
                && !ServerList::belongsTo(result.credentials, server.keychainAccount(), server)) {
                m_credentials->remove(server.keychainAccount(), this,
                                      [](const CredentialStore::Result &) {});
                showSignIn(tr("Sign in to %1.").arg(server.name), false);
                return;
            }
            if (!result.ok || result.credentials.isEmpty()) {
                updateSessionStatus();
                showSignIn(result.ok || result.notFound
                               ? tr("Sign in to %1.").arg(server.name)
                               : tr("The keychain could not be read: %1").arg(result.error),
                           false);
                return;
            }
            m_pendingServerId.clear();
            verifyRemembered(server, result.credentials);
        });
}

void ConsoleController::manageServers()
{
    auto *dialog = new ServersDialog(m_servers.servers(), m_server.id, m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { applyServers(dialog->servers()); });
    dialog->open();
}

void ConsoleController::applyServers(const QList<ServerProfile> &servers)
{
    // A deleted server's remembered session goes with it; so does one of a server whose address
    // changed (its token was issued by the old address and is never sent to the new one). Also
    // the entry an earlier version kept under the old address.
    QHash<QString, QString> addressById; // linear, for lists of thousands
    for (const ServerProfile &server : servers)
        addressById.insert(server.id, ServerList::normalisedUrl(server.baseUrl));
    for (const ServerProfile &old : m_servers.servers()) {
        const auto now = addressById.constFind(old.id);
        if (now != addressById.constEnd() && *now == ServerList::normalisedUrl(old.baseUrl))
            continue;
        const QString legacy = ServerList::normalisedUrl(old.baseUrl);
        const QString remembered = m_settings->value(Settings::Key::RememberedServer).toString();
        if (remembered == old.keychainAccount() || remembered == legacy)
            m_settings->setValue(Settings::Key::RememberedServer, QString());
        m_credentials->remove(old.keychainAccount(), this, [](const CredentialStore::Result &) {});
        m_credentials->remove(legacy, this, [](const CredentialStore::Result &) {});
    }
    m_servers.replace(servers);
    m_servers.save(m_settings);
    applyTrust(); // a CA file added, changed or removed counts from the next request
    m_window->setSavedServers(m_servers.servers());
    if (m_sandbox || m_server.baseUrl.isEmpty())
        return;
    // The session's server as saved now: a changed environment counts at once. Deleted, or
    // moved to another address, the session is with whatever is saved at its address.
    const QUrl address
        = m_session->info().baseUrl.isEmpty() ? m_server.baseUrl : m_session->info().baseUrl;
    const bool wasRemembered = m_remembered;
    const QString oldAccount = m_server.keychainAccount();
    m_server = m_servers.serverFor(address, m_server.id);
    m_window->setServer(m_server);
    if (wasRemembered && oldAccount != m_server.keychainAccount())
        m_remembered = false; // its entry went with the server it was kept for
}
