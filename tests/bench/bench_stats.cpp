// The overview's figures (TokenStats) of every token: 1,000,000 tokens (a tenth of them one
// client's, 400 one user's) from a knetik-sandbox process with 20 ms added latency, over HTTP/2
// and over HTTP/1.1 through the nginx front (tests/support/http2-front.sh, nginx's defaults), in
// one run. Targets: HTTP/2 within 10 s; HTTP/1.1 within 1.2x the paging bound (pages x latency / 6
// at once); this process's resident memory grows by less than 64 MB (counts are kept, not rows);
// the event loop's longest stall at most 16 ms while reading (a 1 ms timer's late ticks).
//   bench_stats [--tokens 1000000] [--latency-ms 20] [--check]
#include "BenchResult.h"
#include "Http2Front.h"
#include "ResidentMemory.h"
#include "SandboxProcess.h"
#include "Tls.h"
#include "TokenStats.h"
#include "TokensApi.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTextStream>
#include <QTimer>
#include <cmath>

#include <malloc.h>

namespace {

struct Run
{
    double seconds = 0;
    qint64 tokens = 0;
    qint64 rssGrowthKiB = 0;
    qint64 longestStallMs = 0;
    QString outliers;
    bool ok = false;
    QString error;
};

Run count(const QUrl &base, const QString &caFile)
{
    Run run;
    TrustingNetwork network;
    QString error;
    if (!caFile.isEmpty())
        network.trustCaFileFor(base, caFile, &error);
    TokensApi api(&network);
    api.setBaseUrl(base);
    api.setAccessToken(QStringLiteral("bench-admin"));
    TokenStats stats(&api);
    stats.setParallel(64);
    QSignalSpy finished(&stats, &TokenStats::finished);
    malloc_trim(0);
    const qint64 before = residentKiB();
    qint64 peak = before;
    QObject::connect(&stats, &TokenStats::progress, [&] { peak = qMax(peak, residentKiB()); });
    // The event loop's responsiveness: a 1 ms timer, and the longest gap between its ticks.
    QElapsedTimer tick;
    qint64 longest = 0;
    QTimer timer;
    timer.setTimerType(Qt::PreciseTimer);
    timer.setInterval(1);
    QObject::connect(&timer, &QTimer::timeout, [&] { longest = qMax(longest, tick.restart()); });
    QElapsedTimer clock;
    clock.start();
    tick.start();
    timer.start();
    stats.start({});
    if (!finished.wait(600000)) {
        run.error = QStringLiteral("did not finish");
        return run;
    }
    timer.stop();
    run.seconds = clock.nsecsElapsed() / 1e9;
    run.longestStallMs = longest;
    run.rssGrowthKiB = qMax(peak, residentKiB()) - before;
    run.ok = stats.succeeded();
    run.error = stats.error().message();
    if (run.ok) {
        run.tokens = stats.figures().tokens;
        for (const TokenStats::Outlier &o : stats.figures().outliers)
            run.outliers += QStringLiteral("%1 %2 ").arg(o.name).arg(o.count);
    }
    return run;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const BenchOptions benchOptions(QStringLiteral("Tokens."), QStringLiteral("1000000"));
    parser.addOptions(benchOptions.all());
    parser.process(app);
    const qint64 tokens = parser.value(benchOptions.tokens).toLongLong();
    const int latency = parser.value(benchOptions.latency).toInt();
    QTextStream out(stdout);
    QString why;
    if (!Http2Front::available(&why)) {
        out << "bench_stats: " << why << Qt::endl;
        return 77;
    }
    // The sandbox in its own process, so that only the client's memory is measured; two seeded
    // outliers the figures must name.
    QProcess sandbox;
    const QUrl base = startSandboxProcess(
        sandbox, QStringLiteral(KNETIK_SANDBOX_PATH),
        {QStringLiteral("--tokens"), QString::number(tokens - 400 - tokens / 10),
         QStringLiteral("--latency-ms"), QString::number(latency), QStringLiteral("--admin-token"),
         QStringLiteral("bench-admin"), QStringLiteral("--outlier"), QStringLiteral("loop-bot:400"),
         QStringLiteral("--outlier"), QStringLiteral("client:leaked-ci:%1").arg(tokens / 10)});
    if (base.isEmpty())
        return 2;
    Http2Front front;
    QString error;
    if (!front.start(quint16(base.port()), &error)) {
        out << "bench_stats: " << error << Qt::endl;
        return 2;
    }
    const Run h2 = count(front.http2Url(), front.caFile());
    const Run h1 = count(front.http1Url(), front.caFile());
    front.stop();
    sandbox.kill();
    sandbox.waitForFinished();
    const qint64 expected = tokens;
    for (const Run *run : {&h2, &h1}) {
        if (!run->ok || run->tokens != expected
            || !run->outliers.contains(QLatin1String("loop-bot 400"))) {
            out << "a count failed or is wrong: " << run->tokens << " of " << expected << ", "
                << run->outliers << run->error << Qt::endl;
            return 1;
        }
    }
    const double pages = std::ceil(double(expected) / 1000) + 1; // and the page past the last
    const double bound = pages * latency / 1000.0 / 6;
    const auto line = [&](const QString &name, const Run &run) {
        out << QStringLiteral("%1: %L2 tokens in %3 s (%L4 tokens/s), RSS growth %5 MB, longest "
                              "stall %6 ms, outliers %7")
                   .arg(name)
                   .arg(run.tokens)
                   .arg(run.seconds, 0, 'f', 2)
                   .arg(run.tokens / run.seconds, 0, 'f', 0)
                   .arg(run.rssGrowthKiB / 1024.0, 0, 'f', 1)
                   .arg(run.longestStallMs)
                   .arg(run.outliers)
            << Qt::endl;
    };
    line(QStringLiteral("HTTP/2 through the front"), h2);
    line(QStringLiteral("HTTP/1.1 through the front"), h1);
    const QString size = QStringLiteral("%L1 tokens at %2 ms").arg(expected).arg(latency);
    bool met = benchResult(out, QStringLiteral("overview of %1, HTTP/2").arg(size),
                           QStringLiteral("<= 10 s"),
                           QStringLiteral("%1 s").arg(h2.seconds, 0, 'f', 2), h2.seconds <= 10);
    met &= benchResult(out, QStringLiteral("overview of %1, HTTP/1.1 vs paging bound").arg(size),
                       QStringLiteral("<= 1.2x (%1 s)").arg(bound, 0, 'f', 1),
                       QStringLiteral("%1x").arg(h1.seconds / bound, 0, 'f', 2),
                       h1.seconds <= 1.2 * bound);
    const qint64 growth = qMax(h1.rssGrowthKiB, h2.rssGrowthKiB);
    met &= benchResult(out, QStringLiteral("overview of %1, client RSS growth").arg(size),
                       QStringLiteral("< 64 MB"),
                       QStringLiteral("%1 MB").arg(growth / 1024.0, 0, 'f', 1), growth < 64 * 1024);
    const qint64 stall = qMax(h1.longestStallMs, h2.longestStallMs);
    met &= benchResult(out, QStringLiteral("overview of %1, longest event-loop stall").arg(size),
                       QStringLiteral("<= 16 ms"), QStringLiteral("%1 ms").arg(stall), stall <= 16);
    return parser.isSet(benchOptions.check) && !met ? 1 : 0;
}
