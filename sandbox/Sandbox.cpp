#include "Sandbox.h"

#include <QAbstractHttpServer>
#include <QDateTime>
#include <QFile>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>
#include <cmath>

#include <algorithm>
#include <memory>

#include <sys/socket.h>

using namespace SandboxProtocol;

// The HTTP side. QAbstractHttpServer rather than QHttpServer's router: the router of Qt 6.4
// matches on the decoded path, where "a%2Fb" and "a/b" are the same; the sandbox must see
// path segments exactly as encoded.
class SandboxServer : public QAbstractHttpServer
{
public:
    explicit SandboxServer(Sandbox *sandbox) : m_sandbox(sandbox) { }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        // As application servers do (Tomcat, Jetty, Netty: TCP_NODELAY): an answer's status
        // line, headers and body leave at once, rather than the last segment waiting for the
        // peer's delayed ACK (40 ms behind a proxy on a kept-alive connection).
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        const QUrl url = request.url();
        const QByteArray path = url.path(QUrl::FullyEncoded).toUtf8();
        const QByteArray query = url.query(QUrl::FullyEncoded).toUtf8();
        QByteArray method;
        switch (request.method()) {
        case QHttpServerRequest::Method::Get:
            method = "GET";
            break;
        case QHttpServerRequest::Method::Post:
            method = "POST";
            break;
        case QHttpServerRequest::Method::Delete:
            method = "DELETE";
            break;
        case QHttpServerRequest::Method::Put:
            method = "PUT";
            break;
        case QHttpServerRequest::Method::Head:
            method = "HEAD";
            break;
        case QHttpServerRequest::Method::Options:
            method = "OPTIONS";
            break;
        case QHttpServerRequest::Method::Patch:
            method = "PATCH";
            break;
        default:
            method = "OTHER";
            break;
        }
        const int now = ++m_sandbox->m_concurrent;
        for (int peak = m_sandbox->m_peakConcurrent.load(); now > peak;) {
            if (m_sandbox->m_peakConcurrent.compare_exchange_weak(peak, now))
                break;
        }
        Sandbox::Answer answer
            = m_sandbox->answer(method, path, query, request.headers(), request.body());

        auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
        int latency = m_sandbox->latencyMs();
        if (const int jitter = m_sandbox->m_jitterMs.load(); jitter > 0)
            latency += int(QRandomGenerator::global()->bounded(jitter + 1));
        if (answer.fault != Sandbox::FaultKind::Status) {
            QPointer<QTcpSocket> alive(socket);
            QTimer::singleShot(qMax(0, latency), this, [this, answer = std::move(answer), alive] {
                writeFaulty(alive, answer);
                --m_sandbox->m_concurrent;
            });
            return true;
        }
        if (latency <= 0) {
            write(*responder, answer);
            --m_sandbox->m_concurrent;
            return true;
        }
        // Answer later without blocking this thread, so concurrent requests overlap. The
        // client may have gone away by then: the QPointer says so.
        QPointer<QTcpSocket> alive(socket);
        QTimer::singleShot(latency, this, [this, responder, answer = std::move(answer), alive] {
            if (alive && alive->state() == QAbstractSocket::ConnectedState)
                write(*responder, answer);
            --m_sandbox->m_concurrent;
        });
        return true;
    }

    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override { }

