#pragma once

#include "ApiCall.h"
#include "ApiUrls.h"

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

    void setBaseUrl(const QUrl &baseUrl) { m_baseUrl = baseUrl; }
    QUrl baseUrl() const { return m_baseUrl; }
    void setAccessToken(const QString &token) { m_accessToken = token; }
    bool hasAccessToken() const { return !m_accessToken.isEmpty(); }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }
    // For GET and DELETE (idempotent); the default retries up to 4 times.
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    const RetryPolicy &retryPolicy() const { return m_retry; }

    ListTokensCall *listTokens(const ListQuery &query);
    GetTokenCall *getToken(const TokenKey &key);
    // Refuses (finishes with InvalidRequest, sends nothing) a target that isValid() denies.
    DeleteTokensCall *deleteTokens(const DeleteTarget &target);

private:
    ApiCall::Request request(const QByteArray &verb, const QUrl &url) const;

    QNetworkAccessManager *m_manager;
    QUrl m_baseUrl;
    QString m_accessToken;
    int m_timeoutMs = DefaultTimeoutMs;
    RetryPolicy m_retry;
};
