// As fast as the server allows, and no faster: revokes through a real TLS + HTTP/2 front (nginx
// with its default settings: it ends a connection after 1,000 requests with GOAWAY) to the
// sandbox at 20 ms added latency, one run after another:
//   - a bare Qt client sending N DELETEs, 64 in flight: the mark;
//   - N revokes without verification (the same N DELETEs) and with it (N checks more);
//   - 10 x N revokes without verification, crossing a recycled connection every 1,000 requests;
//   - 10 x N revokes against --rate-limit 500/s --burst 50, with the RateLimit fields and without;
//   - an export of every token (100 x N) under the same limit, with the fields.
// Every revoke run checks every pair gone from the sandbox.
// Targets (N = 1,000): N revokes within 0.45 s or 1.1x the bare client; 10 x N within 1.1x of
// ten times N; the limited runs within 1.1x of their bound (10 x N / 500 s), 429s under 1% with
// the fields and under 5% without; the export within 1.1x of its bound.
//   bench_pace [--tokens 1000] [--latency-ms 20] [--check]
#include "AuditJournal.h"
#include "BenchResult.h"
#include "BulkRevoker.h"
#include "ConnectionWatch.h"
#include "Http2Front.h"
#include "Sandbox.h"
#include "Tls.h"
#include "TokenExporter.h"
#include "TokensApi.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

