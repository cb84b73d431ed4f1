#pragma once

#include "ApiCall.h"
#include "ApiUrls.h"
#include "ConcurrencyControl.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

#include <vector>

class AuditJournal;
class TokensApi;

struct RevokeOutcome
{
    enum class Kind {
        Pending, // not decided yet
        Revoked, // 2xx; or gone when retried or checked after a try that may have arrived
        AlreadyGone, // the API's own 404 to the first try: nothing matched; not a failure
        Failed, // any other answer, or refused before sending; the token is still there
        Unknown, // a try may have arrived and no check could tell
        NotSent, // never sent (cancelled, signed out, signed in elsewhere)
    };
    Kind kind = Kind::Pending;
    ApiError error; // for Failed and Unknown
    int httpStatus = 0;
    QString detail; // how it was decided, when that is not plain ("gone when retried")

    bool isDone() const { return kind != Kind::Pending; }
    static QString name(Kind kind);
    // The error and the detail in one text, for the progress window and the journal.
    QString reason() const;
};

// Where a run was confirmed: the server and who was signed in there. A run sends only while
// the console is signed in to the same server as the same identity.
struct RevokeBinding
{
    QString server; // the base URL, normalised
    QString identity; // "username@client" ("@client" for a client's own token); empty: unknown
    quint64 session = 0; // the session (TokensApi::sessionGeneration()) it was confirmed in
    // The saved server's name and environment ("production"), for the journal; not compared.
    QString serverName;
    QString environment;
    // Confirmed with the server's name typed (the production guard); a server that needs it
    // sends nothing of a run confirmed without it (Retry Failed, a run paused before).
    bool nameConfirmed = false;

    static RevokeBinding of(const QUrl &baseUrl, const QString &identity, quint64 session = 0);
    bool isValid() const { return !server.isEmpty(); }
    // Same server and the same identity. An unknown identity (a pasted token does not say
    // whose it is) is the same only within the same session: after any new sign-in it cannot be
    // told from someone else.
    bool sameAs(const RevokeBinding &other) const
    {
        return isValid() && server == other.server && identity == other.identity
            && (!identity.isEmpty() || session == other.session);
    }
};

