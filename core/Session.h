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
    // A new sign-in is starting: a refresh in flight is dropped (its answer would install a
    // token into whichever session comes next); the timer stops until the next begin().
    void abandonRefresh();
    // Plans the next refresh again (after a sign-in that did not happen).
    void reschedule() { schedule(); }

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
