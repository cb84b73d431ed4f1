#pragma once

#include "SignInController.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class OAuthClient;
class TokensApi;

// The signed-in session: gives the TokensApi its token, and refreshes the token before it
// expires when the server gave a refresh token, without interrupting the admin.
class Session : public QObject
{
    Q_OBJECT

public:
    Session(TokensApi *api, OAuthClient *oauth, QObject *parent = nullptr);
    ~Session() override;

    void begin(const SessionInfo &info);
    void end();
    bool isActive() const { return !m_info.accessToken.isEmpty(); }
    const SessionInfo &info() const { return m_info; }
    // Seconds until the token expires; -1 when unknown.
    qint64 secondsLeft() const;
    bool canRefresh() const { return !m_info.refreshToken.isEmpty() && !m_info.clientId.isEmpty(); }
    void refreshNow();

    // How long before expiry a refresh starts: a fifth of the lifetime, 5 s to 60 s.
    static qint64 refreshLeadMs(qint64 lifetimeMs);

signals:
    void began();
    void ended();
    void refreshed(); // a new token is in use
    void refreshFailed(const ApiError &error);

private:
    void schedule();

    TokensApi *m_api;
    OAuthClient *m_oauth;
    SessionInfo m_info;
    QTimer m_refreshTimer;
    QPointer<ApiCall> m_call;
};
