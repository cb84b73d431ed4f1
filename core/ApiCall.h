#pragma once

#include "ApiError.h"
#include "OffThread.h"
#include "RateLimitFields.h"
#include "TokenJson.h"

#include <QElapsedTimer>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <memory>

class ConnectionWatch;
class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

// When and how often an idempotent request is sent again: on network errors, timeouts and
// 429/502/503/504, with exponential backoff and jitter, honouring Retry-After.
struct RetryPolicy
{
    int maxAttempts = 4; // 1: never retry
    int baseDelayMs = 400;
    int maxDelayMs = 8000;
    int maxRetryAfterSeconds = 60; // a longer Retry-After ends the tries instead

    static RetryPolicy never() { return RetryPolicy {1, 0, 0, 0}; }
    // The wait before attempt (2, 3, ...): base * 2^(attempt-2), capped, times 0.5..1.0.
    int delayBefore(int attempt, double jitter01) const;
    static bool isRetryable(const ApiError &error);
};

// The bearer token of one session, shared by every call made in it rather than copied into
// each. A refresh changes the token in place; the end of the session (sign-out, a sign-in to
// another server or as someone else, a new sign-in after a 401) ends it, and a call that would
// send (or send again) with an ended credential finishes with SessionEnded instead.
struct ApiCredential
{
    QString token;
    quint64 generation = 0; // which session: a newer one has a larger number
    bool ended = false;
};

// One request to the server and its outcome (qBittorrent's DownloadHandler pattern).
// finished() is emitted exactly once: with a decoded value, an error, or a Cancelled error
// when cancel() is called. The call deletes itself later, after finished() was delivered.
class ApiCall : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray verb; // GET, POST, DELETE
        QUrl url;
        std::shared_ptr<ApiCredential> credential; // null: no Authorization header
        QByteArray body;
        QByteArray contentType;
        int timeoutMs = 30000;
        RetryPolicy retry = RetryPolicy::never();
    };

    // Bodies larger than this are refused rather than buffered (a 1,000-row page is ~60 KB).
    static constexpr qint64 MaxBodyBytes = 32 * 1024 * 1024;

    ~ApiCall() override;

    void cancel();
    // Cancels without telling anyone: for an owner that replaced or dropped the call.
    void abandon();
    // No more tries: a call waiting to try again finishes now with the last try's error; one
    // whose request is on the wire finishes when its answer arrives, whatever it is.
    void finishWithoutRetrying();
    bool isFinished() const { return m_finished; }
    // At a stop: a request Qt has held 50 ms or more over HTTP/2 without sending it is
    // withdrawn, and the call finishes (as a try that may have arrived: the word of its
    // sending may be on its way).
    void withdrawIfNotSent();
    // withdrawIfNotSent() ended it.
    bool wasWithdrawn() const { return m_withdrawn; }
    // A request of this call is on the wire now (sent, not answered).
    bool isOnWire() const;
    bool isWaitingToRetry() const;
    // finishWithoutRetrying() ended it while it waited to try again.
    bool stoppedBeforeRetry() const { return m_stoppedBeforeRetry; }
    // Whether the server may have carried out a try even though no success came back: the
    // answer was lost (timeout, broken connection), spoiled, or came from a gateway (502,
    // 503, 504) or a redirect. A refused connection, a TLS failure or an API 4xx say it did not.
    bool lastTryMayHaveArrived() const { return m_lastMayHaveArrived; }
    bool anEarlierTryMayHaveArrived() const { return m_earlierMayHaveArrived; }
    // The call ended at a stop holding a request the server refused unprocessed (GOAWAY):
    // nothing of this call reached the server.
    bool endedUnsent() const { return m_endedUnsent; }
    // At most this many such resends in a row; then the call fails as a broken connection.
    static constexpr int MaxUnsentResends = 20;
    // The session the call was made in (0: none).
    quint64 credentialGeneration() const
    {
        return m_request.credential ? m_request.credential->generation : 0;
    }
    const ApiError &error() const { return m_error; }
    int httpStatus() const { return m_httpStatus; }
    QUrl url() const { return m_request.url; }
    int attempts() const { return m_attempt; }
    QByteArray verb() const { return m_request.verb; }
    // Whether the last answer came over HTTP/2 (one connection carrying many requests).
    bool http2WasUsed() const { return m_http2; }
    // From sending the last try to its answer, in ms (-1 before an answer).
    qint64 lastRoundTripMs() const { return m_lastRoundTripMs; }
    // What the last answer said of the server's rate limit (RateLimit fields), if anything.
    const RateLimitFields &rateLimit() const { return m_rateLimit; }

signals:
    void finished();
    // A try failed in a way worth trying again; the next one starts in delayMs.
    void retrying(int nextAttempt, int maxAttempts, int delayMs, const ApiError &reason);

