#pragma once

#include "SignInController.h"
#include "SignInDialog.h"

#include <QNetworkAccessManager>
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
    QNetworkAccessManager *network() { return &m_network; }

signals:
    // No session and the admin closed the sign-in dialog at start-up.
    void gaveUp();
    void signedIn();

private:
    void showSignIn(const QString &message, bool reauthenticating);
    void onSignedIn(const SessionInfo &session, bool remember);
    void signOut();
    void tryRemembered();
    void updateSessionStatus();
    QString accountFor(const QUrl &baseUrl) const;
    bool trustCaFile(const QString &path, QString *error);

    Settings *m_settings;
    CredentialStore *m_credentials;
    Options m_options;
    QNetworkAccessManager m_network;
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
    bool m_everSignedIn = false;
    // The session's token was refused (401): the status bar says so until a new sign-in.
    bool m_sessionEnded = false;
    // A --token-stdin token being checked: kept for the dialog if the check fails.
    QString m_tokenBeingChecked;
    // Who a pasted token belongs to, once a revoke confirmation found its pair.
    std::optional<TokenKey> m_discoveredIdentity;
    QString m_caFile;
    QString m_caSubject;
};