private:
    static QByteArray head(const Sandbox::Answer &answer)
    {
        QByteArray text = "HTTP/1.1 " + QByteArray::number(answer.status) + " Fault\r\n"
            + "Content-Type: " + answer.contentType + "\r\n"
            + "Content-Length: " + QByteArray::number(answer.body.size()) + "\r\n";
        for (const auto &header : answer.headers)
            text += header.first + ": " + header.second + "\r\n";
        return text + "\r\n";
    }

    // Answers that break the rules on purpose: written to the socket by hand.
    // Half of the answer: half the body, or, when there is no body (a 204), half the status
    // line, so that even an empty answer is really broken.
    static QByteArray firstHalf(const Sandbox::Answer &answer)
    {
        if (answer.body.isEmpty()) {
            const QByteArray whole = head(answer);
            return whole.left(qMin<qsizetype>(6, whole.size() / 2)); // "HTTP/1"
        }
        return head(answer) + answer.body.left(answer.body.size() / 2);
    }

    void writeFaulty(QPointer<QTcpSocket> socket, const Sandbox::Answer &answer)
    {
        if (!socket || socket->state() != QAbstractSocket::ConnectedState)
            return;
        switch (answer.fault) {
        case Sandbox::FaultKind::Reset: {
            socket->write(firstHalf(answer));
            socket->flush();
            // A real reset (RST), not a close: linger on, with a time of 0.
            const linger now {1, 0};
            ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &now, sizeof now);
            socket->abort();
            return;
        }
        case Sandbox::FaultKind::Truncate:
            socket->write(firstHalf(answer));
            socket->disconnectFromHost(); // a clean close, short of the whole answer
            return;
        case Sandbox::FaultKind::Drip: {
            socket->write(head(answer));
            auto rest = std::make_shared<QByteArray>(answer.body);
            auto *timer = new QTimer(socket);
            timer->setInterval(20);
            connect(timer, &QTimer::timeout, socket, [socket, rest, timer] {
                if (!socket)
                    return;
                socket->write(rest->left(16));
                rest->remove(0, 16);
                if (rest->isEmpty())
                    timer->deleteLater();
            });
            timer->start();
            return;
        }
        default:
            return;
        }
    }

    static void write(QHttpServerResponder &responder, const Sandbox::Answer &answer)
    {
        responder.writeStatusLine(QHttpServerResponder::StatusCode(answer.status));
        if (answer.status != 204) {
            responder.writeHeader("Content-Type", answer.contentType);
            responder.writeHeader("Content-Length", QByteArray::number(answer.body.size()));
        }
        for (const auto &header : answer.headers)
            responder.writeHeader(header.first, header.second);
        responder.writeBody(answer.status == 204 ? QByteArray() : answer.body);
    }

    Sandbox *m_sandbox;
};

Sandbox::Sandbox(const Options &options, QObject *parent)
    : QObject(parent),
      m_options(options),
      m_latencyMs(options.latencyMs),
      m_jitterMs(options.jitterMs)
{
    m_adminToken = options.adminToken.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                                                : options.adminToken;
    m_thread.setObjectName(QStringLiteral("knetik-sandbox"));
}

Sandbox::~Sandbox()
{
    stop();
}

bool Sandbox::start(QString *error)
{
    if (m_port != 0)
        return true;
    {
        QMutexLocker lock(&m_mutex);
        // tokens counts the admin's own row too: "--tokens 1000" and --demo's 5,000 are what
        // the console then shows.
        if (m_options.tokens > 1 && m_store.size() == 0)
            m_store.seed(m_options.tokens - 1, m_options.seed);
        for (const Options::Outlier &outlier : std::as_const(m_options.outliers)) {
            for (qint64 i = 1; i <= outlier.count; ++i) {
                if (!outlier.username.isEmpty())
                    m_store.put(outlier.username,
                                QStringLiteral("%1-client-%2").arg(outlier.username).arg(i), false,
                                0);
                else
                    m_store.put(QStringLiteral("%1-user-%2").arg(outlier.clientId).arg(i),
                                outlier.clientId, false, 0);
            }
        }
        // The admin user's token: the one the sandbox prints and --demo signs in with.
        m_store.put(QString::fromLatin1(AdminUsername), QString::fromLatin1(AdminClientId), true, 0,
                    m_adminToken);
        // Build the sort indexes now rather than on the first request.
        m_store.list({});
    }

    m_thread.start();
    m_threadContext = new QObject;
    m_threadContext->moveToThread(&m_thread);
    QString why;
    quint16 port = 0;
    QSslCertificate certificate;
    QSslKey key;
    if (!m_options.tlsCertificateFile.isEmpty()) {
        QFile certFile(m_options.tlsCertificateFile), keyFile(m_options.tlsKeyFile);
        if (certFile.open(QIODevice::ReadOnly))
            certificate = QSslCertificate(&certFile, QSsl::Pem);
        if (keyFile.open(QIODevice::ReadOnly))
            key = QSslKey(&keyFile, QSsl::Rsa, QSsl::Pem);
        if (certificate.isNull() || key.isNull()) {
            if (error)
                *error = tr("Cannot read the TLS certificate %1 or key %2.")
                             .arg(m_options.tlsCertificateFile, m_options.tlsKeyFile);
            stop();
            return false;
        }
    }
    QMetaObject::invokeMethod(
        m_threadContext,
        [this, &port, &why, &certificate, &key] {
            m_server = new SandboxServer(this);
            if (!certificate.isNull())
                m_server->sslSetup(certificate, key);
            port = m_server->listen(QHostAddress::LocalHost, m_options.port);
            if (port == 0) {
                why = tr("Cannot listen on 127.0.0.1:%1.").arg(m_options.port);
                delete m_server;
                m_server = nullptr;
            }
        },
        Qt::BlockingQueuedConnection);
    if (port == 0) {
        stop();
        if (error)
            *error = why;
        return false;
    }
    m_port = port;
    return true;
}

