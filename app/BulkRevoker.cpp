#include "BulkRevoker.h"

#include "AuditJournal.h"
#include "TokensApi.h"

#include <QTimer>

#include <utility>

QString RevokeOutcome::name(Kind kind)
{
    switch (kind) {
    case Kind::Pending:
        return QStringLiteral("pending");
    case Kind::Revoked:
        return QStringLiteral("revoked");
    case Kind::AlreadyGone:
        return QStringLiteral("already-gone");
    case Kind::Failed:
        return QStringLiteral("failed");
    case Kind::Unknown:
        return QStringLiteral("unknown");
    case Kind::NotSent:
        return QStringLiteral("not-sent");
    }
    return {};
}

BulkRevoker::BulkRevoker(TokensApi *api, AuditJournal *journal, QObject *parent)
    : QObject(parent), m_api(api), m_journal(journal)
{ }

BulkRevoker::~BulkRevoker()
{
    // Replies still in flight are abandoned with the revoker; their calls are cancelled.
    for (const QPointer<ApiCall> &call : std::as_const(m_inFlight)) {
        if (call)
            call->abandon();
    }
}

void BulkRevoker::start(const QList<DeleteTarget> &targets)
{
    Q_ASSERT(!m_running);
    m_items.clear();
    m_items.reserve(size_t(targets.size()));
    for (const DeleteTarget &target : targets)
        m_items.push_back(Item {target, {}});
    m_journalIds.assign(m_items.size(), QString());
    m_next = 0;
    m_done = 0;
    m_peakInFlight = 0;
    m_cancelled = false;
    m_paused = false;
    m_requeued.clear();
    m_running = true;
    m_clock.start();
    emit progressChanged(0, total());
    // Start from the event loop, so that callers can connect to the first signals.
    QTimer::singleShot(0, this, &BulkRevoker::pump);
}

void BulkRevoker::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    // Nothing more is sent. What is in flight is recorded as it ends.
    for (int i : std::exchange(m_requeued, {}))
        settle(i, RevokeOutcome {RevokeOutcome::Kind::NotSent, {}, 0});
    for (int i = m_next; i < total(); ++i)
        settle(i, RevokeOutcome {RevokeOutcome::Kind::NotSent, {}, 0});
    m_next = total();
    pump();
}

int BulkRevoker::count(RevokeOutcome::Kind kind) const
{
    int n = 0;
    for (const Item &item : m_items)
        n += item.outcome.kind == kind ? 1 : 0;
    return n;
}

QList<DeleteTarget> BulkRevoker::targetsWith(RevokeOutcome::Kind kind) const
{
    QList<DeleteTarget> targets;
    for (const Item &item : m_items) {
        if (item.outcome.kind == kind)
            targets.append(item.target);
    }
    return targets;
}

void BulkRevoker::resume()
{
    if (!m_paused)
        return;
    m_paused = false;
    pump();
}

void BulkRevoker::pump()
{
    while (!m_cancelled && !m_paused && (!m_requeued.isEmpty() || m_next < total())
           && m_inFlight.size() < MaxInFlight) {
        const int index = m_requeued.isEmpty() ? m_next++ : m_requeued.takeFirst();
        const DeleteTarget &target = m_items[size_t(index)].target;
        if (!target.isValid()) {
            settle(index,
                   RevokeOutcome {
                       RevokeOutcome::Kind::Failed,
                       ApiError::invalidRequest(tr("Refused: the username or client id is empty.")),
                       0});
            continue;
        }
        if (m_journal) {
            const QString id = m_journal->recordIntent(target);
            if (id.isEmpty()) {
                // No audit line, no request.
                settle(index,
                       RevokeOutcome {RevokeOutcome::Kind::Failed,
                                      ApiError::invalidRequest(m_journal->errorString()), 0});
                continue;
            }
            m_journalIds[size_t(index)] = id;
        }
        DeleteTokensCall *call = m_api->deleteTokens(target);
        m_inFlight.append(call);
        m_peakInFlight = qMax(m_peakInFlight, int(m_inFlight.size()));
        connect(call, &ApiCall::finished, this, [this, call, index] {
            m_inFlight.removeAll(call);
            const ApiError &error = call->error();
            if (error.kind() == ApiError::Kind::Unauthorized && !m_cancelled) {
                // Not an outcome of the pair: the session ended. Record the attempt, keep the
                // pair for after sign-in, and stop sending until then.
                QString &id = m_journalIds[size_t(index)];
                if (m_journal && !id.isEmpty())
                    m_journal->recordOutcome(id, m_items[size_t(index)].target,
                                             QStringLiteral("unauthorized"), call->httpStatus(),
                                             error.message());
                id.clear();
                m_requeued.append(index);
                if (!m_paused) {
                    m_paused = true;
                    emit authorizationRequired();
                }
                return;
            }
            RevokeOutcome outcome;
            outcome.httpStatus = call->httpStatus();
            if (!error)
                outcome.kind = RevokeOutcome::Kind::Revoked;
            else if (error.kind() == ApiError::Kind::NotFound)
                outcome.kind = RevokeOutcome::Kind::AlreadyGone;
            else {
                outcome.kind = RevokeOutcome::Kind::Failed;
                outcome.error = error;
                const bool broken = error.kind() == ApiError::Kind::Network
                    || error.kind() == ApiError::Kind::Timeout
                    || error.kind() == ApiError::Kind::BadResponse;
                if (broken && !m_cancelled) {
                    verify(index, outcome);
                    return;
                }
            }
            settle(index, outcome);
            pump();
        });
    }
    if (m_running && m_inFlight.isEmpty() && m_done == total()) {
        m_running = false;
        emit finished();
    }
}

void BulkRevoker::verify(int index, const RevokeOutcome &failure)
{
    const DeleteTarget &target = m_items[size_t(index)].target;
    if (target.scope() != DeleteTarget::Scope::Token) {
        // A user- or client-wide DELETE cannot be checked one token at a time here.
        RevokeOutcome unknown = failure;
        unknown.kind = RevokeOutcome::Kind::Unknown;
        settle(index, unknown);
        pump();
        return;
    }
    GetTokenCall *check = m_api->getToken(target.key());
    m_inFlight.append(check);
    connect(check, &ApiCall::finished, this, [this, check, index, failure] {
        m_inFlight.removeAll(check);
        RevokeOutcome outcome = failure;
        if (check->error().kind() == ApiError::Kind::NotFound) {
            outcome.kind = RevokeOutcome::Kind::Revoked; // gone: the DELETE got through
            outcome.error = {};
            outcome.httpStatus = 404;
        } else if (!check->error()) {
            outcome.kind = RevokeOutcome::Kind::Failed; // still there
        } else {
            outcome.kind = RevokeOutcome::Kind::Unknown;
        }
        settle(index, outcome);
        pump();
    });
}

void BulkRevoker::settle(int index, RevokeOutcome outcome)
{
    Item &item = m_items[size_t(index)];
    if (item.outcome.isDone())
        return;
    item.outcome = outcome;
    ++m_done;
    const QString &id = m_journalIds[size_t(index)];
    if (m_journal && !id.isEmpty()) {
        m_journal->recordOutcome(id, item.target, RevokeOutcome::name(outcome.kind),
                                 outcome.httpStatus, outcome.error.message());
    }
    emit itemFinished(index);
    emit progressChanged(m_done, total());
}
