#pragma once

#include "ApiUrls.h"
#include "BulkRevoker.h"
#include "RevocationRun.h"
#include "ServerProfiles.h"
#include "TokenExporter.h"
#include "TokenTableModel.h"

#include <QMainWindow>
#include <QPointer>

#include <QSet>

#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class MainWindow;
}
class AuditJournal;
class RevocationController;
class SignedOutPage;
class EnvironmentStrip;
class OverviewPage;
class QAction;
class QCheckBox;
class QStackedWidget;
class QMenu;
class QLabel;
class QProgressBar;
class QTimer;
class Settings;
class TokensApi;

// The token browser: filters, the table, the pager, an inline error banner.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(TokensApi *api, Settings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The server signed in to (saved, or by address only): the title ("EU Prod (Production) -
    // Knetik Token Console"), the coloured strip above the table, and what the revoke windows
    // carry (a Production server's name must be typed to confirm). Never a token.
    void setServer(const ServerProfile &server);
    // The server signed in to as the window knows it (what setServer() said when it is at the
    // API's address; else that address, not saved).
    ServerProfile server() const;
    // The saved servers File > Switch Server offers (Ctrl+1 ... Ctrl+9 for the first nine).
    void setSavedServers(const QList<ServerProfile> &servers);
    TokenTableModel *model() const { return m_model; }
    // Fetches the first page (after sign-in).
    void start();
    QList<TokenKey> selectedKeys() const;

    // Who is signed in (the pair of the console's own token, when known): for the audit
    // journal and the "this signs you out" warning.
    void setSessionIdentity(const std::optional<TokenKey> &identity);
    // Who is signed in, as far as known ("user@client", "@client"; empty for a pasted token):
    // what a revocation is bound to and what the journal records.
    void setBindingIdentity(const QString &who);
    // Where revocations are recorded; without one, revoking is refused.
    void setAuditJournal(AuditJournal *journal);
    // Sends the DELETEs after confirmation (also the entry point of the benchmark), bound to
    // the server and identity signed in now.
    void startRevocation(const QList<DeleteTarget> &targets);
    // The server and identity signed in now (invalid when signed out).
    RevokeBinding currentBinding() const;
    BulkRevoker *revoker() const;
    RevocationController *revocations() const { return m_revocations; }
    bool isSignedIn() const { return m_signedIn; }
    // "username contains “ada” and client ID contains “web”" for the filters applied now.
    QString filterDescription() const;
    // Exports every token matching the filters, in the table's sort, to path (the entry point
    // of Tokens > Export Matching Tokens after its file dialog, and of the tests). False when
    // the file cannot be opened (the window says why).
    bool exportMatchingTo(const QString &path, TokenExporter::Format format);
    TokenExporter *exporter() const { return m_exporter; }
    // View > Overview (Alt+2) and View > Token Table (Alt+1).
    OverviewPage *overview() const { return m_overview; }
    void showOverview(bool overview);
    bool isOverviewShown() const;
    // Filters the table to exactly this user or client (the overview's way into the data),
    // keeping the other filter, and shows the table.
    void filterExactly(TokenField field, const QString &name);

    // The session ended (401): pause, keep everything, and let the admin sign in again.
    // After a new sign-in, resumeAfterSignIn() repeats the failed request and goes on with a
    // paused revoke.
    void resumeAfterSignIn();
    // After every sign-in (once identity and signed-in state are set): a paused revocation goes
    // on only at its own server and identity and ends elsewhere; a confirmation opened for
    // another session closes without sending; Retry Failed is offered only where it belongs.
    void sessionChanged();
    // The sign-in dialog closed without signing in: a later 401 may ask again.
    void signInDialogClosed();
    // "Signed in to X as Y, expires in 12 min" in the status bar.
    void setSessionStatus(const QString &text);
    // A note in the status bar for a while (e.g. what the first start of a version changed).
    void showTransientStatus(const QString &text);
    void setSignedIn(bool signedIn);

signals:
    void signOutRequested();
    void signInRequested();
    // File > Switch Server > a saved server; File > Servers...
    void switchServerRequested(const QString &serverId);
    void manageServersRequested();
    void reauthenticationRequired();
    // A revoke confirmation found which (username, client id) the console's own token is,
    // which the console did not know (a pasted token).
    void ownTokenIdentified(const TokenKey &key);
    // The first page after start() has been shown (for the startup timing).
    void firstPageShown();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void onPageLoaded(const PageState &state);
    void onError(const ApiError &error);
    void onLoadingChanged(bool loading);
    void updateEmptyState();
    // What the actions may do, given the selection and the session (updateActions()).
    struct ActionContext
    {
        QList<TokenKey> keys;
        QSet<QString> users;
        QSet<QString> clients;
        bool busy = false; // a revocation is running
        bool reachable = true;
        QString unreachable; // why what needs the server cannot be done now, or empty
    };
    using ActionRule = std::function<void(QAction *, const ActionContext &)>;
    // How action follows the selection and the session: written beside its connect.
    void addActionRule(QAction *action, ActionRule rule);
    void updateActions();
    QString elidedName(const QString &name) const;
    void viewDetails();
    void refresh();
    void signOut();
    void saveState();
    void filterBy(TokenField field);
    // The filter fields and their Exact boxes, to the model (and the overview).
    void applyFilters();
    // The overview asks to revoke every token of a user or client.
    void revokeAllOf(TokenField field, const QString &name);
    void onTargetGone(const DeleteTarget &target);
    void onRevocationFinished();
    // The session ended or was refused during a run: ask for a sign-in, once.
    void askToSignIn();
    void showHistory();
    void exportMatching();

    bool serverUnreachable() const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    EnvironmentStrip *m_strip = nullptr;
    ServerProfile m_server;
    QList<ServerProfile> m_savedServers;
    QMenu *m_switchMenu = nullptr;
    QAction *m_serversAction = nullptr;
    TokensApi *m_api;
    Settings *m_settings;
    TokenTableModel *m_model;
    QProgressBar *m_busy;
    QLabel *m_statusText;
    QLabel *m_sessionText;
    QLabel *m_selectionText;
    SignedOutPage *m_signedOutPage = nullptr;
    QStackedWidget *m_pages = nullptr; // the table (and pager), or the overview
    OverviewPage *m_overview = nullptr;
    QAction *m_tableAction = nullptr;
    QAction *m_overviewAction = nullptr;
    QCheckBox *m_usernameExact = nullptr;
    QCheckBox *m_clientIdExact = nullptr;
    // After a run that revoked every match (RevocationRun::Kind::AllMatching), the reload says
    // how many matches appeared meanwhile.
    bool m_checkNewMatches = false;
    int m_allMatchingLeft = 0;
    ListQuery m_allMatchingQuery; // the filters whose matches it revoked
    bool m_waitingForSignIn = false;
    bool m_signedIn = false;
    QList<TokenKey> m_selectionToRestore;
    std::optional<TokenKey> m_identity;
    AuditJournal *m_journal = nullptr;
    TokenExporter *m_exporter = nullptr;
    QString m_bindingIdentity;
    // Revoked rows leave the table in batches of at most one per RemovalBatchMs: a repaint
    // per row would keep the GUI thread busy painting during a large revoke.
    static constexpr int RemovalBatchMs = 30;
    QList<TokenKey> m_pendingRemovals;
    QTimer *m_removalTimer;
    void flushRemovals();
    bool m_firstPageShown = false;
    QList<std::pair<QAction *, ActionRule>> m_actionRules;
    // Confirmations and runs: every revocation goes through it.
    RevocationController *m_revocations;
};
