#include "ConsoleController.h"

#include "AuditJournal.h"
#include "CredentialStore.h"
#include "MainWindow.h"
#include "OAuthClient.h"
#include "Sandbox.h"
#include "Session.h"
#include "Settings.h"
#include "SignInDialog.h"
#include "Tls.h"
#include "TokensApi.h"

#include <QApplication>
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
        if (m_remembered) {
            StoredCredentials stored {m_session->info().accessToken, m_session->info().refreshToken,
                                      m_session->info().clientId, m_session->info().username,
                                      m_session->info().expiresAtMs};
            m_credentials->write(accountFor(m_session->info().baseUrl), stored, this,
                                 [](const CredentialStore::Result &) {});
        }
        m_sessionEnded = false; // renewed: the session works again
        updateSessionStatus();
    });
    m_statusTimer.setInterval(15000);
    connect(&m_statusTimer, &QTimer::timeout, this, &ConsoleController::updateSessionStatus);

    connect(m_quiet, &SignInController::succeeded, this,
            [this](const SessionInfo &session) { onSignedIn(session, m_remembered); });
    connect(m_window.get(), &MainWindow::ownTokenIdentified, this, [this](const TokenKey &key) {
        m_discoveredIdentity = key;
        updateSessionStatus();
    });
    connect(m_quiet, &SignInController::stepChanged, this,
            [this](const QString &step) { m_window->setSessionStatus(step); });
    connect(m_quiet, &SignInController::failed, this, [this](const QString &message) {
        const QString token = std::exchange(m_tokenBeingChecked, {});
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

QString ConsoleController::accountFor(const QUrl &baseUrl) const
{
    return baseUrl.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveUserInfo).toString();
}

bool ConsoleController::trustCaFile(const QString &path, QString *error)
{
    QString subject;
    if (!Tls::trustCaFile(path, error, &subject))
        return false;
    m_network.clearConnectionCache(); // connections made before keep their old trust
    m_caFile = path;
    m_caSubject = subject;
    return true;
}

void ConsoleController::start()
{
    m_window->show();
    // A CA to trust: --ca-file, else the one chosen in the sign-in dialog before.
    const QString caFile = !m_options.caFile.isEmpty()
        ? m_options.caFile
        : m_settings->value(Settings::Key::TrustedCaFile).toString();
    if (!caFile.isEmpty()) {
        QString error;
        if (!trustCaFile(caFile, &error))
            m_window->setSessionStatus(error);
    }
    if (m_options.demo) {
        Sandbox::Options options;
        options.tokens = m_options.demoTokens;
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
        onSignedIn(session, false);
        m_window->setServerLabel(tr("demo sandbox (%1)").arg(m_sandbox->url().authority()));
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
        m_remembered = false;
        m_quiet->verify(session);
        return;
    }
    const QString remembered = m_settings->value(Settings::Key::RememberedServer).toString();
    if (!m_options.noRemember && !remembered.isEmpty()
        && (m_options.baseUrl.isEmpty() || accountFor(m_options.baseUrl) == remembered)) {
        tryRemembered();
        return;
    }
    showSignIn({}, false);
}

void ConsoleController::tryRemembered()
{
    const QString account = m_settings->value(Settings::Key::RememberedServer).toString();
    m_window->setSessionStatus(tr("Signing in to %1...").arg(QUrl(account).host()));
    m_credentials->read(account, this, [this, account](const CredentialStore::Result &result) {
        if (!result.ok || result.credentials.isEmpty()) {
            showSignIn(result.notFound ? QString()
                                       : tr("The keychain could not be read: %1").arg(result.error),
                       false);
            return;
        }
        SessionInfo session;
        session.baseUrl = QUrl(account);
        session.accessToken = result.credentials.accessToken;
        session.refreshToken = result.credentials.refreshToken;
        session.clientId = result.credentials.clientId;
        session.username = result.credentials.username;
        session.expiresAtMs = result.credentials.expiresAtMs;
        m_remembered = true;
        m_quiet->verify(session);
    });
}

void ConsoleController::showSignIn(const QString &message, bool reauthenticating)
{
    if (m_dialog) {
        m_dialog->raise();
        return;
    }
    auto *dialog = new SignInDialog(&m_network, m_window.get());
    m_dialog = dialog;
    dialog->setObjectName(QStringLiteral("signInDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setRecentServers(m_settings->value(Settings::Key::RecentBaseUrls).toStringList());
    const QUrl server = reauthenticating || !m_session->info().baseUrl.isEmpty()
        ? m_session->info().baseUrl
        : m_options.baseUrl;
    if (!server.isEmpty())
        dialog->setServer(server.toString());
    dialog->setClientId(m_settings->value(Settings::Key::LastClientId).toString());
    dialog->setRemember(m_remembered, !m_options.noRemember);
    if (!message.isEmpty())
        dialog->setMessage(message);
    dialog->setTrustedCaFile(m_caFile, m_caSubject);
    connect(dialog, &SignInDialog::caFileChosen, this, [this, dialog](const QString &path) {
        QString error;
        if (!trustCaFile(path, &error)) {
            dialog->setMessage(error);
            return;
        }
        m_settings->setValue(Settings::Key::TrustedCaFile, path);
        dialog->setTrustedCaFile(m_caFile, m_caSubject);
    });
    connect(dialog, &SignInDialog::signedIn, this, &ConsoleController::onSignedIn);
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

void ConsoleController::onSignedIn(const SessionInfo &session, bool remember)
{
    const bool resuming = m_everSignedIn && m_session->info().baseUrl == session.baseUrl;
    m_everSignedIn = true;
    m_sessionEnded = false;
    m_tokenBeingChecked.clear();
    m_discoveredIdentity.reset();
    m_session->begin(session);
    const QString account = accountFor(session.baseUrl);
    if (!m_sandbox) {
        QStringList recent = m_settings->value(Settings::Key::RecentBaseUrls).toStringList();
        recent.removeAll(account);
        recent.prepend(account);
        m_settings->setValue(Settings::Key::RecentBaseUrls, recent.mid(0, 10));
        if (!session.clientId.isEmpty())
            m_settings->setValue(Settings::Key::LastClientId, session.clientId);
        m_window->setServerLabel(session.baseUrl.host());
    }
    m_remembered = remember && !m_options.noRemember;
    if (m_remembered) {
        m_settings->setValue(Settings::Key::RememberedServer, account);
        m_credentials->write(
            account,
            StoredCredentials {session.accessToken, session.refreshToken, session.clientId,
                               session.username, session.expiresAtMs},
            this, [this](const CredentialStore::Result &result) {
                if (!result.ok)
                    m_window->setSessionStatus(tr("Not remembered: %1").arg(result.error));
            });
    } else if (!m_options.noRemember && !m_sandbox
               && m_settings->value(Settings::Key::RememberedServer).toString() == account) {
        // "Remember" was turned off: forget what was kept.
        m_settings->setValue(Settings::Key::RememberedServer, QString());
        m_credentials->remove(account, this, [](const CredentialStore::Result &) {});
    }
    m_settings->sync();
    m_window->setSessionIdentity(session.identity());
    m_window->setBindingIdentity(session.username.isEmpty() && session.clientId.isEmpty()
                                     ? QString()
                                     : session.username + QLatin1Char('@') + session.clientId);
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
    const QString account = accountFor(m_session->info().baseUrl);
    m_session->end();
    m_statusTimer.stop();
    m_discoveredIdentity.reset();
    m_window->setSignedIn(false);
    m_window->setSessionStatus(tr("Signed out"));
    if (m_remembered || m_settings->value(Settings::Key::RememberedServer).toString() == account) {
        m_settings->setValue(Settings::Key::RememberedServer, QString());
        m_settings->sync();
        m_credentials->remove(account, this, [](const CredentialStore::Result &) {});
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