namespace {

struct Run
{
    double seconds = 0;
    int revoked = 0;
    int left = 0; // of the run's pairs, still in the sandbox afterwards
    int refused = 0; // 429s of the limiter
    int requests = 0;
    int recycled = 0;
    int peakWindow = 0;
    double pace = 0;
};

QSet<QString> storeKeys(Sandbox &sandbox)
{
    QSet<QString> keys;
    for (const auto &p : sandbox.withStore([](TokenStore &s) { return s.allPairs(); }))
        keys.insert(p.username + QLatin1Char('\n') + p.clientId);
    return keys;
}

void waitFor(QObject *sender, const char *signal, int timeoutMs)
{
    QEventLoop loop;
    QObject::connect(sender, signal, &loop, SLOT(quit()));
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
}

Run revoke(const Http2Front &front, Sandbox &sandbox, const QList<DeleteTarget> &targets,
           bool verify, const QString &dir)
{
    Run run;
    TrustingNetwork network;
    QString error;
    network.trustCaFileFor(front.http2Url(), front.caFile(), &error);
    TokensApi api(&network);
    api.beginSession(front.http2Url(), sandbox.adminToken());
    AuditJournal journal(dir + QStringLiteral("/journal.jsonl"));
    BulkRevoker revoker(&api, &journal);
    revoker.setVerify(verify);
    const int refusedBefore = sandbox.rateLimited();
    QElapsedTimer clock;
    clock.start();
    revoker.start(targets, RevokeBinding::of(api.baseUrl(), {}));
    if (revoker.isRunning())
        waitFor(&revoker, SIGNAL(finished()), 600000);
    run.seconds = clock.nsecsElapsed() / 1e9;
    run.revoked = revoker.count(RevokeOutcome::Kind::Revoked);
    run.refused = sandbox.rateLimited() - refusedBefore;
    // Every pair's DELETE (and check), and each refused try sent again.
    run.requests = int(targets.size()) * (verify ? 2 : 1) + run.refused;
    run.recycled = ConnectionWatch::of(&network)->recycledCount();
    run.peakWindow = revoker.concurrency()->peakWindow();
    run.pace = revoker.concurrency()->pacePerSecond();
    const QSet<QString> keys = storeKeys(sandbox);
    for (const DeleteTarget &t : targets)
        run.left += keys.contains(t.key().username + QLatin1Char('\n') + t.key().clientId);
    return run;
}

// The mark: N DELETEs from a plain QNetworkAccessManager, 64 on the wire, no journal, no check.
double bareClient(const Http2Front &front, Sandbox &sandbox, const QList<DeleteTarget> &targets)
{
    TrustingNetwork network;
    QString error;
    network.trustCaFileFor(front.http2Url(), front.caFile(), &error);
    QElapsedTimer clock;
    clock.start();
    int next = 0, done = 0;
    QEventLoop loop;
    std::function<void()> sendMore;
    sendMore = [&] {
        while (next < targets.size() && next - done < 64) {
            const DeleteTarget &t = targets[next++];
            QUrl url = front.http2Url();
            url.setPath(QStringLiteral("/auth/tokens"));
            url.setQuery(QStringLiteral("username=%1&client_id=%2")
                             .arg(QString::fromUtf8(QUrl::toPercentEncoding(t.key().username)),
                                  QString::fromUtf8(QUrl::toPercentEncoding(t.key().clientId))));
            QNetworkRequest request(url);
            request.setRawHeader("Authorization", "Bearer " + sandbox.adminToken().toUtf8());
            QNetworkReply *reply = network.sendCustomRequest(request, "DELETE");
            QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
                reply->deleteLater();
                if (++done == targets.size())
                    loop.quit();
                else
                    sendMore();
            });
        }
    };
    sendMore();
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    loop.exec();
    return clock.nsecsElapsed() / 1e9;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const BenchOptions options(QStringLiteral("N: revokes of the short runs (10 x N the long)."),
                               QStringLiteral("1000"));
    parser.addOptions(options.all());
    parser.process(app);
    const int n = qMax(10, parser.value(options.tokens).toInt());
    const int latency = parser.value(options.latency).toInt();
    QTextStream out(stdout);
    QString why;
    if (!Http2Front::available(&why)) {
        out << "bench_pace: " << why << Qt::endl;
        return 77;
    }
    Sandbox::Options sandboxOptions;
    sandboxOptions.tokens = 100 * n + 500;
    Sandbox sandbox(sandboxOptions);
    if (!sandbox.start())
        return 2;
    Http2Front front; // nginx's defaults
    QString error;
    if (!front.start(sandbox.url().port(), &error)) {
        out << "bench_pace: " << error << Qt::endl;
        return 2;
    }
    QList<DeleteTarget> pairs;
    for (const auto &p : sandbox.withStore([](TokenStore &s) { return s.allPairs(); })) {
        const DeleteTarget target = DeleteTarget::token({p.username, p.clientId});
        if (p.username != QLatin1String(Sandbox::AdminUsername) && target.isValid())
            pairs.append(target);
    }
    qsizetype used = 0;
    const auto take = [&](int count) {
        const QList<DeleteTarget> chosen = pairs.mid(used, count);
        used += count;
        return chosen;
    };
    QTemporaryDir dir;
    sandbox.setLatencyMs(latency);

    const double bare = bareClient(front, sandbox, take(n));
    const Run plain = revoke(front, sandbox, take(n), false, dir.path());
    const Run verified = revoke(front, sandbox, take(n), true, dir.path());
    const Run many = revoke(front, sandbox, take(10 * n), false, dir.path());
    sandbox.setRateLimit(Sandbox::RateLimit {500, 50, true});
    const Run said = revoke(front, sandbox, take(10 * n), false, dir.path());
    sandbox.setRateLimit(Sandbox::RateLimit {500, 50, false});
    const Run unsaid = revoke(front, sandbox, take(10 * n), false, dir.path());

    // The export, under the limit with its fields: every token, pages of 1,000.
    sandbox.setRateLimit(Sandbox::RateLimit {500, 50, true});
    double exportSeconds = 0;
    qint64 exported = 0, total = 0;
    int exportRefused = 0;
    {
        TrustingNetwork network;
        network.trustCaFileFor(front.http2Url(), front.caFile(), &error);
        TokensApi api(&network);
        api.beginSession(front.http2Url(), sandbox.adminToken());
        TokenExporter exporter(&api);
        const int before = sandbox.rateLimited();
        QElapsedTimer clock;
        clock.start();
        if (exporter.start(ListQuery {}, dir.filePath(QStringLiteral("all.csv")),
                           TokenExporter::Format::Csv, &error))
            waitFor(&exporter, SIGNAL(finished()), 600000);
        exportSeconds = clock.nsecsElapsed() / 1e9;
        exported = exporter.written();
        total = exporter.total();
        exportRefused = sandbox.rateLimited() - before;
    }
    sandbox.setRateLimit({});

    const auto line = [&out](const QString &name, const Run &r, int count) {
        out << QStringLiteral("%1: %2 of %3 revoked (%4 left) in %5 s, %6 requests, %7 refused "
                              "(429), %8 connections recycled, peak window %9, pace %10/s")
                   .arg(name)
                   .arg(r.revoked)
                   .arg(count)
                   .arg(r.left)
                   .arg(r.seconds, 0, 'f', 3)
                   .arg(r.requests)
                   .arg(r.refused)
                   .arg(r.recycled)
                   .arg(r.peakWindow)
                   .arg(r.pace, 0, 'f', 0)
            << Qt::endl;
    };
    out << QStringLiteral("bare client, %1 DELETEs, 64 in flight: %2 s").arg(n).arg(bare, 0, 'f', 3)
        << Qt::endl;
    line(QStringLiteral("revokes, not verified"), plain, n);
    line(QStringLiteral("revokes, verified"), verified, n);
    line(QStringLiteral("revokes x10, not verified"), many, 10 * n);
    line(QStringLiteral("revokes x10, limit 500/s said in fields"), said, 10 * n);
    line(QStringLiteral("revokes x10, limit 500/s not said"), unsaid, 10 * n);
    out << QStringLiteral("export of %1 tokens under the limit (fields): %2 s, %3 refused")
               .arg(exported)
               .arg(exportSeconds, 0, 'f', 3)
               .arg(exportRefused)
        << Qt::endl;

    const double bound = 10.0 * n / 500.0;
    const auto exact = [](const Run &r, int count) {
        return r.revoked == count && r.left == 0;
    };
    bool met = benchResult(out, QStringLiteral("%L1 revokes, HTTP/2, nginx defaults").arg(n),
                           QStringLiteral("<= max(0.45 s, 1.1x bare %1 s)").arg(bare, 0, 'f', 3),
                           QStringLiteral("%1 s").arg(plain.seconds, 0, 'f', 3),
                           plain.seconds <= qMax(0.45, 1.1 * bare));
    met &= benchResult(out, QStringLiteral("%L1 revokes across recycled connections").arg(10 * n),
                       QStringLiteral("<= 1.1 x 10 x %1 s").arg(plain.seconds, 0, 'f', 3),
                       QStringLiteral("%1 s").arg(many.seconds, 0, 'f', 3),
                       many.seconds <= 11 * plain.seconds);
    met &= benchResult(out, QStringLiteral("limit 500/s with fields"),
                       QStringLiteral("<= 1.1 x %1 s, 429s < 1%").arg(bound),
                       QStringLiteral("%1 s, %2%")
                           .arg(said.seconds, 0, 'f', 3)
                           .arg(100.0 * said.refused / qMax(1, said.requests), 0, 'f', 2),
                       said.seconds <= 1.1 * bound && said.refused * 100 < said.requests);
    met &= benchResult(out, QStringLiteral("limit 500/s without fields"),
                       QStringLiteral("<= 1.1 x %1 s, 429s < 5%").arg(bound),
                       QStringLiteral("%1 s, %2%")
                           .arg(unsaid.seconds, 0, 'f', 3)
                           .arg(100.0 * unsaid.refused / qMax(1, unsaid.requests), 0, 'f', 2),
                       unsaid.seconds <= 1.1 * bound && unsaid.refused * 20 < unsaid.requests);
    const double exportBound = double((total + 999) / 1000 + 1) / 500.0;
    met &= benchResult(out, QStringLiteral("export under the limit"),
                       QStringLiteral("all %1, <= 1.1 x %2 s or 1 s").arg(total).arg(exportBound),
                       QStringLiteral("%1, %2 s").arg(exported).arg(exportSeconds, 0, 'f', 3),
                       exported == total && exportSeconds <= qMax(1.0, 1.1 * exportBound));
    met &= benchResult(
        out, QStringLiteral("every outcome exact"), QStringLiteral("all revoked"),
        QStringLiteral("%1").arg(exact(plain, n) && exact(verified, n) && exact(many, 10 * n)
                                         && exact(said, 10 * n) && exact(unsaid, 10 * n)
                                     ? QStringLiteral("all revoked")
                                     : QStringLiteral("NOT all")),
        exact(plain, n) && exact(verified, n) && exact(many, 10 * n) && exact(said, 10 * n)
            && exact(unsaid, 10 * n));
    if (!(exact(plain, n) && exact(verified, n) && exact(many, 10 * n)))
        return 1;
    return parser.isSet(options.check) && !met ? 1 : 0;
}
