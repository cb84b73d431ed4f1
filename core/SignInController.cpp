#include "SignInController.h"

#include "ApiUrls.h"
#include "OAuthClient.h"
#include "TokensApi.h"

#include <QDateTime>
#include <QTimer>

std::optional<TokenKey> SessionInfo::identity() const
{
    if (username.isEmpty() || clientId.isEmpty())
        return std::nullopt;
    return TokenKey {username, clientId};
}

QString SessionInfo::signer() const
{
    if (username.isEmpty() && clientId.isEmpty())
        return {};
    return username + QLatin1Char('@') + clientId;
}

SignInController::SignInController(QNetworkAccessManager *manager, QObject *parent)
    : QObject(parent),
      m_manager(manager),
      m_api(new TokensApi(manager, this)),
      m_oauth(new OAuthClient(manager, this))
{ }

SignInController::~SignInController()
{
    cancel();
}

QString SignInController::checkBaseUrl(const QString &text, QUrl *url)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return tr("Enter the server's address, for example https://sandbox.knetikcloud.com.");
    QUrl parsed(trimmed, QUrl::StrictMode);
    if (parsed.scheme().isEmpty() && !trimmed.contains(QLatin1String("://")))
        parsed = QUrl(QStringLiteral("https://") + trimmed, QUrl::StrictMode);
    if (!ApiUrls::isUsableBaseUrl(parsed))
        return tr("\u201C%1\u201D is not a server address: use http:// or https://, a host name, "
                  "and no query.")
            .arg(trimmed);
    *url = parsed.adjusted(QUrl::StripTrailingSlash);
    if (url->path() == QLatin1String("/"))
        url->setPath(QString());
    return {};
}

void SignInController::cancel()
{
    if (m_call)
        m_call->abandon();
    m_call = nullptr;
}

void SignInController::start(const SignInRequest &request)
{
    cancel();
    m_request = request;
    m_session = SessionInfo {};
    m_session.baseUrl = request.baseUrl;
    if (request.method == SignInRequest::Method::AccessToken) {
        m_session.accessToken = request.accessToken.trimmed();
        if (m_session.accessToken.isEmpty()) {
            failLater(tr("Paste an access token."));
            return;
        }
        check();
        return;
    }
    OAuthGrantRequest grant;
    grant.type = request.method == SignInRequest::Method::Password
        ? OAuthGrantRequest::Type::Password
        : OAuthGrantRequest::Type::ClientCredentials;
    grant.clientId = request.clientId.trimmed();
    grant.clientSecret = request.clientSecret;
    grant.username = request.username.trimmed();
    grant.password = request.password;
    const QString missing = grant.missingField();
    if (!missing.isEmpty()) {
        failLater(missing);
        return;
    }
    m_oauth->setBaseUrl(request.baseUrl);
    emit stepChanged(tr("Getting an access token from %1...").arg(request.baseUrl.host()));
    AccessTokenCall *call = m_oauth->requestToken(grant);
    m_call = call;
    connect(call, &ApiCall::finished, this, [this, call, grant] {
        m_call = nullptr;
        if (call->error()) {
            fail(call->error(), true);
            return;
        }
        const AccessTokenGrant &token = call->value();
        m_session.accessToken = token.accessToken;
        m_session.refreshToken = token.refreshToken;
        m_session.clientId = grant.clientId;
        if (grant.type == OAuthGrantRequest::Type::Password)
            m_session.username = grant.username;
        if (token.expiresInSeconds >= 0)
            m_session.expiresAtMs
                = QDateTime::currentMSecsSinceEpoch() + token.expiresInSeconds * 1000;
        check();
    });
}

void SignInController::failLater(const QString &message)
{
    // Queued, like every other outcome, so that callers may connect after start().
    QTimer::singleShot(
        0, this, [this, message] { emit failed(message, ApiError::invalidRequest(message)); });
}

void SignInController::verify(const SessionInfo &session)
{
    cancel();
    m_request = SignInRequest {};
    m_request.baseUrl = session.baseUrl;
    m_session = session;
    check();
}

void SignInController::check()
{
    emit stepChanged(tr("Checking the access token with %1...").arg(m_session.baseUrl.host()));
    m_api->setBaseUrl(m_session.baseUrl);
    m_api->setAccessToken(m_session.accessToken);
    ListQuery query;
    query.size = 1;
    ListTokensCall *call = m_api->listTokens(query);
    m_call = call;
    connect(call, &ApiCall::finished, this, [this, call] {
        m_call = nullptr;
        if (call->error()) {
            fail(call->error(), false);
            return;
        }
        emit succeeded(m_session);
    });
}

void SignInController::fail(const ApiError &error, bool atTokenEndpoint)
{
    const QString host = m_session.baseUrl.host();
    QString message;
    switch (error.kind()) {
    case ApiError::Kind::Network:
        message = tr("Cannot reach %1: %2. Check the address and the network.")
                      .arg(host, error.serverDetail());
        break;
    case ApiError::Kind::Tls:
        message = tr("The secure connection to %1 failed: %2").arg(host, error.serverDetail());
        break;
    case ApiError::Kind::Timeout:
        message = tr("%1 did not answer in time.").arg(host);
        break;
    case ApiError::Kind::Unauthorized:
        message = atTokenEndpoint ? tr("The client id or the client secret is wrong.")
                                  : tr("The access token is invalid or has expired.");
        break;
    case ApiError::Kind::BadRequest:
        message = atTokenEndpoint && m_request.method == SignInRequest::Method::Password
            ? tr("The username or the password is wrong (or this client may not use them).")
            : tr("The server refused the sign-in: %1").arg(error.message());
        break;
    case ApiError::Kind::Forbidden:
        message = tr(
            "This access token lacks the TOKENS_ADMIN permission, so it cannot manage tokens.");
        break;
    case ApiError::Kind::NotFound:
    case ApiError::Kind::BadResponse:
        message
            = tr("%1 does not answer like a Knetik server (%2). Check the URL, including any path.")
                  .arg(m_session.baseUrl.toDisplayString(),
                       error.httpStatus() ? tr("HTTP %1").arg(error.httpStatus()) : tr("not JSON"));
        break;
    case ApiError::Kind::Cancelled:
        return;
    default:
        message = error.message();
        break;
    }
    emit failed(message, error);
}