void Sandbox::stop()
{
    if (m_thread.isRunning()) {
        QMetaObject::invokeMethod(
            m_threadContext,
            [this] {
                delete m_server;
                m_server = nullptr;
                delete m_threadContext;
                m_threadContext = nullptr;
            },
            Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    m_port = 0;
}

QUrl Sandbox::url() const
{
    const bool tls = !m_options.tlsCertificateFile.isEmpty();
    return QUrl(QStringLiteral("%1://127.0.0.1:%2")
                    .arg(tls ? QStringLiteral("https") : QStringLiteral("http"))
                    .arg(m_port));
}

bool Sandbox::Options::parseOutlier(const QString &text, Outlier *outlier)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    bool ok = false;
    const qint64 count = text.mid(colon + 1).toLongLong(&ok);
    if (!ok || count < 1 || count > 10'000'000)
        return false;
    QString name = text.left(colon);
    *outlier = {};
    outlier->count = count;
    if (name.startsWith(QLatin1String("client:")) && name.size() > 7)
        outlier->clientId = name.mid(7);
    else
        outlier->username = name;
    return true;
}

QString Sandbox::issueToken(const QString &username, const QString &clientId, bool admin,
                            int lifetimeSeconds)
{
    QMutexLocker lock(&m_mutex);
    const qint64 expires = lifetimeSeconds > 0
        ? QDateTime::currentMSecsSinceEpoch() + qint64(lifetimeSeconds) * 1000
        : 0;
    return m_store.put(username, clientId, admin, expires);
}

QList<Sandbox::RecordedRequest> Sandbox::requests() const
{
    QMutexLocker lock(&m_mutex);
    return m_requests;
}

void Sandbox::addFault(const Fault &fault)
{
    QMutexLocker lock(&m_mutex);
    m_faults.append(fault);
}

void Sandbox::failNext(int count, int status, const QByteArray &method, const QString &pathPrefix)
{
    Fault fault;
    fault.status = status;
    fault.remaining = count;
    fault.method = method;
    fault.pathPrefix = pathPrefix;
    addFault(fault);
}

int Sandbox::faultsFired(FaultKind kind) const
{
    QMutexLocker lock(&m_mutex);
    return m_faultsFired[int(kind)];
}

void Sandbox::clearFaults()
{
    QMutexLocker lock(&m_mutex);
    m_faults.clear();
    m_faultRandom = InitialFaultRandom; // the same faults again for the same requests
}

void Sandbox::failForUser(const QString &username, int count, int status)
{
    Fault fault;
    fault.status = status;
    fault.remaining = count;
    fault.username = username;
    addFault(fault);
}

bool Sandbox::parseFault(const QString &text, Fault *fault)
{
    const QStringList parts = text.split(QLatin1Char(':'));
    if (parts.size() != 2)
        return false;
    bool ok = false;
    const double rate = parts.at(1).toDouble(&ok);
    if (!ok || rate < 0 || rate > 1)
        return false;
    Fault result;
    result.rate = rate;
    const QString kind = parts.at(0).trimmed().toLower();
    if (kind == QLatin1String("reset"))
        result.kind = FaultKind::Reset;
    else if (kind == QLatin1String("truncate"))
        result.kind = FaultKind::Truncate;
    else if (kind == QLatin1String("malformed"))
        result.kind = FaultKind::Malformed;
    else if (kind == QLatin1String("drip"))
        result.kind = FaultKind::Drip;
    else if (kind == QLatin1String("gateway")) {
        result.kind = FaultKind::Gateway;
        result.status = 504;
    } else {
        const int status = kind.toInt(&ok);
        if (!ok || status < 400 || status > 599)
            return false;
        result.status = status;
    }
    *fault = result;
    return true;
}

void Sandbox::clearRequests()
{
    QMutexLocker lock(&m_mutex);
    m_requests.clear();
}

// ---- answers -----------------------------------------------------------------------------

Sandbox::Answer Sandbox::json(int status, const QJsonObject &object)
{
    Answer answer;
    answer.status = status;
    answer.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return answer;
}

Sandbox::Answer Sandbox::problem(int status, const QString &message, const QString &field)
{
    // The Knetik Result model.
    QJsonObject entry {{QStringLiteral("message"), message}};
    if (!field.isEmpty())
        entry.insert(QStringLiteral("field"), field);
    return json(status,
                QJsonObject {{QStringLiteral("code"), status},
                             {QStringLiteral("request_id"),
                              QUuid::createUuid().toString(QUuid::WithoutBraces)},
                             {QStringLiteral("result"), QJsonArray {entry}}});
}

Sandbox::Answer Sandbox::oauthError(int status, const QString &error, const QString &description)
{
    // The Spring OAuth shape.
    Answer answer = json(status,
                         QJsonObject {{QStringLiteral("error"), error},
                                      {QStringLiteral("error_description"), description}});
    if (status == 401) {
        answer.headers.append({"WWW-Authenticate",
                               QStringLiteral("Bearer error=\"%1\", error_description=\"%2\"")
                                   .arg(error, description)
                                   .toUtf8()});
    }
    return answer;
}

Sandbox::Answer Sandbox::answer(const QByteArray &method, QByteArrayView encodedPath,
                                QByteArrayView encodedQuery,
                                const QList<QPair<QByteArray, QByteArray>> &headers,
                                const QByteArray &body)
{
    QByteArray authorization, accept;
    for (const auto &header : headers) {
        if (header.first.compare("authorization", Qt::CaseInsensitive) == 0)
            authorization = header.second;
        else if (header.first.compare("accept", Qt::CaseInsensitive) == 0)
            accept = header.second;
    }
    const QStringList path = splitPath(encodedPath);
    const QueryItems query = parseForm(encodedQuery);
    Answer result;

    const bool isTokens = path.size() >= 2 && path.at(0) == QLatin1String("auth")
        && path.at(1) == QLatin1String("tokens");
    const bool isOAuth = path.size() == 2 && path.at(0) == QLatin1String("oauth")
        && path.at(1) == QLatin1String("token");

    QMutexLocker lock(&m_mutex);
    QList<QPair<QByteArray, QByteArray>> limitHeaders;
    std::optional<Answer> limited;
    if (isTokens && m_options.rateLimit.isOn())
        limited = takeFromBucket(authorization, &limitHeaders);
    const QString joinedPath = QLatin1Char('/') + path.join(QLatin1Char('/'));
    const Fault *hit = nullptr;
    for (qsizetype i = 0; !limited && i < m_faults.size(); ++i) {
        Fault &f = m_faults[i];
        if (f.remaining == 0 || (!f.method.isEmpty() && f.method != method)
            || !joinedPath.startsWith(f.pathPrefix)
            || (!f.username.isEmpty()
                && firstValue(query, QStringLiteral("username")) != f.username))
            continue;
        if (f.remaining < 0) {
            // splitmix64 again: the same faults for the same run of requests.
            quint64 z = (m_faultRandom += 0x9E3779B97F4A7C15ull);
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
            if (double((z ^ (z >> 31)) >> 11) / double(1ull << 53) >= f.rate)
                continue;
        } else {
            --f.remaining;
        }
        hit = &f;
        break;
    }
    // Faults other than Status spoil the real answer: the request itself is carried out.
    const bool transportFault = hit && hit->kind != FaultKind::Status;
    if (hit)
        ++m_faultsFired[int(hit->kind)];
    if (limited) {
        // The limiter stands in front of everything else, faults included (none was counted).
        result = *limited;
    } else if (hit && hit->kind == FaultKind::Status) {
        result = problem(hit->status, QStringLiteral("Injected failure (sandbox fault)"));
        if (!hit->body.isNull()) {
            result.body = hit->body;
            result.contentType
                = hit->contentType.isEmpty() ? QByteArray("text/html") : hit->contentType;
        }
        if ((hit->status == 429 || hit->status == 503) && hit->retryAfterSeconds >= 0)
            result.headers.append(
                qMakePair(QByteArray("Retry-After"), QByteArray::number(hit->retryAfterSeconds)));
    } else if (isOAuth) {
        result = method == "POST" ? oauthToken(body)
                                  : problem(405, QStringLiteral("Use POST for /oauth/token"));
    } else if (isTokens && (path.size() == 2 || path.size() == 4)) {
        if (auto refused = authenticate(authorization)) {
            result = *refused;
        } else if (path.size() == 2 && method == "GET") {
            result = listTokens(query);
        } else if (path.size() == 2 && method == "DELETE") {
            result = deleteTokens(query);
        } else if (path.size() == 4 && method == "GET") {
            result = getToken(path.at(2), path.at(3));
        } else {
            result = problem(
                405,
                QStringLiteral("Method %1 is not allowed here").arg(QString::fromLatin1(method)));
        }
    } else {
        result = problem(404, QStringLiteral("No such resource"));
    }

    if (transportFault && hit->kind == FaultKind::Gateway) {
        // Carried out above; what comes back is the gateway's page, not the server's answer.
        result = Answer {};
        result.status = hit->status;
        result.contentType = "text/html";
        result.body = "<html><body><h1>" + QByteArray::number(hit->status)
            + " Gateway Time-out</h1></body></html>";
    } else if (transportFault && hit->kind == FaultKind::Malformed) {
        if (result.status == 204)
            result.status = 200;
        result.body = R"({"content": [{"username": "ada", "client_id")";
    } else if (transportFault) {
        result.fault = hit->kind; // the real answer, written badly
    }
    m_faults.erase(std::remove_if(m_faults.begin(), m_faults.end(),
                                  [](const Fault &f) { return f.remaining == 0; }),
                   m_faults.end());

    RecordedRequest record;
    record.method = method;
    record.path = path;
    record.query = query;
    record.rawTarget = encodedPath.toByteArray()
        + (encodedQuery.isEmpty() ? QByteArray() : "?" + encodedQuery.toByteArray());
    record.hadAuthorization = !authorization.isEmpty();
    record.accept = accept;
    record.status = result.status;
    result.headers += limitHeaders;
    m_requests.append(std::move(record));
    // A long-running sandbox keeps the newest requests only.
    if (m_requests.size() > MaxRecordedRequests)
        m_requests.remove(0, m_requests.size() - MaxRecordedRequests / 2);
    return result;
}

int Sandbox::RateLimit::effectiveBurst() const
{
    return burst > 0 ? burst : qMax(1, int(perSecond / 10));
}

bool Sandbox::parseRate(const QString &text, double *perSecond)
{
    QString number = text.trimmed();
    if (number.endsWith(QLatin1String("/s")))
        number.chop(2);
    bool ok = false;
    const double value = number.toDouble(&ok);
    if (!ok || !(value >= 0.1) || value > 1e6)
        return false;
    *perSecond = value;
    return true;
}

void Sandbox::setRateLimit(const RateLimit &limit)
{
    QMutexLocker lock(&m_mutex);
    m_options.rateLimit = limit;
    m_buckets.clear();
}

int Sandbox::rateLimited() const
{
    QMutexLocker lock(&m_mutex);
    return m_rateLimited;
}

std::optional<Sandbox::Answer>
Sandbox::takeFromBucket(const QByteArray &authorization,
                        QList<QPair<QByteArray, QByteArray>> *headers)
{
    const RateLimit &limit = m_options.rateLimit;
    const double burst = limit.effectiveBurst();
    if (!m_rateClock.isValid())
        m_rateClock.start();
    const qint64 now = m_rateClock.nsecsElapsed();
    // Per bearer token (a request without one shares the anonymous bucket).
    const QByteArray key = authorization.trimmed();
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        it = m_buckets.insert(key, Bucket {burst, now});
    Bucket &bucket = *it;
    bucket.level = qMin(burst, bucket.level + limit.perSecond * double(now - bucket.lastNs) / 1e9);
    bucket.lastNs = now;
    const bool allowed = bucket.level >= 1.0;
    if (allowed)
        bucket.level -= 1.0;
    if (limit.headers) {
        const QByteArray name = "\"sandbox\"";
        const int left = int(bucket.level);
        const int full = int(std::ceil((burst - bucket.level) / limit.perSecond));
        // A whole number a second as q=N;w=1; a fraction over ten seconds (0.5/s: q=5;w=10).
        const bool whole = limit.perSecond == std::floor(limit.perSecond);
        headers->append(
            {"RateLimit-Policy",
             name + ";q=" + QByteArray::number(qRound(limit.perSecond * (whole ? 1 : 10)))
                 + (whole ? ";w=1" : ";w=10")});
        headers->append({"RateLimit",
                         name + ";r=" + QByteArray::number(left)
                             + ";t=" + QByteArray::number(qMax(left > 0 ? 0 : 1, full))});
    }
    if (allowed)
        return std::nullopt;
    ++m_rateLimited;
    // Whole seconds, as HTTP has them: until the bucket holds one request again.
    const int retryAfter = qMax(1, int(std::ceil((1.0 - bucket.level) / limit.perSecond)));
    Answer refused = problem(
        429, QStringLiteral("Too many requests: at most %1 a second").arg(limit.perSecond));
    refused.headers.append({"Retry-After", QByteArray::number(retryAfter)});
    return refused;
}

std::optional<Sandbox::Answer> Sandbox::authenticate(const QByteArray &authorization)
{
    const QByteArray value = authorization.trimmed();
    const qsizetype space = value.indexOf(' ');
    // The scheme word is matched case-insensitively: one official SDK sent "bearer".
    if (value.isEmpty() || space < 0
        || value.left(space).compare("bearer", Qt::CaseInsensitive) != 0) {
        return oauthError(
            401, QStringLiteral("unauthorized"),
            QStringLiteral("Full authentication is required to access this resource"));
    }
    const QString token = QString::fromUtf8(value.mid(space + 1).trimmed());
    const auto info = m_store.findByToken(token);
    if (!info)
        return oauthError(401, QStringLiteral("invalid_token"),
                          QStringLiteral("Invalid access token"));
    if (info->expiresAtMs > 0 && info->expiresAtMs <= QDateTime::currentMSecsSinceEpoch())
        return oauthError(401, QStringLiteral("invalid_token"),
                          QStringLiteral("Access token expired"));
    if (!info->admin)
        return problem(403,
                       QStringLiteral("Access is denied: the TOKENS_ADMIN permission is required"));
    return std::nullopt;
}

QString Sandbox::Variant::describe() const
{
    QStringList parts;
    if (pageSizeLimit > 0)
        parts << QStringLiteral("page-size-limit=%1").arg(pageSizeLimit);
    if (zeroBasedPages)
        parts << QStringLiteral("zero-based-pages");
    if (ignoreFilters)
        parts << QStringLiteral("ignore-filters");
    if (likeFilters)
        parts << QStringLiteral("like-filters");
    if (totalCap > 0)
        parts << QStringLiteral("total-cap=%1").arg(totalCap);
    if (trimNames)
        parts << QStringLiteral("trim-names");
    if (caseInsensitiveDeletes)
        parts << QStringLiteral("case-insensitive-deletes");
    return parts.isEmpty() ? QStringLiteral("contract") : parts.join(QStringLiteral(", "));
}

void Sandbox::setVariant(const Variant &variant)
{
    QMutexLocker lock(&m_mutex);
    m_options.variant = variant;
}

Sandbox::Variant Sandbox::variant() const
{
    QMutexLocker lock(&m_mutex);
    return m_options.variant;
}

namespace {

// A filter as a SQL LIKE '%filter%' reads it, ignoring case: % any run, _ any one character.
QRegularExpression likePattern(const QString &filter)
{
    QString pattern;
    for (const QChar c : filter) {
        if (c == QLatin1Char('%'))
            pattern += QStringLiteral(".*");
        else if (c == QLatin1Char('_'))
            pattern += QLatin1Char('.');
        else
            pattern += QRegularExpression::escape(QString(c));
    }
    return QRegularExpression(pattern,
                              QRegularExpression::CaseInsensitiveOption
                                  | QRegularExpression::DotMatchesEverythingOption);
}

bool hasWildcard(const QString &filter)
{
    return filter.contains(QLatin1Char('%')) || filter.contains(QLatin1Char('_'));
}

} // namespace

Sandbox::Answer Sandbox::listTokens(const QueryItems &wireQuery)
{
    const Variant &variant = m_options.variant;
    QueryItems query = wireQuery;
    if (variant.zeroBasedPages) {
        // Page 0 is the first: the contract's page p is this server's p - 1.
        bool seen = false;
        for (auto &item : query) {
            if (item.first != QLatin1String("page") || seen)
                continue;
            seen = true;
            bool ok = false;
            const qint64 page = item.second.toLongLong(&ok);
            if (ok && page >= 0 && page < std::numeric_limits<int>::max())
                item.second = QString::number(page + 1);
        }
    }
    TokenStore::ListRequest request;
    Problem bad;
    if (!parseListQuery(query, &request, &bad))
        return problem(bad.status, bad.message, bad.field);
    if (variant.pageSizeLimit > 0)
        request.size = qMin(request.size, variant.pageSizeLimit);
    if (variant.ignoreFilters)
        request.usernameFilter = request.clientIdFilter = QString();
    if (variant.trimNames) {
        request.usernameFilter = request.usernameFilter.trimmed();
        request.clientIdFilter = request.clientIdFilter.trimmed();
    }
    TokenStore::ListResult page;
    if (variant.likeFilters
        && (hasWildcard(request.usernameFilter) || hasWildcard(request.clientIdFilter))) {
        // Every row in the asked order, then the LIKE filter, then the page: slow, and only a
        // test's store is this small.
        TokenStore::ListRequest everything = request;
        everything.usernameFilter = everything.clientIdFilter = QString();
        everything.page = 1;
        everything.size = int(qMin<qint64>(m_store.size(), std::numeric_limits<int>::max()));
        const QRegularExpression user = likePattern(request.usernameFilter);
        const QRegularExpression client = likePattern(request.clientIdFilter);
        QList<TokenStore::Pair> matching;
        for (TokenStore::Pair &pair : m_store.list(everything).rows) {
            if (user.match(pair.username).hasMatch() && client.match(pair.clientId).hasMatch())
                matching.append(std::move(pair));
        }
        page.totalElements = matching.size();
        const qint64 offset = (request.page - 1) * qint64(request.size);
        if (offset < matching.size())
            page.rows = matching.mid(offset, request.size);
    } else {
        page = m_store.list(request);
    }
    if (variant.totalCap > 0)
        page.totalElements = qMin(page.totalElements, variant.totalCap);

    QJsonArray content;
    for (const TokenStore::Pair &pair : page.rows) {
        content.append(QJsonObject {{QStringLiteral("username"), pair.username},
                                    {QStringLiteral("client_id"), pair.clientId}});
    }
    QJsonArray sort;
    for (const TokenStore::Order &key : std::as_const(request.order)) {
        sort.append(
            QJsonObject {{QStringLiteral("property"),
                          key.field == TokenStore::Field::Username ? QStringLiteral("username")
                                                                   : QStringLiteral("client_id")},
                         {QStringLiteral("direction"),
                          key.ascending ? QStringLiteral("ASC") : QStringLiteral("DESC")},
                         {QStringLiteral("ascending"), key.ascending},
                         {QStringLiteral("descending"), !key.ascending},
                         {QStringLiteral("ignore_case"), false},
                         {QStringLiteral("null_handling"), QStringLiteral("NATIVE")}});
    }
    const qint64 totalPages = (page.totalElements + request.size - 1) / request.size;
    return json(
        200,
        QJsonObject {
            {QStringLiteral("content"), content},
            {QStringLiteral("first"), request.page == 1},
            {QStringLiteral("last"), request.page >= totalPages},
            // Spring counts pages from 0; the console never relies on it (see the contract).
            {QStringLiteral("number"), request.page - 1},
            {QStringLiteral("number_of_elements"), content.size()},
            {QStringLiteral("size"), request.size},
            {QStringLiteral("sort"), sort},
            {QStringLiteral("total_elements"), page.totalElements},
            {QStringLiteral("total_pages"), totalPages}});
}

Sandbox::Answer Sandbox::getToken(const QString &wireUsername, const QString &wireClientId)
{
    const bool trim = m_options.variant.trimNames;
    const QString username = trim ? wireUsername.trimmed() : wireUsername;
    const QString clientId = trim ? wireClientId.trimmed() : wireClientId;
    const auto info = username.isEmpty() || clientId.isEmpty() ? std::nullopt
                                                               : m_store.find(username, clientId);
    if (!info)
        return problem(404, QStringLiteral("No token for this username and client id"));
    return json(200,
                QJsonObject {{QStringLiteral("username"), info->username},
                             {QStringLiteral("client_id"), info->clientId},
                             {QStringLiteral("token"), info->token}});
}

Sandbox::Answer Sandbox::deleteTokens(const QueryItems &query)
{
    QString username = firstValue(query, QStringLiteral("username")).value_or(QString());
    QString clientId = firstValue(query, QStringLiteral("client_id")).value_or(QString());
    if (m_options.variant.trimNames) {
        username = username.trimmed();
        clientId = clientId.trimmed();
    }
    if (username.isEmpty() && clientId.isEmpty()) {
        // The real API's answer is unknown; deleting every token is never right.
        return problem(400, QStringLiteral("Give a username, a client_id, or both"),
                       QStringLiteral("username"));
    }
    qint64 removed = 0;
    if (m_options.variant.caseInsensitiveDeletes && (username.isEmpty() || clientId.isEmpty())) {
        // Every user (or client) whose name equals the one given, ignoring case.
        QSet<QString> names;
        for (const TokenStore::Pair &pair : m_store.allPairs()) {
            const QString &name = username.isEmpty() ? pair.clientId : pair.username;
            if (name.compare(username.isEmpty() ? clientId : username, Qt::CaseInsensitive) == 0)
                names.insert(name);
        }
        for (const QString &name : std::as_const(names))
            removed += username.isEmpty() ? m_store.remove({}, name) : m_store.remove(name, {});
    } else {
        removed = m_store.remove(username, clientId);
    }
    if (removed == 0)
        return problem(404, QStringLiteral("No token matches"));
    Answer answer;
    answer.status = 204;
    return answer;
}

Sandbox::Answer Sandbox::grant(const QString &username, const QString &clientId, bool admin,
                               bool withRefreshToken)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // Like Spring's token store: an unexpired token of the same pair is handed out again.
    auto existing = m_store.find(username, clientId);
    QString token;
    qint64 expiresAt = 0;
    if (existing && existing->admin == admin
        && (existing->expiresAtMs == 0 || existing->expiresAtMs > now + 1000)) {
        token = existing->token;
        expiresAt = existing->expiresAtMs;
    } else {
        expiresAt = now + qint64(m_options.tokenLifetimeSeconds) * 1000;
        token = m_store.put(username, clientId, admin, expiresAt);
    }
    QJsonObject object {{QStringLiteral("access_token"), token},
                        {QStringLiteral("token_type"), QStringLiteral("bearer")},
                        {QStringLiteral("scope"), QStringLiteral("read write")}};
    if (expiresAt > 0)
        object.insert(QStringLiteral("expires_in"), qMax<qint64>(0, (expiresAt - now) / 1000));
    if (withRefreshToken) {
        const QString refresh = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_refreshTokens.insert(refresh, username + QLatin1Char('\n') + clientId);
        object.insert(QStringLiteral("refresh_token"), refresh);
    }
    return json(200, object);
}

