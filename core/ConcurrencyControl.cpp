#include "ConcurrencyControl.h"

#include "ApiCall.h"

#include <algorithm>
#include <utility>

ConcurrencyControl::ConcurrencyControl(int cap, QObject *parent)
    : QObject(parent),
      m_cap(std::clamp(cap, 1, MaxLimit)),
      m_window(std::min(m_cap, Http1Limit)),
      m_peak(m_window)
{
    m_monotonic.start();
    m_paceTimer.setSingleShot(true);
    m_paceTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_paceTimer, &QTimer::timeout, this, &ConcurrencyControl::released);
    m_hold.setSingleShot(true);
    m_hold.setTimerType(Qt::PreciseTimer); // never released before the server's time is up
    connect(&m_hold, &QTimer::timeout, this, [this] {
        emit changed();
        emit released();
    });
}

void ConcurrencyControl::setCap(int cap)
{
    m_cap = std::clamp(cap, 1, MaxLimit);
    setWindow(std::min(m_window, m_cap));
}

void ConcurrencyControl::setWindow(int window)
{
    window = std::clamp(window, 1, m_http2 ? m_cap : std::min(m_cap, Http1Limit));
    if (window == m_window)
        return;
    if (!m_clock.isValid())
        m_clock.start();
    m_window = window;
    m_peak = std::max(m_peak, window);
    m_history.append({m_clock.elapsed(), window});
    emit changed();
}

void ConcurrencyControl::answered(qint64 roundTripMs, bool http2, bool clean, bool protocolKnown)
{
    if (!m_clock.isValid())
        m_clock.start();
    if (protocolKnown && http2 != m_http2) {
        m_http2 = http2;
        // Within what the protocol can carry; over HTTP/2, before any push-back, a start at
        // half the most (servers take 100 streams at once and more: nginx 128), from there
        // doubling each round trip as long as answers stay clean and fast.
        setWindow(m_http2 && m_backOffs == 0 ? std::max(m_window, MaxLimit / 2) : m_window);
        emit changed();
    }
    // The quickest round trip of a real answer (a quick failure says nothing of the server).
    if (clean && roundTripMs >= 0 && (m_quickest < 0 || roundTripMs < m_quickest))
        m_quickest = roundTripMs;
    if (!clean || isHeld())
        return;
    // Over HTTP/1.1 back to six after a back-off; over HTTP/2 up while answers stay fast.
    const bool fast = roundTripMs >= 0 && m_quickest >= 0 && roundTripMs <= 2 * m_quickest + 20;
    if (!m_http2 || fast)
        setWindow(m_window + 1);
}

void ConcurrencyControl::backOff(int retryAfterMs)
{
    ++m_backOffs;
    setWindow(std::max(1, m_window / 2));
    if (retryAfterMs >= 0 && retryAfterMs > m_hold.remainingTime()) {
        m_hold.start(retryAfterMs);
        m_holdStartNs = nowNs();
        emit changed();
    }
}

bool ConcurrencyControl::isPushBack(const ApiError &error)
{
    return error.kind() == ApiError::Kind::RateLimited || error.kind() == ApiError::Kind::Timeout
        || error.httpStatus() == 503;
}

qint64 ConcurrencyControl::sentNs(const ApiCall *call) const
{
    return call->lastRoundTripMs() >= 0 ? nowNs() - call->lastRoundTripMs() * 1'000'000 : -1;
}

void ConcurrencyControl::watch(ApiCall *call)
{
    const quint64 epoch = m_epoch;
    connect(
        call, &ApiCall::retrying, this, [this, call, epoch](int, int, int, const ApiError &reason) {
            if (epoch != m_epoch)
                return; // an answer of the server before: says nothing of this one
            rateLimitSaid(call->rateLimit(), sentNs(call));
            if (isPushBack(reason))
                backOff(reason.retryAfterSeconds() >= 0 ? reason.retryAfterSeconds() * 1000 : -1);
        });
}

