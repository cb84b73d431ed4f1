#pragma once

#include "ApiCall.h"

#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

// What to send to POST /oauth/token.
struct OAuthGrantRequest
{
    enum class Type { ClientCredentials, Password, RefreshToken };
    Type type = Type::ClientCredentials;
    QString clientId;
    QString clientSecret; // client credentials (and optional for the others)
    QString username; // password grant
    QString password; // password grant
    QString refreshToken; // refresh grant

    static QString grantTypeName(Type type);
    // Empty when complete, else a readable reason.
    QString missingField() const;
};

class OAuthClient : public QObject
{
    Q_OBJECT

public:
    explicit OAuthClient(QNetworkAccessManager *manager, QObject *parent = nullptr);

    void setBaseUrl(const QUrl &baseUrl) { m_baseUrl = baseUrl; }
    QUrl baseUrl() const { return m_baseUrl; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    AccessTokenCall *requestToken(const OAuthGrantRequest &grant);

    // application/x-www-form-urlencoded body of a grant (exposed for tests).
    static QByteArray formBody(const OAuthGrantRequest &grant);

private:
    QNetworkAccessManager *m_manager;
    QUrl m_baseUrl;
    int m_timeoutMs = 30000;
};
