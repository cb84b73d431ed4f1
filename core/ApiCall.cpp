#include "ApiCall.h"

#include "ConnectionWatch.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslError>
#include <QTimer>

#include <algorithm>
#include <utility>

int RetryPolicy::delayBefore(int attempt, double jitter01) const
{
    const int exponent = qBound(0, attempt - 2, 16);
    const qint64 raw = qMin<qint64>(qint64(baseDelayMs) << exponent, maxDelayMs);
    return int(raw * (0.5 + 0.5 * qBound(0.0, jitter01, 1.0)));
}

bool RetryPolicy::isRetryable(const ApiError &error)
{
    switch (error.kind()) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::RateLimited:
        return true;
    case ApiError::Kind::Server:
        return error.httpStatus() == 502 || error.httpStatus() == 503 || error.httpStatus() == 504;
    default:
        return false; // 400, 401, 403, 404, TLS, a malformed answer: trying again changes nothing
    }
}

ApiCall::ApiCall(QNetworkAccessManager *manager, Request request, QObject *parent)
    : QObject(parent), m_manager(manager), m_request(std::move(request))
{ }

ApiCall::~ApiCall()
{
    abortReply();
}

void ApiCall::abortReply()
{
    if (QNetworkReply *reply = std::exchange(m_reply, nullptr)) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

ApiError ApiEmptyCall::decodeSuccess(int httpStatus, const QByteArray &body)
{
    if (httpStatus == 204)
        return {};
    if (httpStatus == 200) {
        const QByteArray trimmed = body.trimmed();
        if (trimmed.isEmpty())
            return {};
        QJsonParseError parseError;
        QJsonDocument::fromJson(trimmed, &parseError);
        if (parseError.error == QJsonParseError::NoError)
            return {};
        return ApiError::badResponse(
            httpStatus, QCoreApplication::translate("ApiCall", "the body is not JSON"));
    }
    return ApiError::badResponse(
        httpStatus,
        QCoreApplication::translate("ApiCall", "HTTP %1 instead of 204").arg(httpStatus));
}

void ApiCall::start()
{
    m_attempt = 0;
    if (m_request.credential && m_request.credential->ended) {
        failBeforeSending(ApiError::sessionEnded());
        return;
    }
    send();
}

bool ApiCall::isOnWire() const
{
    return !m_reply.isNull();
}

bool ApiCall::isWaitingToRetry() const
{
    return m_retryTimer && m_retryTimer->isActive();
}

void ApiCall::finishWithoutRetrying()
{
    m_noMoreTries = true;
    if (m_finished || !isWaitingToRetry())
        return;
    m_retryTimer->stop();
    m_stoppedBeforeRetry = true;
    finish(m_attempt > 1 ? m_lastError.afterAttempts(m_attempt) : m_lastError);
}

void ApiCall::send()
{
    if (m_request.credential && m_request.credential->ended) {
        // The session ended while this call waited to try again: never send with its token,
        // nor with the token of whatever session came next.
        finish(ApiError::sessionEnded());
        return;
    }
    ++m_attempt;
    m_earlierMayHaveArrived = m_earlierMayHaveArrived || m_lastMayHaveArrived;
    m_lastMayHaveArrived = false;
    m_httpStatus = 0;
    m_http2 = false;
    m_rateLimit = {};
    m_tooLarge = false;
    m_tlsErrors.clear();
    QNetworkRequest request(m_request.url);
    m_tryClock.start();
    request.setRawHeader("Accept", "application/json");
    m_sentToken = m_request.credential ? m_request.credential->token : QString();
    if (!m_sentToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_sentToken.toUtf8());
    if (!m_request.contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, m_request.contentType);
    request.setTransferTimeout(m_request.timeoutMs);
    // A redirect would carry the bearer token to wherever the server points; refuse it.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    // On the origin's current connection, not on one that is ending (ConnectionWatch).
    if (!m_watch) {
        m_watch = ConnectionWatch::of(m_manager);
        if (m_request.body.isEmpty())
            connect(m_watch, &ConnectionWatch::recycled, this, &ApiCall::onRecycled);
    }
    m_connection = m_watch->prepare(request);

    // Without a body, no upload device: Qt then reports every time it sends the request
    // (requestSent(), counted below); with an empty one it does not.
    m_reply = m_request.body.isEmpty()
        ? m_manager->sendCustomRequest(request, m_request.verb)
        : m_manager->sendCustomRequest(request, m_request.verb, m_request.body);
    // TLS errors are recorded for the message and never ignored: the reply then fails.
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            m_tlsErrors << error.errorString();
    });
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64) {
        if (received > MaxBodyBytes && m_reply) {
            m_tooLarge = true;
            m_reply->abort();
        }
    });
    // Qt's HTTP/1 stack sends a request again by itself when the connection closes before a
    // status line arrives, and says so only through requestSent(): a send before the last one
    // may have been carried out, as if it were an earlier try.
    m_sendsThisTry = 0;
    connect(m_reply, &QNetworkReply::requestSent, this, [this] {
        ++m_sendsThisTry;
        if (m_unsentTimer)
            m_unsentTimer->stop();
    });
    connect(m_reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
    // Over HTTP/2 a request is sent (its stream made) at once: one not sent within a second is
    // held by a connection that is ending (a GOAWAY that failed no stream of ours to say so).
    // Longer each time, for a new connection slow to be made. (Only without a body: Qt reports
    // a request with one as sent only when it is written.)
    if (m_request.body.isEmpty() && m_watch->isHttp2(m_request.url)) {
        if (!m_unsentTimer) {
            m_unsentTimer = new QTimer(this);
            m_unsentTimer->setSingleShot(true);
            connect(m_unsentTimer, &QTimer::timeout, this, &ApiCall::onUnsentTimeout);
        }
        m_unsentTimer->start(std::min(1000 << std::min(m_unsentResends, 3), 8000));
    }
}