void ConcurrencyControl::answered(const ApiCall *call)
{
    rateLimitSaid(call->rateLimit(), sentNs(call));
    answered(call->lastRoundTripMs(), call->http2WasUsed(),
             call->attempts() == 1 && !isPushBack(call->error()), call->httpStatus() != 0);
    // A push-back that will not be tried again (the last try, or a call that tries once, as a
    // check after a cancel): its Retry-After holds every new send all the same. (One stopped
    // while it waited to try again was heard in retrying().)
    // A Retry-After longer than any call waits (RetryPolicy::maxRetryAfterSeconds) holds
    // nothing: the run goes on, fewer at once, rather than waiting an hour or a day.
    const ApiError &error = call->error();
    if (isPushBack(error) && !call->stoppedBeforeRetry()) {
        const int seconds = error.retryAfterSeconds();
        backOff(seconds >= 0 && seconds <= RetryPolicy().maxRetryAfterSeconds ? seconds * 1000
                                                                              : -1);
    }
}

void ConcurrencyControl::track(ApiCall *call)
{
    watch(call);
    m_tracked.append(call);
    if (const double pace = m_pace; pace > 0) {
        // The next send one interval later (a timer late by a few ms is caught up, no more);
        // at most a minute apart (RateLimitFields paces from windows of a minute at most).
        const qint64 now = nowNs();
        const qint64 interval = qint64(std::min(1e9 / pace, 60e9));
        m_nextSendNs = std::max(m_nextSendNs, now - 5'000'000) + interval;
        if (m_nextSendNs > now)
            m_paceTimer.start(
                int(std::min<qint64>((m_nextSendNs - now + 999'999) / 1'000'000, 60'000)));
    }
    // A call its owner abandons finishes without a word (abandon() disconnects it): its end
    // still frees its place for every sharer, heard through a child of it.
    auto *sentinel = new QObject(call);
    connect(sentinel, &QObject::destroyed, this, &ConcurrencyControl::releaseSoon);
    const quint64 epoch = m_epoch;
    connect(call, &ApiCall::finished, this, [this, call, epoch] {
        m_tracked.removeOne(call);
        if (epoch != m_epoch) {
            releaseSoon(); // the server before: its answer teaches nothing
            return;
        }
        answered(call);
        releaseSoon();
    });
}

bool ConcurrencyControl::hasRoom() const
{
    if (isHeld() || inFlight() >= m_window)
        return false;
    return m_pace <= 0 || nowNs() >= m_nextSendNs;
}

void ConcurrencyControl::rateLimitSaid(const RateLimitFields &fields, qint64 sentNs)
{
    if (fields.hasPolicy()) {
        // A little under the announced rate: the bucket fills again rather than staying empty.
        const double pace = fields.perSecond * 0.95;
        if (pace != m_pace) {
            m_pace = pace;
            emit changed();
        }
    }
    // The quota is back: a hold need not run its course. Only an answer to a request sent after
    // the hold began says so (answers come out of order: an older one's count is stale).
    if (isHeld() && fields.hasRemaining() && fields.remaining > 0 && sentNs >= 0
        && sentNs > m_holdStartNs) {
        m_hold.stop();
        emit changed();
        releaseSoon();
    }
}

int ConcurrencyControl::inFlight() const
{
    // A call abandoned by its owner finishes without a word: gone from the count all the same.
    m_tracked.removeIf([](const QPointer<ApiCall> &call) { return !call || call->isFinished(); });
    return int(m_tracked.size());
}

void ConcurrencyControl::releaseSoon()
{
    // Once per turn of the event loop, however many calls ended in it: every owner sharing the
    // window sends what waits (the owner of the call that ended has done so already).
    if (m_releasePending)
        return;
    m_releasePending = true;
    QTimer::singleShot(0, this, [this] {
        m_releasePending = false;
        emit released();
    });
}

void ConcurrencyControl::reset()
{
    ++m_epoch; // answers still on their way are of the server before
    m_backOffs = 0;
    m_hold.stop();
    m_http2 = false;
    m_quickest = -1;
    m_window = std::min(m_cap, Http1Limit);
    m_history.clear();
    m_clock.invalidate();
    m_pace = 0;
    m_nextSendNs = 0;
    m_paceTimer.stop();
    emit changed();
    releaseSoon();
}

QString ConcurrencyControl::describe() const
{
    QString text
        = m_http2 ? tr("%1 at once (HTTP/2)").arg(m_window) : tr("%1 at once").arg(m_window);
    if (m_pace > 0)
        text += tr(", about %L1 requests a second, limited by the server").arg(qRound(m_pace));
    if (isHeld())
        text += tr(", waiting %1 s as the server asked").arg((heldForMs() + 999) / 1000);
    return text;
}