// Revokes a list of targets: one DELETE each, as many at a time as its ConcurrencyControl
// allows (six over HTTP/1.1, Qt's connections per host; over HTTP/2 from six up to the cap,
// halved when the server pushes back). Every intent is journalled before its request is sent,
// and every request sent gets an outcome line.
//
// Verified (setVerify(), on by default): a target the server answered as revoked is checked
// before its outcome is settled: a pair with a GET (the API's own 404: "verified gone"; the pair
// still there: failed, "still there after the server said revoked", offered to Retry Failed), a
// user- or client-wide DELETE by reading that user's or client's tokens again (none left:
// verified; any left: failed, naming how many). A check that cannot tell (an error, a stop, the
// session's own token that ended the session) leaves it "revoked" with "not verified: why".
//
// Stopping (cancel(), stopForSignOut(), a session elsewhere) sends no DELETE more: calls waiting
// to try again are finished, requests on the wire are recorded as they end. A pair whose try may
// have reached the server is checked once with a GET (not after sign-out or elsewhere: then no
// request of any kind leaves, and it is "unknown").
class BulkRevoker : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxInFlight = ConcurrencyControl::Http1Limit; // over HTTP/1.1

    // SessionRefused: the server refused the run's token (401) and no new sign-in will come
    // (knetik-tokens): like SignedOut, nothing more leaves with it.
    enum class Stop { None, Cancelled, SignedOut, SignedInElsewhere, SessionRefused };

    struct Item
    {
        DeleteTarget target;
        RevokeOutcome outcome;
    };

    BulkRevoker(TokensApi *api, AuditJournal *journal, QObject *parent = nullptr);
    ~BulkRevoker() override;

    // binding: where the admin confirmed it; the api must be signed in there now.
    // mayHaveArrived (optional, one per target): a try of an earlier run may have been carried
    // out (Retry Failed of an "unknown" pair): then a 404 means revoked, a failure is checked.
    // sendLastAlone: the last so many targets (the console's own token: revoking it ends the
    // session) are sent one at a time, only when nothing else is in flight or waiting, so that
    // no other request meets the ended session.
    void start(const QList<DeleteTarget> &targets, const RevokeBinding &binding,
               const QList<bool> &mayHaveArrived = {}, int sendLastAlone = 0);
    // What Retry Failed / Send the Rest sends again: the failed, unknown and unsent targets, in
    // order, and for each whether a try of this run may have been carried out.
    QList<DeleteTarget> targetsToRetry(QList<bool> *mayHaveArrived = nullptr) const;
    void cancel();
    // Sign Out: like cancel(), and nothing more leaves with the session's token, not even a check.
    void stopForSignOut();
    // After authorizationRequired() when there is nobody to sign in again: the rest is not
    // sent, "session refused (401)".
    void stopForRefusedSession();
    // After any sign-in: at the run's own server and identity a paused run goes on; elsewhere
    // the run ends, its remaining targets "not sent (signed in elsewhere)".
    void sessionChanged(const RevokeBinding &current);

    bool isRunning() const { return m_running; }
    bool isCancelled() const { return m_stop != Stop::None; }
    Stop stopReason() const { return m_stop; }
    bool isPaused() const { return m_paused; }
    const RevokeBinding &binding() const { return m_binding; }
    const std::vector<Item> &items() const { return m_items; }
    int total() const { return int(m_items.size()); }
    int doneCount() const { return m_done; }
    int count(RevokeOutcome::Kind kind) const;
    QList<DeleteTarget> targetsWith(RevokeOutcome::Kind kind) const;
    int peakInFlight() const { return m_peakInFlight; }
    // At most this many requests at once (1 to 64; the Tokens menu's "Requests at Once").
    void setConcurrencyCap(int cap) { m_control->setCap(cap); }
    const ConcurrencyControl *concurrency() const { return m_control; }
    qint64 elapsedMs() const { return m_clock.isValid() ? m_clock.elapsed() : 0; }
    // The requests on the wire now (sent, not answered): the item index and the verb of each.
    // For tests that check that nothing else reaches the server after a stop.
    QList<QPair<int, QByteArray>> requestsOnWire() const;
    // Check what the server answered as revoked (see above); set before start().
    void setVerify(bool verify) { m_verify = verify; }
    bool verifies() const { return m_verify; }
    // Of the targets the server answered as revoked: seen gone, seen still there (now failed),
    // and not verified.
    // A run of one user- or client-wide target confirmed for this many tokens: with
    // verification on, the server's total is read before its DELETE and after it, and a fall
    // larger than this is said in its outcome ("the server's total fell by 702, 679 were
    // confirmed"). -1: no such comparison. Set before start().
    void setConfirmedCount(qint64 count) { m_confirmedCount = count; }
    // That comparison in words, when the total fell by more than was confirmed; else empty.
    const QString &totalNote() const { return m_totalNote; }
    int verifiedGone() const { return m_verifiedGone; }
    int stillThere() const { return m_stillThere; }
    int notVerified() const { return m_notVerified; }
    // Outcome lines the journal could not write (the revocations themselves happened).
    int journalFailures() const { return m_journalFailures; }
    QString journalError() const { return m_journalError; }

signals:
    void itemFinished(int index);
    void progressChanged(int done, int total);
    void finished();
    // A request came back 401: the run pauses (its pair will be sent again) until the session
    // is renewed at the same server (sessionChanged()).
    void authorizationRequired();
    void pausedChanged(bool paused);
    void journalWriteFailed(const QString &error);