void ApiCall::onRecycled(const QString &origin, int generation)
{
    // Requests of the ending connection that it has not sent are sent again on the new one; a
    // moment's grace first (50 ms) for the word that one was sent to arrive from Qt's network
    // thread, where it is posted as the stream is made.
    if (!m_reply || m_sendsThisTry > 0 || m_connection >= generation
        || ConnectionWatch::originOf(m_request.url) != origin)
        return;
    if (!m_unsentTimer) {
        m_unsentTimer = new QTimer(this);
        m_unsentTimer->setSingleShot(true);
        connect(m_unsentTimer, &QTimer::timeout, this, &ApiCall::onUnsentTimeout);
    }
    if (!m_unsentTimer->isActive() || m_unsentTimer->remainingTime() > 50)
        m_unsentTimer->start(50);
}

void ApiCall::onUnsentTimeout()
{
    if (!m_reply || m_sendsThisTry > 0 || m_finished)
        return;
    // Its connection holds it without sending it: that connection is ending.
    if (m_watch)
        m_watch->goingAway(m_request.url, m_connection);
    // No word that it was sent is not proof that it was not: the word may be on its way from
    // Qt's network thread. So it goes again as a new try that an earlier one may have arrived
    // before (a DELETE then found gone was revoked by this run; one that fails is checked).
    sendAgainUnsent(true);
}

void ApiCall::sendAgainUnsent(bool mayHaveBeenSent)
{
    abortReply();
    if (m_noMoreTries || m_unsentResends >= MaxUnsentResends) {
        // After a stop nothing more leaves, not even a request that never left.
        m_lastMayHaveArrived = mayHaveBeenSent;
        m_endedUnsent = m_noMoreTries && !mayHaveBeenSent && !m_earlierMayHaveArrived;
        m_stoppedBeforeRetry = m_noMoreTries;
        const ApiError error = ApiError::fromTransport(
            ApiError::Kind::Network,
            tr("the server ended the connection before this request was sent"));
        finish(m_attempt > 1 ? error.afterAttempts(m_attempt) : error);
        return;
    }
    ++m_unsentResends;
    if (mayHaveBeenSent)
        m_lastMayHaveArrived = true; // folded into "an earlier try may have arrived" by send()
    else
        --m_attempt; // the same try: the server refused it unprocessed (GOAWAY)
    send();
}

