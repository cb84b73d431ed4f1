#pragma once

#include "ApiCall.h"
#include "ConcurrencyControl.h"
#include "TokenTypes.h"

#include <QObject>
#include <QPointer>

#include <optional>

class TokensApi;

// Finds out whether the console's own token is among some pairs when the console does not know
// who it is signed in as (a pasted token, client credentials): the details call returns each
// pair's token value, which is compared with the session's own. As many at once as its
// ConcurrencyControl allows (six over HTTP/1.1, adapting up to Requests at Once over HTTP/2);
// stops at the first match. The value is compared inside TokensApi and never kept here.
class OwnTokenFinder : public QObject
{
    Q_OBJECT

public:
    static constexpr int Parallel = ConcurrencyControl::Http1Limit; // at most, over HTTP/1.1
    // Tokens > Requests at Once: never more than cap at once (1 to 64).
    void setRequestsAtOnce(int cap);

    explicit OwnTokenFinder(TokensApi *api, QObject *parent = nullptr);
    ~OwnTokenFinder() override;

    void start(const QList<TokenKey> &keys);
    void cancel();
    bool isRunning() const { return m_running; }
    // The pair whose token is the console's own, when one was found.
    const std::optional<TokenKey> &found() const { return m_found; }
    int checkedCount() const { return m_checked; }
    // Pairs whose details could not be read (other than "no such token"): any could be the own.
    int failedCount() const { return m_failed; }
    QString lastError() const { return m_lastError; }
    int total() const { return int(m_keys.size()); }

signals:
    void progress(int checked, int total);
    void finished();

private:
    void sendMore();
    void finish();

    TokensApi *m_api;
    QList<TokenKey> m_keys;
    qsizetype m_next = 0;
    QList<QPointer<ApiCall>> m_calls;
    std::optional<TokenKey> m_found;
    int m_checked = 0;
    int m_failed = 0;
    QString m_lastError;
    bool m_running = false;
    quint64 m_session = 0; // the session the pairs are checked for
    ConcurrencyControl *m_control;
};
