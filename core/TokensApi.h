#pragma once

#include "ApiCall.h"
#include "ApiUrls.h"
#include "ConcurrencyControl.h"

#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

// The AuthTokens calls (list, get one, delete) over one injected QNetworkAccessManager.
// Every call is a separate ApiCall object, so a newer request never mixes with an older
// reply; callers that replace a query cancel() the older call.
class TokensApi : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultTimeoutMs = 30000;

    explicit TokensApi(QNetworkAccessManager *manager, QObject *parent = nullptr);

    // Where and with which token the calls go. Each session has a credential that its calls
    // share (see ApiCredential): beginSession(), or a changed base URL or token, ends the
    // current one, so that a call still waiting to try again is never sent, neither with the
    // old token nor to the new server. A refresh renews the token within the session.
    void beginSession(const QUrl &baseUrl, const QString &token);
    void renewAccessToken(const QString &token);
    void endSession();
    void setBaseUrl(const QUrl &baseUrl);
    QUrl baseUrl() const { return m_baseUrl; }
    void setAccessToken(const QString &token);
    bool hasAccessToken() const { return !m_credential->token.isEmpty(); }
    // Whether value is the token the calls are sent with now (the value itself stays here).
    bool isOwnToken(const QString &value) const
    {
        return !value.isEmpty() && value == m_credential->token;
    }
    // Which session the calls made now belong to; a newer session has a larger number.
    quint64 sessionGeneration() const { return m_credential->generation; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }
    // For GET and DELETE (idempotent); the default retries up to 4 times.
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    const RetryPolicy &retryPolicy() const { return m_retry; }

    // How many requests the bulk work of this session keeps on the wire (see
    // ConcurrencyControl): shared by every reader and revoker made with this api. Back to the
    // start when the server changes.
    ConcurrencyControl *concurrency() const { return m_concurrency; }

    ListTokensCall *listTokens(const ListQuery &query);
    GetTokenCall *getToken(const TokenKey &key);
    // Refuses (finishes with InvalidRequest, sends nothing) a target that isValid() denies.
    DeleteTokensCall *deleteTokens(const DeleteTarget &target);

private:
    ApiCall::Request request(const QByteArray &verb, const QUrl &url) const;

    QNetworkAccessManager *m_manager;
    void newCredential(const QString &token);

    QUrl m_baseUrl;
    std::shared_ptr<ApiCredential> m_credential;
    int m_timeoutMs = DefaultTimeoutMs;
    RetryPolicy m_retry;
    ConcurrencyControl *m_concurrency;
};
