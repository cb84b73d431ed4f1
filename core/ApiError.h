#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

// What went wrong with one API call, with one readable message made in one place.
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind {
        None,
        Network, // unreachable, refused, reset, DNS
        Timeout,
        Tls,
        BadRequest, // 400
        Unauthorized, // 401: token invalid or expired
        Forbidden, // 403: lacks TOKENS_ADMIN
        NotFound, // 404
        RateLimited, // 429
        Server, // 5xx and other unexpected statuses
        BadResponse, // 2xx that is not what the contract says (malformed JSON, HTML...)
        InvalidRequest, // refused by the client before sending (e.g. a DELETE with no parameter)
        Cancelled,
        SessionEnded, // not sent: the session it was made for ended (sign-out, another sign-in)
        // Every answer was fine, but together they do not prove a read of every matching token
        // complete (rows missing, a total that changed, a page past the total): nothing that
        // depends on "every match" may act on it.
        Incomplete,
    };

    ApiError() = default;
    ApiError(Kind kind, int httpStatus, QString message, QString serverDetail = {});

    // An HTTP answer that is not a success. body and contentType come from the reply;
    // retryAfterSeconds is the parsed Retry-After header, or -1.
    static ApiError fromHttp(int httpStatus, const QByteArray &body, const QByteArray &contentType,
                             int retryAfterSeconds = -1);
    // A transport failure (no HTTP status). detail is the network layer's own text.
    static ApiError fromTransport(Kind kind, const QString &detail);
    static ApiError badResponse(int httpStatus, const QString &what);
    static ApiError invalidRequest(const QString &why);
    static ApiError cancelled();
    static ApiError sessionEnded();
    // why: what did not add up ("the server said 20,000 tokens and served 2,000").
    static ApiError incomplete(const QString &why);

    bool isError() const { return m_kind != Kind::None; }
    explicit operator bool() const { return isError(); }
    Kind kind() const { return m_kind; }
    int httpStatus() const { return m_httpStatus; }
    // One readable sentence or two, for a banner or a dialog. Never contains raw HTML.
    QString message() const { return m_message; }
    // What the server itself said, if it said anything readable.
    QString serverDetail() const { return m_serverDetail; }
    int retryAfterSeconds() const { return m_retryAfter; }
    // An HTTP error whose body is the API's own JSON (a Knetik Result or a Spring OAuth error),
    // not a page from a proxy in front of it: only such a 404 proves that a token is gone.
    bool isFromApi() const { return m_fromApi; }

    static QString kindName(Kind kind);

    // The same error with every occurrence of secret replaced: some servers echo the bearer
    // token in their error text ("Invalid access token: ..."), and messages reach the screen
    // and the audit journal.
    ApiError redacted(const QString &secret) const;
    // The same error, its message saying how many tries were made.
    ApiError afterAttempts(int attempts) const;

private:
    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    int m_retryAfter = -1;
    bool m_fromApi = false;
    QString m_message;
    QString m_serverDetail;
};

Q_DECLARE_METATYPE(ApiError)
