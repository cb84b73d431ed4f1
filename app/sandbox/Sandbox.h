#pragma once

#include "SandboxProtocol.h"
#include "TokenStore.h"

#include <QMutex>
#include <QObject>
#include <QThread>
#include <QUrl>

#include <atomic>
#include <functional>
#include <memory>

class SandboxServer;

// A Knetik-compatible server on 127.0.0.1, on a thread of its own so that a slow answer
// never stalls the thread that started it. Used by --demo, the tests, the benchmarks and the
// knetik-sandbox tool. All public functions are thread-safe.
class Sandbox : public QObject
{
    Q_OBJECT

public:
    // Accounts the sandbox knows from the start.
    static constexpr const char *AdminClientId = "knetik-admin"; // client credentials, TOKENS_ADMIN
    static constexpr const char *AdminClientSecret = "admin-secret";
    static constexpr const char *AdminUsername = "admin"; // password grant, TOKENS_ADMIN
    static constexpr const char *AdminPassword = "admin-password";
    static constexpr const char *PublicClientId = "console"; // for the password grant, no secret
    static constexpr const char *ReaderClientId = "reporting-readonly"; // no TOKENS_ADMIN: 403
    static constexpr const char *ReaderClientSecret = "reader-secret";

    struct Options
    {
        quint16 port = 0; // 0: any free port
        qint64 tokens = 0; // seeded rows
        quint64 seed = 1;
        QString adminToken; // empty: a random one
        int latencyMs = 0;
        int tokenLifetimeSeconds = 3600;
    };

    // One request as the sandbox saw it (for tests); never holds a token value.
    struct RecordedRequest
    {
        QByteArray method;
        QStringList path; // decoded segments
        SandboxProtocol::QueryItems query;
        QByteArray rawTarget; // encoded path and query, as sent
        bool hadAuthorization = false;
        QByteArray accept;
        int status = 0;
    };

    explicit Sandbox(const Options &options, QObject *parent = nullptr);
    ~Sandbox() override;

    // Seeds the store and starts listening; returns false and sets *error if it cannot.
    bool start(QString *error = nullptr);
    void stop();
    bool isRunning() const { return m_port != 0; }

    QUrl url() const;
    quint16 port() const { return m_port; }
    QString adminToken() const { return m_adminToken; }

    void setLatencyMs(int ms) { m_latencyMs.store(ms); }
    int latencyMs() const { return m_latencyMs.load(); }

    // Runs f with the store locked, on the calling thread.
    template<typename F>
    auto withStore(F &&f)
    {
        QMutexLocker lock(&m_mutex);
        return f(m_store);
    }
    // A token issued directly (as /oauth/token would), for tests. lifetimeSeconds 0: no expiry.
    QString issueToken(const QString &username, const QString &clientId, bool admin,
                       int lifetimeSeconds = 0);

    // The next count requests whose method and decoded path match (empty: any) answer
    // status instead, with a Knetik Result body. For tests of error handling.
    void failNext(int count, int status, const QByteArray &method = {}, const QString &pathPrefix = {});
    void clearFaults();
    // The same for requests whose "username" query parameter is exactly username.
    void failForUser(const QString &username, int count, int status);

    // The most requests the sandbox was answering at once since the last reset.
    int peakConcurrentRequests() const { return m_peakConcurrent.load(); }
    void resetPeakConcurrentRequests() { m_peakConcurrent.store(m_concurrent.load()); }

    QList<RecordedRequest> requests() const;
    void clearRequests();

    // The whole answer to one request; called on the server thread.
    struct Answer
    {
        int status = 200;
        QByteArray body;
        QByteArray contentType = "application/json;charset=UTF-8";
        QList<QPair<QByteArray, QByteArray>> headers;
    };
    Answer answer(const QByteArray &method, QByteArrayView encodedPath,
                  QByteArrayView encodedQuery, const QList<QPair<QByteArray, QByteArray>> &headers,
                  const QByteArray &body);

private:
    struct Identity
    {
        QString username;
        QString clientId;
        bool admin = false;
    };
    Answer listTokens(const SandboxProtocol::QueryItems &query);
    Answer getToken(const QString &username, const QString &clientId);
    Answer deleteTokens(const SandboxProtocol::QueryItems &query);
    Answer oauthToken(const QByteArray &body);
    std::optional<Answer> authenticate(const QByteArray &authorization);
    Answer grant(const QString &username, const QString &clientId, bool admin,
                 bool withRefreshToken);
    static Answer problem(int status, const QString &message, const QString &field = {});
    static Answer oauthError(int status, const QString &error, const QString &description);
    static Answer json(int status, const QJsonObject &object);

    Options m_options;
    mutable QMutex m_mutex;
    TokenStore m_store; // guarded by m_mutex
    QHash<QString, QString> m_refreshTokens; // refresh token -> "username\nclient"; m_mutex
    QList<RecordedRequest> m_requests; // guarded by m_mutex
    struct Fault
    {
        int remaining;
        int status;
        QByteArray method;
        QString pathPrefix;
        QString username; // empty: any
    };
    QList<Fault> m_faults; // guarded by m_mutex
    std::atomic<int> m_latencyMs{0};
    std::atomic<quint64> m_requestCounter{0};
    std::atomic<int> m_concurrent{0};
    std::atomic<int> m_peakConcurrent{0};
    QString m_adminToken;
    quint16 m_port = 0;
    QThread m_thread;
    QObject *m_threadContext = nullptr; // lives on m_thread
    SandboxServer *m_server = nullptr; // lives on m_thread
    friend class SandboxServer;
};
