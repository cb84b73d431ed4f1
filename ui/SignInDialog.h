#pragma once

#include "ServerProfiles.h"
#include "SignInController.h"

#include <QDialog>

#include <memory>

namespace Ui {
class SignInDialog;
}
class TrustingNetwork;
class EnvironmentStrip;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;

// The console's front door: a server, then a pasted access token, client credentials, or a
// username and password. "Sign In" checks the token before accepting it and says exactly what
// is wrong.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr const char *DefaultServer = "https://sandbox.knetikcloud.com";

    SignInDialog(TrustingNetwork *network, QWidget *parent = nullptr);
    ~SignInDialog() override;

    void setRecentServers(const QStringList &servers);
    void setServer(const QString &baseUrl);
    // The saved servers to pick from ("Saved server"), and picking one: its address, how to
    // sign in, its client id and username, and its environment strip.
    void setSavedServers(const QList<ServerProfile> &servers);
    void selectServer(const QString &serverId);
    // The saved server the sign-in is for; empty for a new address.
    QString selectedServerId() const;
    // A new address the admin asked to save ("Save as a server"), as it will be saved.
    std::optional<ServerProfile> serverToSave() const;
    void setClientId(const QString &clientId);
    void setRemember(bool remember, bool allowed = true);
    // Shown above the form, e.g. "Your session expired".
    void setMessage(const QString &message);
    // The same, shown as an error.
    void setError(const QString &message);
    // A token given before (--token-stdin) whose check failed: kept in the form, masked, so
    // that the admin can try again without pasting it.
    void setAccessToken(const QString &token);
    // The address in the form, when it is one (else an empty QUrl).
    QUrl serverUrl() const;
    // Shows which extra CA is trusted for the address in the form (the network's trust for it,
    // or the CA file of the saved server picked); called again when the trust changed.
    void updateTrustLabel();

    SessionInfo session() const { return m_session; }
    bool remember() const;
    QString clientId() const;

signals:
    void signedIn(const SessionInfo &session, bool remember);
    // A sign-in is starting (the admin pressed Sign In).
    void signInStarted();
    // The admin chose a CA file to trust (the controller loads it and remembers the path).
    void caFileChosen(const QString &path);
    // A saved server with a CA file of its own is signed in to: trust it for this run.
    void serverCaFileNeeded(const QUrl &server, const QString &path);

private:
    void updateServerWarning();
    void signIn();
    void setBusy(bool busy);
    void focusFirstEmptyField();
    void onSavedServerPicked(int index);
    void updateSavedServerFromUrl();

    std::unique_ptr<Ui::SignInDialog> m_ui;
    TrustingNetwork *m_network;
    SignInController *m_controller;
    QPushButton *m_signInButton;
    SessionInfo m_session;
    QList<ServerProfile> m_servers;
    QComboBox *m_savedCombo;
    EnvironmentStrip *m_strip;
    QWidget *m_saveRow;
    QCheckBox *m_saveCheck;
    QLineEdit *m_saveNameEdit;
    QComboBox *m_saveEnvironmentCombo;
    bool m_picking = false; // filling the form from a picked server
};
