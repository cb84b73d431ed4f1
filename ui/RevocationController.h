#pragma once

#include "RevocationRun.h"
#include "RevokeConfirmDialog.h"
#include "TokenTypes.h"

#include <QObject>
#include <QPointer>

#include <optional>

class AuditJournal;
class MainWindow;
class QAction;
class QMenu;
class RevokeListDialog;
class RevokeProgressDialog;
class Settings;
class TokensApi;

// The console's revocations, from a menu action to the last outcome: it opens the confirmation
// (RevokeConfirmDialog; Revoke From List's), hands what was confirmed to a RevocationRun (which
// holds the run), shows the run in the progress window with Retry Failed / Send the Rest where
// it belongs, and tells the window what left the server and when the run ended. The window
// routes its actions here and keeps no revocation state.
class RevocationController : public QObject
{
    Q_OBJECT

public:
    RevocationController(TokensApi *api, Settings *settings, MainWindow *window);

    void setAuditJournal(AuditJournal *journal);
    // Tokens > Requests at Once and Verify Revocations (how every later run sends), inserted
    // into menu before before.
    void addSettingsTo(QMenu *menu, QAction *before);
    AuditJournal *auditJournal() const { return m_journal; }

    // Asks to revoke the window's selection (or every match of its filters), for the session
    // signed in now.
    void confirm(RevokeConfirmDialog::Mode mode);
    // Asks to revoke every token of this user (or client), named by the overview rather than
    // by a selected row: the same confirmation as Revoke All Tokens of User.
    void confirmAllOf(TokenField field, const QString &name);
    // File > Revoke From List: one window for the console's life (it keeps the list).
    void openRevokeFromList();
    // Sends targets at once, bound to the session now (the benchmark's and tests' entry point).
    void startRevocation(const QList<DeleteTarget> &targets);

    RevocationRun *run() const { return m_run; }
    BulkRevoker *revoker() const { return m_run ? m_run->revoker() : nullptr; }
    bool isRunning() const { return m_run && m_run->isRunning(); }
    // The pair of the console's own token: the one set, else one a confirmation found in this
    // session.
    void setSessionIdentity(const std::optional<TokenKey> &identity) { m_identity = identity; }
    std::optional<TokenKey> ownIdentity() const;

    // After every sign-in: a confirmation opened for another session closes without sending, a
    // paused run goes on only where it was confirmed, Retry is offered only where it belongs.
    void sessionChanged(const RevokeBinding &current);
    // The server signed in to changed as saved (its environment, say): the dialogs follow it.
    void setServer(const ServerProfile &server);
    // Sign Out: nothing more leaves with the session's token.
    void signOut();
    // Whether Revoke From List may revoke now, and why not.
    void setRevokeAllowed(bool allowed, const QString &why);
    // The window is asked to close: true when nothing is being confirmed or sent. Otherwise
    // asks whether to wait or stop and quit (then closeRequested() once the run has ended).
    bool mayClose();
    // The last run's summary for the status bar, and (over Retry Failed too) how many of its
    // targets it left on the server: failed, unknown or not sent.
    QString statusText() const;
    int leftOnServer() const;

signals:
    // A confirmed revocation was not sent; why, for the window's banner.
    void refused(const QString &message);
    // Something of a run changed what the window's actions may do.
    void stateChanged();
    // This target's tokens left the server (revoked, or already gone).
    void targetGone(const DeleteTarget &target);
    void runEnded();
    void signInNeeded();
    void paused();
    void ownTokenIdentified(const TokenKey &key);
    void closeRequested();

private:
    void openConfirmation(RevokeConfirmDialog::Mode mode, const QList<TokenKey> &keys,
                          const QString &name);
    void confirmList(const QList<TokenKey> &keys, const QString &listName, quint64 session);
    // False when nothing was started (the banner says why).
    bool startRun(const RevocationRun::Plan &plan, bool continuesRun = false);
    RevocationRun::Now now() const;
    void accepted(RevokeConfirmDialog *dialog);
    void onItemFinished(int index);
    void onRunFinished();
    void updateRetryAvailability();

    TokensApi *m_api;
    Settings *m_settings;
    MainWindow *m_window;
    AuditJournal *m_journal = nullptr;
    RevocationRun *m_run = nullptr; // the last confirmed revocation, created with the first
    RevokeProgressDialog *m_progress = nullptr;
    QPointer<RevokeListDialog> m_listDialog;
    QPointer<RevokeConfirmDialog> m_confirmDialog;
    RevokeBinding m_confirmBinding;
    std::optional<TokenKey> m_identity;
    std::optional<TokenKey> m_discoveredIdentity;
    quint64 m_discoveredSession = 0;
    bool m_startPending = false; // confirmed; the run starts from the event loop
    bool m_closeWhenRunEnds = false;
    // The last run (and its Retry Failed) is the list dialog's current pass: its lines get the
    // outcomes. Not after a list run that did not start.
    bool m_runIsListPass = false;
};
