#pragma once

#include "BulkRevoker.h"
#include "ServerProfiles.h"
#include "TokenTypes.h"

#include <QObject>

#include <optional>

class AuditJournal;
class TokensApi;

// One confirmed revocation, from its confirmation to its last outcome: the targets in the order
// they are sent (what covers the signed-in session's own token last, and alone), the server and
// identity it was confirmed for, its kind and the journal's source for it, the BulkRevoker that
// sends it, and what may follow it (Retry Failed / Send the Rest, or why not). The console's
// window, its progress and list dialogs, and knetik-tokens drive and show a run through this.
class RevocationRun : public QObject
{
    Q_OBJECT

public:
    enum class Kind {
        Selection, // pairs picked in the table
        Wide, // every token of one user or one client (one DELETE)
        AllMatching, // every token matching the filters (ListQuery)
        List, // the tokens a list named (Revoke From List, knetik-tokens --from-file)
    };

    // What was confirmed.
    struct Plan
    {
        QList<DeleteTarget> targets;
        // Per target: a try of an earlier run may have arrived (Retry Failed); empty: none.
        QList<bool> mayHaveArrived;
        RevokeBinding binding; // where it was confirmed
        Kind kind = Kind::Selection;
        QString journalSource; // written with each journal line ("list: incident.txt"), or empty
        qint64 confirmedCount = -1; // a wide revoke: the count confirmed (the server's total
                                    // is compared with it afterwards)
        ListQuery query; // AllMatching: the filters whose matches it revokes
    };

    // What the console is signed in to now, for the checks before anything is sent.
    struct Now
    {
        RevokeBinding binding; // invalid when signed out
        bool nameNeeded = false; // the server is one whose name must be typed (Production)
        bool hasJournal = true;
    };

    // Why a plan is not sent now; None when it may be.
    enum class Refusal {
        None,
        Running, // another run is still sending
        Elsewhere, // confirmed for another server or identity, or now signed out
        NameNotConfirmed, // the server needs its name typed and the plan was confirmed without
        NoJournal, // nothing can record it
        Empty,
    };

    // The targets in the order a run sends them: those that cover own (the session's own
    // token) last. *ownCount: how many of them; *mayHaveArrived is reordered with them.
    static QList<DeleteTarget> ownLast(const QList<DeleteTarget> &targets,
                                       const std::optional<TokenKey> &own,
                                       QList<bool> *mayHaveArrived, int *ownCount);
    static Refusal refusal(const RevokeBinding &confirmed, const Now &now);
    // What a run confirmed now is bound to: the address and identity signed in, the session,
    // and for the journal the saved server's name and its environment.
    static RevokeBinding bindingFor(const QUrl &baseUrl, const QString &identity, quint64 session,
                                    const ServerProfile &server);

    RevocationRun(TokensApi *api, AuditJournal *journal, QObject *parent = nullptr);

    // Sends plan (refusal() must be None): the own token last, requestsAtOnce at most on the
    // wire, verified or not. continuesRun: it is this run's Retry Failed / Send the Rest, and
    // the counts go on covering the whole run.
    void start(const Plan &plan, const std::optional<TokenKey> &own, int requestsAtOnce,
               bool verify, bool continuesRun = false);
    const Plan &plan() const { return m_plan; }
    BulkRevoker *revoker() const { return m_revoker; }
    bool isRunning() const { return m_revoker && m_revoker->isRunning(); }

    // What Retry Failed / Send the Rest sends: the targets not revoked, with what is known of
    // each, as the same kind, source and binding.
    Plan retryPlan() const;
    // Why a retry of this run cannot be sent now: Elsewhere, NameNotConfirmed, or None.
    Refusal retryRefusal(const Now &now) const;

    // Whether this run revoked the token of the session it was sent in (then that session
    // can read nothing more), and which session that was.
    bool revokedOwnToken() const { return m_ownTokenRevoked; }
    quint64 ownTokenSession() const { return m_ownTokenSession; }
    // An all-matching run: how many of its matches it left on the server (failed, unknown, not
    // sent); anything beyond that in a reloaded total appeared while it ran.
    int leftOnServer() const;
    // Outcomes of the whole run: this batch and, for a run continued by Retry Failed, the
    // tokens earlier batches revoked or found gone; total(): every target of the whole run.
    int count(RevokeOutcome::Kind kind) const;
    int total() const;

    // The pair of the session's own token as known now (a confirmation may find it, a new
    // sign-in may forget it): what a revoked own token is judged by.
    void setOwnIdentity(const std::optional<TokenKey> &own) { m_own = own; }
    // Where the next start() journals (the journal the console was given last).
    void setJournal(AuditJournal *journal) { m_journal = journal; }

signals:
    void progressChanged(int done, int total);
    void itemFinished(int index);
    void finished();
    void authorizationRequired();

private:
    void onItemFinished(int index);

    TokensApi *m_api;
    AuditJournal *m_journal;
    Plan m_plan;
    std::optional<TokenKey> m_own;
    BulkRevoker *m_revoker = nullptr;
    bool m_ownTokenRevoked = false;
    quint64 m_ownTokenSession = 0;
    int m_carriedRevoked = 0; // by earlier batches of the same run
    int m_carriedGone = 0;
};
