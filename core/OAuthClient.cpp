#include "OAuthClient.h"

#include "ApiUrls.h"

QString OAuthGrantRequest::grantTypeName(Type type)
{
    switch (type) {
    case Type::ClientCredentials:
        return QStringLiteral("client_credentials");
    case Type::Password:
        return QStringLiteral("password");
    case Type::RefreshToken:
        return QStringLiteral("refresh_token");
    }
    return {};
}

QString OAuthGrantRequest::missingField() const
{
    if (clientId.isEmpty())
        return OAuthClient::tr("Enter a client id.");
    switch (type) {
    case Type::ClientCredentials:
        if (clientSecret.isEmpty())
            return OAuthClient::tr("Enter the client secret.");
        break;
    case Type::Password:
        if (username.isEmpty())
            return OAuthClient::tr("Enter a username.");
        if (password.isEmpty())
            return OAuthClient::tr("Enter the password.");
        break;
    case Type::RefreshToken:
        if (refreshToken.isEmpty())
            return OAuthClient::tr("There is no refresh token.");
        break;
    }
    return {};
}

OAuthClient::OAuthClient(QNetworkAccessManager *manager, QObject *parent)
    : QObject(parent), m_manager(manager)
{ }

QByteArray OAuthClient::formBody(const OAuthGrantRequest &grant)
{
    QByteArray body;
    auto add = [&body](const char *name, const QString &value) {
        if (value.isEmpty())
            return;
        if (!body.isEmpty())
            body += '&';
        body += name;
        body += '=';
        body += ApiUrls::encodeComponent(value);
    };
    add("grant_type", OAuthGrantRequest::grantTypeName(grant.type));
    add("client_id", grant.clientId);
    add("client_secret", grant.clientSecret);
    if (grant.type == OAuthGrantRequest::Type::Password) {
        add("username", grant.username);
        add("password", grant.password);
    }
    if (grant.type == OAuthGrantRequest::Type::RefreshToken)
        add("refresh_token", grant.refreshToken);
    return body;
}

AccessTokenCall *OAuthClient::requestToken(const OAuthGrantRequest &grant)
{
    ApiCall::Request request;
    request.verb = "POST";
    request.url = ApiUrls::oauthToken(m_baseUrl);
    request.body = formBody(grant);
    request.contentType = "application/x-www-form-urlencoded";
    request.timeoutMs = m_timeoutMs;
    auto *call = new AccessTokenCall(m_manager, std::move(request),
                                     &TokenJson::decodeAccessTokenGrant, this);
    const QString missing = grant.missingField();
    if (!missing.isEmpty())
        call->failBeforeSending(ApiError::invalidRequest(missing));
    else
        call->start();
    return call;
}