Sandbox::Answer Sandbox::oauthToken(const QByteArray &body)
{
    const QueryItems form = parseForm(body);
    const QString grantType = firstValue(form, QStringLiteral("grant_type")).value_or(QString());
    const QString clientId = firstValue(form, QStringLiteral("client_id")).value_or(QString());
    const QString secret = firstValue(form, QStringLiteral("client_secret")).value_or(QString());

    struct Client
    {
        const char *id;
        const char *secret;
        bool admin;
    };
    static const Client clients[] = {{AdminClientId, AdminClientSecret, true},
                                     {PublicClientId, "", true},
                                     {ReaderClientId, ReaderClientSecret, false}};
    const Client *client = nullptr;
    for (const Client &c : clients) {
        if (clientId == QLatin1String(c.id))
            client = &c;
    }
    if (!client || secret != QLatin1String(client->secret))
        return oauthError(401, QStringLiteral("invalid_client"),
                          QStringLiteral("Bad client credentials"));

    if (grantType == QLatin1String("client_credentials")) {
        if (!*client->secret)
            return oauthError(400, QStringLiteral("unauthorized_client"),
                              QStringLiteral("This client cannot use client credentials"));
        // Decision: a client-credentials token is listed under the client's own id as username.
        return grant(clientId, clientId, client->admin, false);
    }
    if (grantType == QLatin1String("password")) {
        const QString username = firstValue(form, QStringLiteral("username")).value_or(QString());
        const QString password = firstValue(form, QStringLiteral("password")).value_or(QString());
        const bool isAdmin
            = username == QLatin1String(AdminUsername) && password == QLatin1String(AdminPassword);
        const bool isViewer = username == QLatin1String(ViewerUsername)
            && password == QLatin1String(ViewerPassword);
        if (!isAdmin && !isViewer)
            return oauthError(400, QStringLiteral("invalid_grant"),
                              QStringLiteral("Bad credentials"));
        return grant(username, clientId, isAdmin && client->admin, true);
    }
    if (grantType == QLatin1String("refresh_token")) {
        const QString refresh
            = firstValue(form, QStringLiteral("refresh_token")).value_or(QString());
        const QString pair = m_refreshTokens.take(refresh);
        const qsizetype newline = pair.indexOf(QLatin1Char('\n'));
        if (newline < 0 || pair.mid(newline + 1) != clientId)
            return oauthError(400, QStringLiteral("invalid_grant"),
                              QStringLiteral("Invalid refresh token"));
        const QString username = pair.left(newline);
        const bool admin = username == QLatin1String(AdminUsername) && client->admin;
        // A refresh always makes a new access token.
        m_store.remove(username, clientId);
        return grant(username, clientId, admin, true);
    }
    return oauthError(400, QStringLiteral("unsupported_grant_type"),
                      QStringLiteral("Unsupported grant type: %1").arg(grantType.left(50)));
}
