#pragma once

#include "SandboxProtocol.h"
#include "TokenStore.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QObject>
#include <QThread>
#include <QUrl>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

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
    static constexpr const char *ViewerUsername = "viewer"; // password grant, no TOKENS_ADMIN: 403
    static constexpr const char *ViewerPassword = "viewer-password";
    static constexpr const char *ReaderClientId = "reporting-readonly"; // no TOKENS_ADMIN: 403
    static constexpr const char *ReaderClientSecret = "reader-secret";

    // Ordinary ways a server that speaks the contract differs from this one (docs/api.md,
    // "Servers unlike the sandbox"): the tests make each real. All off: the contract as written.
    struct Variant
    {
        int pageSizeLimit = 0; // serve at most this many rows a page whatever `size` asks; 0: off
        bool zeroBasedPages = false; // `page` counts from 0 (Spring's own numbering)
        bool ignoreFilters = false; // filter_username and filter_client_id are not read
        bool likeFilters = false; // a filter is a SQL LIKE: `%` and `_` are wildcards
        qint64 totalCap = 0; // total_elements says at most this many (rows go on); 0: off
        bool trimNames = false; // spaces around names are dropped (filters, GET, DELETE)
        // A username- or client-only DELETE ignores case ("ada" revokes "Ada"'s tokens too).
        bool caseInsensitiveDeletes = false;

        bool isPlain() const
        {
            return pageSizeLimit == 0 && !zeroBasedPages && !ignoreFilters && !likeFilters
                && totalCap == 0 && !trimNames && !caseInsensitiveDeletes;
        }
        // "page-size-limit=100, ignore-filters", for messages; "contract" when plain.
        QString describe() const;
    };

    // A token bucket per bearer token, as API servers limit clients: perSecond requests a
    // second on average, up to burst at once after a quiet spell. Over it: 429 with a
    // Retry-After from the bucket (whole seconds, at least 1) and a Knetik Result body. With
    // headers, every answer to /auth/tokens says the policy and what is left in the IETF fields
    // of draft-ietf-httpapi-ratelimit-headers-10 (also -08 and -09):
    //   RateLimit-Policy: "sandbox";q=500;w=1      RateLimit: "sandbox";r=37;t=1
    // (r: whole requests left in the bucket; t: seconds until it is full again).
    struct RateLimit
    {
        double perSecond = 0; // 0: no limit
        int burst = 0; // 0: a tenth of a second's worth, at least 1
        bool headers = false;
        bool isOn() const { return perSecond > 0; }
        int effectiveBurst() const;
    };
    // Parses "500/s" or "500" (requests a second, 0.1 to 1,000,000). False when it is not that.
    static bool parseRate(const QString &text, double *perSecond);

    struct Options
    {
        quint16 port = 0; // 0: any free port
        // Tokens in the store at the start, the admin's own included, so that the console
        // shows exactly this many: tokens - 1 are generated. 0 or 1: the admin's alone.
        qint64 tokens = 0;
        quint64 seed = 1;
        QString adminToken; // empty: a random one
        int latencyMs = 0;
        int jitterMs = 0;
        // HTTPS with this certificate and key (PEM files); empty: plain HTTP.
        QString tlsCertificateFile;
        QString tlsKeyFile;
        int tokenLifetimeSeconds = 3600;
        Variant variant;
        RateLimit rateLimit;
        // Far more tokens for one user (count tokens, each of its own client
        // "<username>-client-N") or one client (count users "<clientId>-user-N"), on top of
        // tokens: the outliers View > Overview and knetik-tokens stats must find.
        struct Outlier
        {
            QString username; // one of username and clientId
            QString clientId;
            qint64 count = 0;
        };
        QList<Outlier> outliers;
        // "ada:412" (a user) or "client:ci-runner:5000" (a client); false when text is neither.
        static bool parseOutlier(const QString &text, Outlier *outlier);
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
    // Changes the limit from now on; every bucket starts full again.
    void setRateLimit(const RateLimit &limit);
    // Requests answered 429 by the limit (not by injected faults).
    int rateLimited() const;
    int latencyMs() const { return m_latencyMs.load(); }

    // Runs f with the store locked, on the calling thread.
    template<typename F> auto withStore(F &&f)
    {
        QMutexLocker lock(&m_mutex);
        return f(m_store);
    }
    // A token issued directly (as /oauth/token would), for tests. lifetimeSeconds 0: no expiry.
    QString issueToken(const QString &username, const QString &clientId, bool admin,
                       int lifetimeSeconds = 0);

    // Faults, for tests of error handling and for trying the console against a bad server.
    enum class FaultKind {
        Status, // answer `status` with a Knetik Result body (429 and 503 carry Retry-After)
        // These three carry the request out, then spoil the answer:
        Reset, // send the status line and half the body, then reset the connection
        Truncate, // announce the whole body, send half, close
        Malformed, // the request is carried out; the answer's body is broken JSON (204 becomes 200)
        Drip, // the right answer, 16 bytes every 20 ms
        Gateway, // carried out, then a gateway answers `status` (an HTML page): the answer is lost
    };
    static constexpr int FaultKindCount = 6;
    struct Fault
    {
        FaultKind kind = FaultKind::Status;
        int status = 500;
        int remaining = -1; // how many requests it hits; -1: no limit (then rate applies)
        double rate = 1.0; // the share of matching requests it hits
        QByteArray method; // empty: any
        QString pathPrefix; // decoded path, e.g. "/auth/tokens"
        QString username; // the "username" query parameter, exactly; empty: any
        int retryAfterSeconds = 1; // sent with 429 and 503; -1: no Retry-After
        // Status: this body and type instead of a Knetik Result (a proxy's HTML page, say).
        QByteArray body;
        QByteArray contentType;
    };
    void addFault(const Fault &fault);
    void clearFaults();
    // How many answers each kind of fault spoiled since the start (for tests that must prove
    // their faults fired).
    int faultsFired(FaultKind kind) const;
    // The next count requests whose method and decoded path match (empty: any) answer status.
    void failNext(int count, int status, const QByteArray &method = {},
                  const QString &pathPrefix = {});
    // The same for requests whose "username" query parameter is exactly username.
    void failForUser(const QString &username, int count, int status);
    // Parses "503:0.2", "reset:0.1", "drip:1" (KIND:RATE), as the command line takes it.
    static bool parseFault(const QString &text, Fault *fault);

    void setJitterMs(int ms) { m_jitterMs.store(ms); }
    // Behave as a server unlike this one from the next request on.
    void setVariant(const Variant &variant);
    Variant variant() const;

    // The most requests the sandbox was answering at once since the last reset.
    int peakConcurrentRequests() const { return m_peakConcurrent.load(); }
    void resetPeakConcurrentRequests() { m_peakConcurrent.store(m_concurrent.load()); }

    static constexpr qsizetype MaxRecordedRequests = 20000;
    QList<RecordedRequest> requests() const;
    void clearRequests();

    // The whole answer to one request; called on the server thread.
    struct Answer
    {
        int status = 200;
        QByteArray body;
        QByteArray contentType = "application/json;charset=UTF-8";
        QList<QPair<QByteArray, QByteArray>> headers;
        FaultKind fault = FaultKind::Status; // how the answer is written; Status: normally
    };
    Answer answer(const QByteArray &method, QByteArrayView encodedPath, QByteArrayView encodedQuery,
                  const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body);

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

    struct Bucket
    {
        double level = 0;
        qint64 lastNs = 0;
    };
    // The limit's verdict for a request with this bearer token: nullopt to go on, else the
    // 429; *headers gets the RateLimit fields when they are on. Under m_mutex.
    std::optional<Answer> takeFromBucket(const QByteArray &authorization,
                                         QList<QPair<QByteArray, QByteArray>> *headers);
    QHash<QByteArray, Bucket> m_buckets; // by bearer token: guarded by m_mutex
    QElapsedTimer m_rateClock;
    int m_rateLimited = 0;
    Options m_options; // m_options.variant: guarded by m_mutex
    mutable QMutex m_mutex;
    TokenStore m_store; // guarded by m_mutex
    QHash<QString, QString> m_refreshTokens; // refresh token -> "username\nclient"; m_mutex
    QList<RecordedRequest> m_requests; // guarded by m_mutex
    QList<Fault> m_faults; // guarded by m_mutex
    int m_faultsFired[FaultKindCount] = {}; // guarded by m_mutex
    static constexpr quint64 InitialFaultRandom = 0x243F6A8885A308D3ull;
    quint64 m_faultRandom = InitialFaultRandom; // guarded by m_mutex; deterministic

    std::atomic<int> m_latencyMs {0};
    std::atomic<int> m_jitterMs {0};
    std::atomic<int> m_concurrent {0};
    std::atomic<int> m_peakConcurrent {0};
    QString m_adminToken;
    quint16 m_port = 0;
    QThread m_thread;
    QObject *m_threadContext = nullptr; // lives on m_thread
    SandboxServer *m_server = nullptr; // lives on m_thread
    friend class SandboxServer;
};
