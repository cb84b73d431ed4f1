#pragma once

#include "ApiCall.h"
#include "TokenTypes.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <optional>

class QNetworkAccessManager;
class OAuthClient;
class TokensApi;

// A signed-in session: where, with which token, and who (when known).
struct SessionInfo
{
    QUrl baseUrl;
    QString accessToken;
    QString refreshToken;
    QString clientId;
    QString username;
    qint64 expiresAtMs = 0; // 0: the server did not say

    // The (username, client id) pair of the console's own token, when both are known.
    std::optional<TokenKey> identity() const;
    // Who signs a revocation: "username@client" ("@client" for a client's own token), or empty
    // when neither is known (a pasted token).
    QString signer() const;
};
Q_DECLARE_METATYPE(SessionInfo)

struct SignInRequest
{
    enum class Method { AccessToken, ClientCredentials, Password };
    QUrl baseUrl;
    Method method = Method::AccessToken;
    QString accessToken;
    QString clientId;
    QString clientSecret;
    QString username;
    QString password;
};

// Signs in: gets a token from /oauth/token if asked to, then checks it with
// GET /auth/tokens?size=1 before accepting it, and says exactly what is wrong if anything is.
class SignInController : public QObject
{
    Q_OBJECT

public:
    explicit SignInController(QNetworkAccessManager *manager, QObject *parent = nullptr);
    ~SignInController() override;

    // Empty when text is a usable base URL (then *url is set), else a readable reason.
    static QString checkBaseUrl(const QString &text, QUrl *url);

    void start(const SignInRequest &request);
    // Checks a session that already has a token (a remembered one, --token-stdin).
    void verify(const SessionInfo &session);
    void cancel();
    bool isRunning() const { return m_call != nullptr; }

signals:
    void stepChanged(const QString &text);
    void succeeded(const SessionInfo &session);
    void failed(const QString &message, const ApiError &error);

private:
    void check();
    void failLater(const QString &message);
    void fail(const ApiError &error, bool atTokenEndpoint);

    QNetworkAccessManager *m_manager;
    TokensApi *m_api;
    OAuthClient *m_oauth;
    SignInRequest m_request;
    SessionInfo m_session;
    QPointer<ApiCall> m_call;
};
