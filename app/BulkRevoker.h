#pragma once

#include "ApiCall.h"
#include "ApiUrls.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <vector>

class AuditJournal;
class TokensApi;

struct RevokeOutcome
{
    enum class Kind {
        Pending, // not decided yet
        Revoked, // 2xx
        AlreadyGone, // 404: nothing matched; counted as gone, not as a failure
        Failed, // any other answer, or refused before sending; the token is still there
        Unknown, // the connection broke after sending and a check could not tell either
        NotSent, // cancelled before its request went out
    };
    Kind kind = Kind::Pending;
    ApiError error; // for Failed
    int httpStatus = 0;

    bool isDone() const { return kind != Kind::Pending; }
    static QString name(Kind kind);
};

// Revokes a list of targets: one DELETE each, at most MaxInFlight at a time (Qt's HTTP/1.1
// connections per host). cancel() sends nothing more; requests already in flight are
// recorded as they end. Every intent is journalled before its request is sent.
class BulkRevoker : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxInFlight = 6;

    struct Item
    {
        DeleteTarget target;
        RevokeOutcome outcome;
    };

    BulkRevoker(TokensApi *api, AuditJournal *journal, QObject *parent = nullptr);
    ~BulkRevoker() override;

    void start(const QList<DeleteTarget> &targets);
    void cancel();
    // After authorizationRequired(): goes on with the pairs not yet revoked.
    void resume();

    bool isRunning() const { return m_running; }
    bool isCancelled() const { return m_cancelled; }
    bool isPaused() const { return m_paused; }
    const std::vector<Item> &items() const { return m_items; }
    int total() const { return int(m_items.size()); }
    int doneCount() const { return m_done; }
    int count(RevokeOutcome::Kind kind) const;
    QList<DeleteTarget> targetsWith(RevokeOutcome::Kind kind) const;
    int peakInFlight() const { return m_peakInFlight; }
    qint64 elapsedMs() const { return m_clock.isValid() ? m_clock.elapsed() : 0; }

signals:
    void itemFinished(int index);
    void progressChanged(int done, int total);
    void finished();
    // A request came back 401: the run pauses (its pair will be sent again) until resume().
    void authorizationRequired();

private:
    void pump();
    void settle(int index, RevokeOutcome outcome);
    // After a broken connection the DELETE may or may not have happened: ask the server.
    void verify(int index, const RevokeOutcome &failure);

    TokensApi *m_api;
    AuditJournal *m_journal;
    std::vector<Item> m_items;
    std::vector<QString> m_journalIds;
    QList<QPointer<ApiCall>> m_inFlight; // DELETEs and the GETs that verify them
    int m_next = 0;
    int m_done = 0;
    int m_peakInFlight = 0;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_paused = false;
    QList<int> m_requeued; // sent, answered 401: to be sent again after sign-in
    QElapsedTimer m_clock;
};
