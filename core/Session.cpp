#include "Session.h"

#include "OAuthClient.h"
#include "TokensApi.h"

#include <QDateTime>

#include <algorithm>

Session::Session(TokensApi *api, OAuthClient *oauth, QObject *parent)
    : QObject(parent), m_api(api), m_oauth(oauth)
{
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_refreshTimer, &QTimer::timeout, this, &Session::refreshNow);
}

Session::~Session()
{
    if (m_call)
        m_call->abandon();
}

void Session::begin(const SessionInfo &info)
{
    // A refresh of the session before must not install its token into this one.
    abandonRefresh();
    m_info = info;
    m_api->beginSession(info.baseUrl, info.accessToken);
    m_oauth->setBaseUrl(info.baseUrl);
    schedule();
    emit began();
}

void Session::end()
{
    abandonRefresh();
    // Forget the secrets, not the server.
    m_info.accessToken.clear();
    m_info.refreshToken.clear();
    m_info.expiresAtMs = 0;
    m_api->endSession();
    emit ended();
}

void Session::abandonRefresh()
{
    m_refreshTimer.stop();
    if (m_call)
        m_call->abandon();
    m_call = nullptr;
}

qint64 Session::secondsLeft() const
{
    if (m_info.expiresAtMs <= 0)
        return -1;
    return qMax<qint64>(0, (m_info.expiresAtMs - QDateTime::currentMSecsSinceEpoch()) / 1000);
}

qint64 Session::refreshLeadMs(qint64 lifetimeMs)
{
    return std::clamp<qint64>(lifetimeMs / 5, 5000, 60000);
}

void Session::schedule()
{
    m_refreshTimer.stop();
    if (!canRefresh() || m_info.expiresAtMs <= 0)
        return;
    const qint64 left = m_info.expiresAtMs - QDateTime::currentMSecsSinceEpoch();
    const qint64 due = qMax<qint64>(0, left - refreshLeadMs(left));
    m_refreshTimer.start(int(qMin<qint64>(due, 24LL * 3600 * 1000)));
}

void Session::refreshNow()
{
    if (!canRefresh() || m_call)
        return;
    OAuthGrantRequest grant;
    grant.type = OAuthGrantRequest::Type::RefreshToken;
    grant.clientId = m_info.clientId;
    grant.refreshToken = m_info.refreshToken;
    AccessTokenCall *call = m_oauth->requestToken(grant);
    m_call = call;
    connect(call, &ApiCall::finished, this, [this, call] {
        m_call = nullptr;
        if (call->error()) {
            emit refreshFailed(call->error());
            return;
        }
        const AccessTokenGrant &token = call->value();
        m_info.accessToken = token.accessToken;
        if (!token.refreshToken.isEmpty())
            m_info.refreshToken = token.refreshToken;
        m_info.expiresAtMs = token.expiresInSeconds >= 0
            ? QDateTime::currentMSecsSinceEpoch() + token.expiresInSeconds * 1000
            : 0;
        m_api->renewAccessToken(m_info.accessToken);
        schedule();
        emit refreshed();
    });
}
