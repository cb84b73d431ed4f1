#include "ApiError.h"

#include "TokenJson.h"

#include <utility>

ApiError::ApiError(Kind kind, int httpStatus, QString message, QString serverDetail)
    : m_kind(kind),
      m_httpStatus(httpStatus),
      m_message(std::move(message)),
      m_serverDetail(std::move(serverDetail))
{ }

static QString withDetail(const QString &summary, const QString &detail)
{
    if (detail.isEmpty())
        return summary;
    return ApiError::tr("%1 The server said: \"%2\"").arg(summary, detail);
}

ApiError ApiError::fromHttp(int status, const QByteArray &body, const QByteArray &contentType,
                            int retryAfterSeconds)
{
    const QString detail = TokenJson::decodeErrorDetail(body, contentType);
    Kind kind = Kind::Server;
    QString summary;
    switch (status) {
    case 400:
        kind = Kind::BadRequest;
        summary = tr("The server rejected the request (HTTP 400).");
        break;
    case 401:
        kind = Kind::Unauthorized;
        summary = tr("The access token is invalid or has expired. Sign in again.");
        break;
    case 403:
        kind = Kind::Forbidden;
        summary = tr("This access token lacks the TOKENS_ADMIN permission.");
        break;
    case 404:
        kind = Kind::NotFound;
        summary = tr("Not found (HTTP 404).");
        break;
    case 429:
        kind = Kind::RateLimited;
        summary = retryAfterSeconds >= 0
            ? tr("The server is limiting requests; it asks to wait %n second(s).", nullptr,
                 retryAfterSeconds)
            : tr("The server is limiting requests (HTTP 429).");
        break;
    default:
        if (status >= 500)
            summary = tr("The server failed (HTTP %1). Try again later.").arg(status);
        else
            summary = tr("The server answered with an unexpected HTTP status %1.").arg(status);
        break;
    }
    ApiError error(kind, status, withDetail(summary, detail), detail);
    error.m_retryAfter = retryAfterSeconds;
    error.m_fromApi = TokenJson::isApiErrorBody(body, contentType);
    return error;
}

ApiError ApiError::fromTransport(Kind kind, const QString &detail)
{
    QString summary;
    switch (kind) {
    case Kind::Timeout:
        summary = tr("The server did not answer in time.");
        break;
    case Kind::Tls:
        summary = tr("The secure connection failed: %1").arg(detail);
        return ApiError(kind, 0, summary, detail);
    default:
        summary = tr("The server cannot be reached: %1").arg(detail);
        return ApiError(Kind::Network, 0, summary, detail);
    }
    return ApiError(kind, 0, summary, detail);
}

ApiError ApiError::badResponse(int httpStatus, const QString &what)
{
    return ApiError(
        Kind::BadResponse, httpStatus,
        tr("The server's answer could not be understood (%1). Check the server URL.").arg(what),
        {});
}

ApiError ApiError::invalidRequest(const QString &why)
{
    return ApiError(Kind::InvalidRequest, 0, why, {});
}

ApiError ApiError::cancelled()
{
    return ApiError(Kind::Cancelled, 0, tr("Cancelled."), {});
}

ApiError ApiError::sessionEnded()
{
    return ApiError(Kind::SessionEnded, 0, tr("Not sent: the session it was made for has ended."),
                    {});
}

ApiError ApiError::incomplete(const QString &why)
{
    return ApiError(Kind::Incomplete, 0,
                    tr("The list the server gave does not add up: %1. It was not used for "
                       "anything that needs every token; read it again.")
                        .arg(why),
                    {});
}

ApiError ApiError::redacted(const QString &secret) const
{
    if (secret.size() < 4)
        return *this;
    ApiError copy = *this;
    const QString mask = tr("[access token]");
    copy.m_message.replace(secret, mask);
    copy.m_serverDetail.replace(secret, mask);
    return copy;
}

ApiError ApiError::afterAttempts(int attempts) const
{
    ApiError copy = *this;
    copy.m_message = tr("%1 (Gave up after %n tries.)", nullptr, attempts).arg(m_message);
    return copy;
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::BadRequest:
        return QStringLiteral("bad-request");
    case Kind::Unauthorized:
        return QStringLiteral("unauthorized");
    case Kind::Forbidden:
        return QStringLiteral("forbidden");
    case Kind::NotFound:
        return QStringLiteral("not-found");
    case Kind::RateLimited:
        return QStringLiteral("rate-limited");
    case Kind::Server:
        return QStringLiteral("server");
    case Kind::BadResponse:
        return QStringLiteral("bad-response");
    case Kind::InvalidRequest:
        return QStringLiteral("invalid-request");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::SessionEnded:
        return QStringLiteral("session-ended");
    case Kind::Incomplete:
        return QStringLiteral("incomplete");
    }
    return QStringLiteral("unknown");
}