void ApiCall::withdrawIfNotSent()
{
    // A stop: a request Qt holds without having sent it (a new connection being made after a
    // recycle, a stream to wait for) is not left to go out later. Only over HTTP/2, where a
    // request is sent (its stream made) at once, and only one handed to Qt 50 ms ago or more:
    // a younger one's word may simply be on its way. It counts as a try that may have arrived
    // (a DELETE is then asked about, or reported unknown after a sign-out).
    if (m_finished || !m_reply || m_sendsThisTry > 0 || !m_watch || !m_watch->isHttp2(m_request.url)
        || m_tryClock.elapsed() < 50)
        return;
    m_noMoreTries = true;
    m_withdrawn = true;
    if (m_unsentTimer)
        m_unsentTimer->stop();
    sendAgainUnsent(true);
}

void ApiCall::failBeforeSending(const ApiError &error)
{
    // Queued, so that the caller can connect to finished() after the call was made.
    QTimer::singleShot(0, this, [this, error] {
        if (!m_finished)
            finish(error);
    });
}

void ApiCall::decoded(const ApiError &error)
{
    if (m_finished)
        return;
    settle(error, bool(error));
}

void ApiCall::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    if (m_retryTimer)
        m_retryTimer->stop();
    abortReply();
    finish(ApiError::cancelled());
}

void ApiCall::abandon()
{
    disconnect(); // nobody hears of it again, not even of the cancel
    cancel();
}

static int retryAfterSeconds(const QNetworkReply *reply)
{
    const QByteArray value = reply->rawHeader("Retry-After").trimmed();
    if (value.isEmpty())
        return -1;
    bool ok = false;
    const int seconds = value.toInt(&ok);
    if (ok)
        return qMax(0, seconds);
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    return int(std::clamp<qint64>(QDateTime::currentDateTimeUtc().secsTo(when), 0, 24 * 3600));
}

// Whether a request that ended in this transport error may have reached the server and been
// carried out. Failures before or while connecting say it did not.
static bool mayHaveArrived(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::UnknownProxyError:
    case QNetworkReply::ProtocolUnknownError:
        return false;
    default:
        return true;
    }
}

