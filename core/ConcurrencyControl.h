#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QTimer>

// How many requests the bulk work of one session keeps on the wire at once: every phase of
// every bulk operation (the own-token check, a list's lines, the counts, exports, the revokes
// and their checks) shares the one of its TokensApi (TokensApi::concurrency()), so the server
// sees at most the window and the cap whatever runs, and what one phase learned the next uses.
//
// Over HTTP/1.1 Qt opens at most six connections to a host, so at most six requests can be on
// the wire: the window is six (or the admin's cap, if lower). Over HTTP/2 one connection
// carries many requests at once, and the window adapts: it starts at six until the first answer
// says HTTP/2, then at 32 (before any push-back), grows by one for each answer that came back
// clean (no retry) and fast (within twice the quickest round trip seen, plus 20 ms), which
// doubles it each round trip as TCP's slow start does, halves on a 429, a 503 or a timeout, and
// never exceeds the cap (at most 64).
// A Retry-After holds every new send for that long, not only the request that got it.
//
// The pace: a server that says its rate limit (RateLimit-Policy, see RateLimitFields) is sent
// to at a little under that rate, spread evenly rather than in bursts, so that it never needs
// to answer 429; a hold ends early when an answer says requests are left (RateLimit's remaining
// above 0). A server that says nothing gets what it always did: the window halves on its 429
// and its Retry-After holds every send. (A pace learned from unannounced 429s was tried: it
// slowed a server refusing one request in ten at random four to seven times; left out.)
//
// Widget-free; an owner sends while hasRoom(), hands each call to track() (which counts it on
// the wire until it ends, and hears its push-back and its answer), and sends more on released().
class ApiCall;
class ApiError;
struct RateLimitFields;

class ConcurrencyControl : public QObject
{
    Q_OBJECT

public:
    static constexpr int Http1Limit = 6; // Qt's connections per host over HTTP/1.1
    static constexpr int MaxLimit = 64;

    explicit ConcurrencyControl(int cap = MaxLimit, QObject *parent = nullptr);

    // The admin's cap (1 to 64); the window never exceeds it.
    void setCap(int cap);
    int cap() const { return m_cap; }
    // How many requests may be on the wire now.
    int window() const { return m_window; }
    // Whether answers came over HTTP/2 (unknown before the first: false).
    bool isHttp2() const { return m_http2; }
    // A Retry-After holds new sends.
    bool isHeld() const { return m_hold.isActive(); }
    int heldForMs() const { return m_hold.isActive() ? m_hold.remainingTime() : 0; }

    // An answer arrived after roundTripMs; clean: on its first try, and not a 429/503/timeout.
    // protocolKnown: the answer's headers arrived (a broken connection says nothing of HTTP/2).
    void answered(qint64 roundTripMs, bool http2, bool clean, bool protocolKnown = true);
    // A try failed with a 429, a 503 or a timeout and will be sent again: the window halves;
    // retryAfterMs >= 0 (the server's Retry-After) holds every new send that long.
    void backOff(int retryAfterMs);

    // The same, read from a call: watch() backs off whenever the call will try again after a
    // push-back; answered(call) reports its answer (round trip, protocol, first try and clean).
    void watch(ApiCall *call);
    void answered(const ApiCall *call);
    // A call sent: on the wire (or waiting to try again) until it finishes; watched, and its
    // answer reported, by the control. released() follows its end.
    void track(ApiCall *call);
    // The tracked calls not finished yet, of every owner.
    int inFlight() const;
    // Whether one more request may be sent now: not held, fewer on the wire than the window,
    // and the pace allows it.
    bool hasRoom() const;
    // What the server's answers said of its rate limit (any answer, a 429 included).
    // The control's clock (ns since it was made).
    qint64 nowNs() const { return m_monotonic.nsecsElapsed(); }
    // sentNs: when the answered request was sent (nowNs() clock; -1: unknown).
    void rateLimitSaid(const RateLimitFields &fields, qint64 sentNs = -1);
    // Requests a second the sends are paced at (from the server's RateLimit fields); 0: not
    // paced.
    double pacePerSecond() const { return m_pace; }
    // Another server: back to the start (six at once, nothing held, nothing learned).
    void reset();
    // A 429, a 503 or a timeout: the server asks for fewer requests.
    static bool isPushBack(const ApiError &error);

    int peakWindow() const { return m_peak; }
    int backOffs() const { return m_backOffs; }
    // Each change of the window: (ms since the first answer or back-off, new window).
    const QList<QPair<qint64, int>> &history() const { return m_history; }
    // "24 at once (HTTP/2)", for the progress window.
    QString describe() const;

signals:
    void changed(); // the window, the protocol or the hold changed
    void released(); // a hold ended, or a tracked call did: send what waits

private:
    void setWindow(int window);
    void releaseSoon();
    qint64 sentNs(const ApiCall *call) const;

    int m_cap;
    int m_window;
    bool m_http2 = false;
    qint64 m_quickest = -1; // the quickest round trip seen
    int m_peak;
    int m_backOffs = 0;
    QTimer m_hold;
    QElapsedTimer m_clock;
    QList<QPair<qint64, int>> m_history;
    mutable QList<QPointer<ApiCall>> m_tracked;
    bool m_releasePending = false;
    QElapsedTimer m_monotonic; // started at construction: the pace's clock
    double m_pace = 0; // requests a second; 0: none
    qint64 m_nextSendNs = 0;
    qint64 m_holdStartNs = 0;
    quint64 m_epoch = 0; // reset() counts up: answers of calls tracked before are ignored
    QTimer m_paceTimer;
};