protected:
    ApiCall(QNetworkAccessManager *manager, Request request, QObject *parent);
    // Called for a 2xx answer; returns an error if the body is not what the call expects.
    virtual ApiError decodeSuccess(int httpStatus, const QByteArray &body) = 0;
    // A 2xx answer arrived: decodes it (decodeSuccess() here, by default) and then decoded().
    virtual void decodeAnswer(int httpStatus, const QByteArray &body)
    {
        decoded(decodeSuccess(httpStatus, body));
    }
    // The answer is decoded: error, or none. Ends the call (or tries again); nothing when the
    // call ended meanwhile (cancelled, abandoned while its answer was decoded elsewhere).
    void decoded(const ApiError &error);

private:
    friend class TokensApi;
    friend class OAuthClient;
    void start();
    void send();
    void failBeforeSending(const ApiError &error);
    void abortReply();
    void onReplyFinished();
    // The connection ended before sending this try (GOAWAY, or a request Qt held without
    // sending it): the same try again at once, on a new connection.
    // mayHaveBeenSent: no word that it was sent, which does not prove it was not (a new try,
    // that may have arrived); else the server refused it unprocessed (the same try again).
    void sendAgainUnsent(bool mayHaveBeenSent);
    void onRecycled(const QString &origin, int generation);
    void onUnsentTimeout();
    void settle(const ApiError &error, bool mayHaveArrived); // retry, or finish
    void finish(const ApiError &error);

    QNetworkAccessManager *m_manager;
    Request m_request;
    QPointer<QNetworkReply> m_reply;
    QStringList m_tlsErrors;
    ApiError m_error;
    int m_httpStatus = 0;
    bool m_finished = false;
    bool m_cancelled = false;
    bool m_tooLarge = false;
    int m_attempt = 0;
    QTimer *m_retryTimer = nullptr;
    ApiError m_lastError; // of the last try, while waiting to try again
    QString m_sentToken; // the token of the last try: only to redact it from error texts
    bool m_lastMayHaveArrived = false;
    bool m_earlierMayHaveArrived = false;
    bool m_noMoreTries = false;
    bool m_stoppedBeforeRetry = false;
    int m_sendsThisTry = 0; // how often Qt sent this try's request (it resends on its own)
    bool m_http2 = false;
    qint64 m_lastRoundTripMs = -1;
    QElapsedTimer m_tryClock;
    RateLimitFields m_rateLimit;
    QPointer<ConnectionWatch> m_watch;
    int m_connection = 0; // the ConnectionWatch generation the request went on
    QTimer *m_unsentTimer = nullptr; // a request its connection holds without sending it
    int m_unsentResends = 0;
    bool m_endedUnsent = false;
    bool m_withdrawn = false;
};

// A call whose success carries a decoded value of type T. An answer of OffThreadBytes or more
// is decoded on a pooled thread (a page of tokens), a smaller one at once.
template<typename T> class ApiValueCall : public ApiCall
{
public:
    static constexpr qsizetype OffThreadBytes = 16 * 1024;
    using Decoder = bool (*)(const QByteArray &, T *, QString *);
    ApiValueCall(QNetworkAccessManager *manager, Request request, Decoder decoder, QObject *parent)
        : ApiCall(manager, std::move(request), parent), m_decoder(decoder)
    { }
    const T &value() const { return m_value; }

protected:
    ApiError decodeSuccess(int httpStatus, const QByteArray &body) override
    {
        QString why;
        if (!m_decoder(body, &m_value, &why))
            return ApiError::badResponse(httpStatus, why);
        return {};
    }
    void decodeAnswer(int httpStatus, const QByteArray &body) override
    {
        if (body.size() < OffThreadBytes) {
            ApiCall::decodeAnswer(httpStatus, body);
            return;
        }
        // A page of tokens (~0.8 ms for 1,000 rows) is decoded on the pool, so that many
        // answered at once do not hold the event loop; nothing of this object is touched there.
        struct Decoded
        {
            T value;
            bool ok = false;
            QString why;
        };
        OffThread::run(
            this,
            [decoder = m_decoder, body] {
                Decoded d;
                d.ok = decoder(body, &d.value, &d.why);
                return d;
            },
            [httpStatus](ApiValueCall<T> *self, Decoded d) {
                if (self->isFinished())
                    return; // cancelled or abandoned meanwhile
                if (d.ok)
                    self->m_value = std::move(d.value);
                self->decoded(d.ok ? ApiError() : ApiError::badResponse(httpStatus, d.why));
            });
    }

private:
    Decoder m_decoder;
    T m_value;
};

// A call whose success has no body: a DELETE answers 204. Only 204, or 200 with an empty or
// JSON body, is a success; any other 2xx is a bad response (the revoker then checks).
class ApiEmptyCall : public ApiCall
{
public:
    ApiEmptyCall(QNetworkAccessManager *manager, Request request, QObject *parent)
        : ApiCall(manager, std::move(request), parent)
    { }

protected:
    ApiError decodeSuccess(int httpStatus, const QByteArray &body) override;
};

using ListTokensCall = ApiValueCall<TokenPage>;
using GetTokenCall = ApiValueCall<TokenDetails>;
using AccessTokenCall = ApiValueCall<AccessTokenGrant>;
using DeleteTokensCall = ApiEmptyCall;