void ApiCall::onReplyFinished()
{
    QNetworkReply *reply = std::exchange(m_reply, nullptr);
    if (!reply)
        return;
    reply->deleteLater();
    if (m_finished)
        return;

    if (m_unsentTimer)
        m_unsentTimer->stop();
    const QNetworkReply::NetworkError networkError = reply->error();
    // A stream the server refused by GOAWAY (above its last stream id: not processed), or a
    // request Qt would not start on a connection that got one: the same try again at once, on
    // a new connection.
    if (m_request.body.isEmpty()
        && (networkError == QNetworkReply::ContentReSendError
            || (networkError == QNetworkReply::ProtocolUnknownError
                && reply->errorString().contains(QLatin1String("GOAWAY"))))
        && m_watch && m_watch->isHttp2(m_request.url)) {
        m_watch->goingAway(m_request.url, m_connection);
        sendAgainUnsent(false);
        return;
    }
    if (m_sendsThisTry > 1)
        m_earlierMayHaveArrived = true;
    m_lastRoundTripMs = m_tryClock.isValid() ? m_tryClock.elapsed() : -1;
    m_http2 = reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool();
    if (m_http2 && m_watch)
        m_watch->answeredOverHttp2(m_request.url);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_httpStatus = status;
    m_rateLimit = RateLimitFields::parse(
        reply->rawHeader("RateLimit-Policy"), reply->rawHeader("RateLimit"),
        reply->rawHeader("RateLimit-Remaining"), reply->rawHeader("RateLimit-Reset"));

    if (m_tooLarge) {
        settle(ApiError::badResponse(
                   status, tr("the answer is larger than %1 MB").arg(MaxBodyBytes / (1024 * 1024))),
               true);
        return;
    }
    // Transport-level failures (codes below 200: connection, TLS, timeout, proxy) win over a
    // status line that may have arrived before the connection broke.
    if (networkError != QNetworkReply::NoError && (status == 0 || int(networkError) < 200)) {
        const bool arrived = m_tlsErrors.isEmpty() && mayHaveArrived(networkError);
        switch (networkError) {
        case QNetworkReply::OperationCanceledError:
            // Only the transfer timeout aborts a reply without cancel() having been called.
            settle(ApiError::fromTransport(ApiError::Kind::Timeout, reply->errorString()), arrived);
            return;
        case QNetworkReply::TimeoutError:
            settle(ApiError::fromTransport(ApiError::Kind::Timeout, reply->errorString()), arrived);
            return;
        case QNetworkReply::SslHandshakeFailedError:
            settle(ApiError::fromTransport(ApiError::Kind::Tls,
                                           m_tlsErrors.isEmpty()
                                               ? reply->errorString()
                                               : m_tlsErrors.join(QLatin1String("; "))),
                   false);
            return;
        default:
            if (!m_tlsErrors.isEmpty()) {
                settle(ApiError::fromTransport(ApiError::Kind::Tls,
                                               m_tlsErrors.join(QLatin1String("; "))),
                       false);
                return;
            }
            settle(ApiError::fromTransport(ApiError::Kind::Network, reply->errorString()), arrived);
            return;
        }
    }

    const QByteArray body = reply->readAll();
    if (status >= 200 && status < 300) {
        decodeAnswer(status, body);
        return;
    }
    if (status >= 300 && status < 400) {
        const QString location = QString::fromUtf8(reply->rawHeader("Location"));
        settle(ApiError::badResponse(
                   status,
                   tr("the server redirects to %1")
                       .arg(location.isEmpty() ? tr("another address") : location.left(200))),
               true);
        return;
    }
    // Any 5xx may come after the request was carried out: a gateway's 502, 503 or 504, and a
    // 500 from an application that failed after deleting, or a gateway's 500 page. (A DELETE so
    // answered is checked with a GET.)
    settle(ApiError::fromHttp(status, body,
                              reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(),
                              retryAfterSeconds(reply)),
           status >= 500);
}

void ApiCall::settle(const ApiError &error, bool mayHaveArrived)
{
    m_lastMayHaveArrived = mayHaveArrived;
    const RetryPolicy &policy = m_request.retry;
    const bool retryAfterTooLong = error.retryAfterSeconds() > policy.maxRetryAfterSeconds;
    if (error && !m_cancelled && !m_noMoreTries && m_attempt < policy.maxAttempts
        && RetryPolicy::isRetryable(error) && !retryAfterTooLong) {
        m_lastError = error;
        int delay = policy.delayBefore(m_attempt + 1, QRandomGenerator::global()->generateDouble());
        if (error.retryAfterSeconds() >= 0)
            delay = qMax(delay, error.retryAfterSeconds() * 1000);
        if (!m_retryTimer) {
            m_retryTimer = new QTimer(this);
            m_retryTimer->setSingleShot(true);
            connect(m_retryTimer, &QTimer::timeout, this, &ApiCall::send);
        }
        m_retryTimer->start(delay);
        emit retrying(m_attempt + 1, policy.maxAttempts, delay, error);
        return;
    }
    if (error && m_attempt > 1)
        finish(error.afterAttempts(m_attempt));
    else
        finish(error);
}

void ApiCall::finish(const ApiError &error)
{
    m_finished = true;
    m_error = error.redacted(m_sentToken);
    m_sentToken.clear();
    if (m_retryTimer)
        m_retryTimer->stop();
    deleteLater();
    emit finished();
}
