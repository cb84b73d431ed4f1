#include "TokensApi.h"

#include <atomic>

TokensApi::TokensApi(QNetworkAccessManager *manager, QObject *parent)
    : QObject(parent),
      m_manager(manager),
      m_concurrency(new ConcurrencyControl(ConcurrencyControl::MaxLimit, this))
{
    newCredential({});
}

void TokensApi::newCredential(const QString &token)
{
    static std::atomic<quint64> generations {0};
    if (m_credential) {
        m_credential->ended = true;
        m_credential->token.clear();
    }
    m_credential = std::make_shared<ApiCredential>();
    m_credential->token = token;
    m_credential->generation = ++generations;
}

void TokensApi::beginSession(const QUrl &baseUrl, const QString &token)
{
    if (baseUrl != m_baseUrl)
        m_concurrency->reset(); // what one server allows says nothing of another
    m_baseUrl = baseUrl;
    newCredential(token);
}

void TokensApi::renewAccessToken(const QString &token)
{
    m_credential->token = token;
}

void TokensApi::endSession()
{
    newCredential({});
}

void TokensApi::setBaseUrl(const QUrl &baseUrl)
{
    if (baseUrl == m_baseUrl)
        return;
    m_concurrency->reset();
    m_baseUrl = baseUrl;
    newCredential(m_credential->token);
}

void TokensApi::setAccessToken(const QString &token)
{
    if (token != m_credential->token || m_credential->ended)
        newCredential(token);
}

ApiCall::Request TokensApi::request(const QByteArray &verb, const QUrl &url) const
{
    ApiCall::Request request;
    request.verb = verb;
    request.url = url;
    request.credential = m_credential; // shared, not copied: see ApiCredential
    request.timeoutMs = m_timeoutMs;
    request.retry = m_retry; // GET and DELETE only: both idempotent
    return request;
}

ListTokensCall *TokensApi::listTokens(const ListQuery &query)
{
    auto *call
        = new ListTokensCall(m_manager, request("GET", ApiUrls::listTokens(m_baseUrl, query)),
                             &TokenJson::decodePage, this);
    call->start();
    return call;
}

GetTokenCall *TokensApi::getToken(const TokenKey &key)
{
    auto *call = new GetTokenCall(m_manager, request("GET", ApiUrls::token(m_baseUrl, key)),
                                  &TokenJson::decodeTokenDetails, this);
    if (!key.isComplete()) {
        call->failBeforeSending(
            ApiError::invalidRequest(tr("A token needs both a username and a client id.")));
    } else if (ApiUrls::isDotSegment(key.username) || ApiUrls::isDotSegment(key.clientId)) {
        call->failBeforeSending(ApiError::invalidRequest(
            tr("A username or client id of \".\" or \"..\" cannot be looked up: in a URL path "
               "it means a directory step. It can still be revoked.")));
    } else {
        call->start();
    }
    return call;
}

DeleteTokensCall *TokensApi::deleteTokens(const DeleteTarget &target)
{
    auto *call = new DeleteTokensCall(
        m_manager, request("DELETE", ApiUrls::deleteTokens(m_baseUrl, target)), this);
    if (!target.isValid()) {
        // Never send a DELETE that could match more than its scope says.
        call->failBeforeSending(
            ApiError::invalidRequest(tr("Refused to revoke: the username or client id is empty.")));
    } else {
        call->start();
    }
    return call;
}
