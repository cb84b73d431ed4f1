#pragma once

#include "ApiUrls.h"
#include "ServerProfiles.h"
#include "TokenTypes.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class RevokeConfirmDialog;
}
class EnvironmentStrip;
class QLabel;
class QLineEdit;
class OwnTokenFinder;
class TokenExporter;
class QPushButton;
class TokenMatchCounter;
class TokensApi;

// Shows the blast radius before anything is sent: how many tokens, users and clients, and
// the pairs. A user- or client-wide revoke first counts the exact matches on the server, and
// it, like a selection of more than TypeToConfirmAbove tokens, must be confirmed by typing.
class RevokeConfirmDialog : public QDialog
{
    Q_OBJECT

public:
    // AllMatching: every token the list's filters match (each revoked by its own exact DELETE).
    // FromList: the tokens found for the lines of a list to revoke from (name: the list's file
    // name, empty when pasted);
    // always confirmed by typing the count.
    enum class Mode { Selection, AllOfUser, AllOfClient, AllMatching, FromList };
    // Above this many pairs the own-token check by details is not done (it would take a GET
    // per pair); the confirmation says the pairs were not checked.
    static constexpr int OwnTokenCheckUpTo = 1000;
    static constexpr int TypeToConfirmAbove = 25;

    // selection: the rows (Selection mode); name: the username or client id (the wide modes).
    // ownSession: the (username, client id) of the token this console uses, when known.
    // matching: the filters and sort of the list (AllMatching).
    RevokeConfirmDialog(TokensApi *api, Mode mode, const QList<TokenKey> &selection,
                        const QString &name, const std::optional<TokenKey> &ownSession,
                        QWidget *parent = nullptr, const ListQuery &matching = {});
    ~RevokeConfirmDialog() override;

    Mode mode() const { return m_mode; }
    QList<DeleteTarget> targets() const;
    // Tokens the revoke will remove (known once counting ended, in the wide modes).
    int expectedCount() const { return int(m_keys.size()); }
    bool includesOwnSession() const { return m_includesOwn; }
    // The console's own pair, found by reading the details of the pairs to revoke when the
    // console did not know who it is signed in as (a pasted token, client credentials).
    const std::optional<TokenKey> &foundOwnToken() const { return m_foundOwn; }
    // Still reading the pairs' details to find the console's own token (Revoke waits).
    bool isCheckingOwnToken() const { return m_checkingOwn; }
    // Selected rows left out because they cannot be sent (an empty or blank name).
    int unrevocableCount() const { return m_unrevocable; }
    // Names that differ from the target only in case (the wide modes).
    const QList<TokenKey> &caseOnlyMatches() const { return m_caseOnly; }
    QString requiredConfirmation() const { return m_required; }
    // The server it revokes on: its strip at the top, and on a Production server the guard:
    // its name typed before anything is sent (and, for the wide forms, the count instead of the
    // user's or client's name).
    void setServer(const ServerProfile &server);
    // The cap of the pages read at once while counting or reading the matches (Tokens >
    // Requests at Once).
    void setRequestsAtOnce(int cap);
    QString requiredServerName() const { return m_serverRequired; }

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void done(int result) override;

private:
    void showKeys();
    void updateRevokeButton();
    void updateNotice();
    // The wide modes count again right before sending: a changed number asks again.
    void recountThenAccept();
    void checkForOwnToken();
    void explainWhyNotYet();
    void useKeys(const QList<TokenKey> &keys);
    void requireCount();

    std::unique_ptr<Ui::RevokeConfirmDialog> m_ui;
    Mode m_mode;
    int m_requestsAtOnce = 64; // Tokens > Requests at Once
    QString m_name;
    QList<TokenKey> m_keys;
    std::optional<TokenKey> m_ownSession;
    TokensApi *m_api;
    TokenMatchCounter *m_counter = nullptr;
    TokenExporter *m_lister = nullptr; // AllMatching: reads every matching pair
    OwnTokenFinder *m_ownFinder = nullptr;
    bool m_checkingOwn = false;
    std::optional<TokenKey> m_foundOwn;
    int m_ownUnchecked = 0;
    QString m_ownCheckError;
    QPushButton *m_revokeButton;
    QString m_required;
    QString m_serverRequired; // a Production server's name, to be typed
    bool m_countRequired = false; // a wide revoke on Production: the count, not the name
    EnvironmentStrip *m_strip;
    QLabel *m_serverConfirmLabel;
    QLineEdit *m_serverConfirmEdit;
    bool m_ready = false;
    bool m_includesOwn = false;
    bool m_recounting = false;
    int m_unrevocable = 0;
    QString m_unrevocableWhy;
    QString m_changedNotice;
    QList<TokenKey> m_caseOnly;
};
