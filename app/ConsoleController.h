#pragma once

#include "CredentialStore.h"
#include "ServerProfiles.h"
#include "SignInController.h"
#include "SignInDialog.h"
#include "Tls.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <optional>

class AuditJournal;
class CredentialStore;
class MainWindow;
class OAuthClient;
class Sandbox;
class Session;
class Settings;
class TokensApi;

// Puts the console together and runs its sessions: start-up (demo, a token from standard
// input, a remembered session, or the sign-in dialog), remembering in the keychain, token
// refresh, sign-in again after a 401 without losing the admin's place, and sign-out.
class ConsoleController : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        bool demo = false;
        QUrl baseUrl; // --base-url
        QString token; // read from standard input (--token-stdin)
        bool noRemember = false;
        QString journalPath; // empty: the default place
        int demoTokens = 5000;
        QString caFile; // --ca-file
    };

    ConsoleController(Settings *settings, CredentialStore *credentials, const Options &options,
                      QObject *parent = nullptr);
    ~ConsoleController() override;

    // Shows the window and signs in the way the options say.
    void start();

    MainWindow *window() const { return m_window.get(); }
    Session *session() const { return m_session; }
    TokensApi *api() const { return m_api; }
    SignInDialog *signInDialog() const { return m_dialog; }
    Sandbox *sandbox() const { return m_sandbox.get(); }
    TrustingNetwork *network() { return &m_network; }
    const ServerList &servers() const { return m_servers; }
    const ServerProfile &server() const { return m_server; }
    // File > Switch Server: signs in to a saved server (with its remembered session when the
    // keychain has one, else through the sign-in dialog). The session now stays until then.
    void switchServer(const QString &serverId);
    // File > Servers...: the servers dialog; its changes are saved when it closes with OK.
    void manageServers();
    // The saved servers changed (the servers dialog, an import): saved, and shown everywhere;
    // the keychain entries of deleted servers are removed.
    void applyServers(const QList<ServerProfile> &servers);

signals:
    // No session and the admin closed the sign-in dialog at start-up.
    void gaveUp();
    void signedIn();

private:
    void showSignIn(const QString &message, bool reauthenticating);
    // serverId: the saved server the sign-in was for (empty: whatever is saved at its address).
    void onSignedIn(const SessionInfo &session, bool remember, const QString &serverId);
    // Checks a remembered session of server quietly (a start, Switch Server); it is kept in
    // the keychain again once it works.
    void verifyRemembered(const ServerProfile &server, const StoredCredentials &credentials);
    // What the keychain keeps for this session (the address it belongs to included).
    static StoredCredentials storedFor(const SessionInfo &session);
    void signOut();
    void tryRemembered();
    void updateSessionStatus();
    // The CAs trusted, each for its own server: every saved server's CA file, the ones chosen
    // in the sign-in dialog, and --ca-file for --base-url. Files that cannot be read are named
    // in *problems.
    void applyTrust(QStringList *problems = nullptr);
    // A CA file chosen in the sign-in dialog for server: trusted for it, and remembered.
    bool trustChosenCaFile(const QUrl &server, const QString &path, QString *error);
    // A saved server's CA file, read again and trusted as it is now; why not, or empty.
    QString rereadSavedCaFile(const QString &path);

    Settings *m_settings;
    CredentialStore *m_credentials;
    Options m_options;
    TrustingNetwork m_network;
    TokensApi *m_api;
    OAuthClient *m_oauth;
    Session *m_session;
    SignInController *m_quiet;
    std::unique_ptr<AuditJournal> m_journal;
    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<MainWindow> m_window;
    QPointer<SignInDialog> m_dialog;
    QTimer m_statusTimer;
    bool m_remembered = false;
    // Whether the session m_quiet is checking is to be remembered (it came from the keychain).
    bool m_quietRemembers = false;
    ServerList m_servers;
    ServerProfile m_server; // the server of the current session
    QString m_pendingServerId; // the saved server the sign-in dialog is to show (Switch Server)
    QString m_quietServerId; // the saved server whose remembered session m_quiet is checking
    bool m_everSignedIn = false;
    // The session's token was refused (401): the status bar says so until a new sign-in.
    bool m_sessionEnded = false;
    // A --token-stdin token being checked: kept for the dialog if the check fails.
    QString m_tokenBeingChecked;
    // Who a pasted token belongs to, once a revoke confirmation found its pair.
    std::optional<TokenKey> m_discoveredIdentity;
};
