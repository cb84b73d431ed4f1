#pragma once

#include "ApiError.h"
#include "TokenJson.h"

#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QStringList>

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
        QString bearerToken; // empty: no Authorization header
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
    bool isFinished() const { return m_finished; }
    const ApiError &error() const { return m_error; }
    int httpStatus() const { return m_httpStatus; }
    QUrl url() const { return m_request.url; }
    int attempts() const { return m_attempt; }
    QByteArray verb() const { return m_request.verb; }

signals:
    void finished();
    // A try failed in a way worth trying again; the next one starts in delayMs.
    void retrying(int nextAttempt, int maxAttempts, int delayMs, const ApiError &reason);

protected:
    ApiCall(QNetworkAccessManager *manager, Request request, QObject *parent);
    // Called for a 2xx answer; returns an error if the body is not what the call expects.
    virtual ApiError decodeSuccess(int httpStatus, const QByteArray &body) = 0;

private:
    friend class TokensApi;
    friend class OAuthClient;
    void start();
    void send();
    void failBeforeSending(const ApiError &error);
    void abortReply();
    void onReplyFinished();
    void settle(const ApiError &error); // retry, or finish
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
};

// A call whose success carries a decoded value of type T.
template<typename T> class ApiValueCall : public ApiCall
{
public:
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

private:
    Decoder m_decoder;
    T m_value;
};

// A call whose success has no body (DELETE answers 204).
class ApiEmptyCall : public ApiCall
{
public:
    ApiEmptyCall(QNetworkAccessManager *manager, Request request, QObject *parent)
        : ApiCall(manager, std::move(request), parent)
    { }

protected:
    ApiError decodeSuccess(int, const QByteArray &) override { return {}; }
};

using ListTokensCall = ApiValueCall<TokenPage>;
using GetTokenCall = ApiValueCall<TokenDetails>;
using AccessTokenCall = ApiValueCall<AccessTokenGrant>;
using DeleteTokensCall = ApiEmptyCall;