private:
    struct State
    {
        QString journalId; // of the intent line of the request in flight
        bool mayHaveArrived = false; // an earlier request for this pair may have been carried out
        bool namesChecked = false; // DeleteTarget::needsNameCheck(): the server keeps the names
        bool totalRead = false; // comparesTotal(): the server's total before the DELETE
    };

    void pump();
    void stop(Stop reason);
    void onDeleteFinished(int index, ApiCall *call);
    void settle(int index, RevokeOutcome outcome);
    // Ends a pair that is not sent again: checked when a try may have arrived, else not sent.
    void endUnsent(int index, const QString &detail, const ApiError &error = {});
    // After a try that may have been carried out: ask the server.
    void verify(int index, const RevokeOutcome &failure);
    // A pair with spaces around a name: a GET first; sent only if the server answers for
    // exactly these names (a server that trims them would revoke another pair's token).
    void checkNames(int index);
    // A request of the run: counted in the window, answered into it.
    void track(ApiCall *call, int index);
    void untrack(ApiCall *call);
    void pauseForSignIn();
    // A target the server answered as revoked, to be checked (confirmGone()).
    struct PendingCheck
    {
        int index = 0;
        RevokeOutcome revoked;
    };
    void startCheck(const PendingCheck &check);
    void startArrivalCheck(const PendingCheck &check);
    void reportStillThere(const PendingCheck &check, const QString &detail);
    // A check refused with the session's token (401) or sent in an ended session: queued again
    // for after the new sign-in (a 401 with the current token pauses the run). False otherwise.
    bool checkAgainLater(const PendingCheck &check, const ApiError &error, bool credentialCurrent);
    // The server's total (a page of one, no filter) into *total (-1 when it could not be read);
    // then done().
    void readTotal(int index, qint64 *total, std::function<void()> done);
    bool comparesTotal() const;
    // The server answered revoked: see that it is gone before settling (see setVerify()).
    void confirmGone(int index, const RevokeOutcome &revoked);
    void settleUnverified(int index, RevokeOutcome revoked, const QString &why);
    void requeue(int index, const QString &journalOutcome, int httpStatus, const QString &message);
    void writeOutcome(int index, const QString &outcome, int httpStatus, const QString &message);
    void finishIfDone();
    bool mayCheck() const { return m_stop == Stop::None || m_stop == Stop::Cancelled; }
    QString stopDetail() const;

    TokensApi *m_api;
    AuditJournal *m_journal;
    ConcurrencyControl *m_control;
    RevokeBinding m_binding;
    std::vector<Item> m_items;
    std::vector<State> m_state;
    QList<QPointer<ApiCall>> m_inFlight; // DELETEs and the GETs that verify them
    QHash<const ApiCall *, int> m_indexOf; // of the calls in flight
    int m_next = 0;
    int m_done = 0;
    int m_peakInFlight = 0;
    bool m_running = false;
    Stop m_stop = Stop::None;
    bool m_paused = false;
    QList<int> m_requeued; // to be sent again (after a 401, or a try the session ended)
    int m_aloneFrom = 0; // targets from this index on are sent alone (see start())
    QElapsedTimer m_clock;
    int m_journalFailures = 0;
    QString m_journalError;
    bool m_verify = true;
    int m_verifiedGone = 0;
    int m_stillThere = 0;
    int m_notVerified = 0;
    QList<PendingCheck> m_checkQueue; // to be checked, sent by pump()
    // Pairs whose DELETE may have arrived, to be asked about (verify()): sent by pump() within
    // the window and after a hold like any request, also after a cancel.
    QList<PendingCheck> m_arrivalChecks;
    QHash<QObject *, PendingCheck> m_counting; // the re-counts of wide targets under way
    // The session the run sends with: set at start() and by sessionChanged() at the run's own
    // server and identity; while the api is in another (a sign-in under way), nothing leaves.
    quint64 m_sendGeneration = 0;
    qint64 m_confirmedCount = -1;
    qint64 m_totalBefore = -1;
    qint64 m_totalAfter = -1;
    QString m_totalNote;
};
