// Export of every matching token: 100,000 tokens from a knetik-sandbox process with 20 ms added
// latency, pages of 1,000 read 6 at once and written in order, against the same pages read one
// after another, in the same run. Targets: at least 4x faster than one after another, and this
// process's resident memory grows by less than 20 MB during the export (it streams).
//   bench_export [--tokens 100000] [--latency-ms 20] [--check]
#include "BenchResult.h"
#include "ResidentMemory.h"
#include "SandboxProcess.h"
#include "TokenExporter.h"
#include "TokensApi.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextStream>

#include <malloc.h>

namespace {
struct Run
{
    double seconds = 0;
    qint64 written = 0;
    qint64 rssGrowthKiB = 0;
    bool ok = false;
};

Run exportOnce(TokensApi &api, int parallel, const QString &path)
{
    TokenExporter exporter(&api);
    exporter.setParallel(parallel);
    QSignalSpy finished(&exporter, &TokenExporter::finished);
    malloc_trim(0);
    const qint64 before = residentKiB();
    qint64 peak = before;
    QObject::connect(&exporter, &TokenExporter::progress,
                     [&] { peak = qMax(peak, residentKiB()); });
    QElapsedTimer clock;
    clock.start();
    QString error;
    Run run;
    if (!exporter.start({}, path, TokenExporter::Format::Csv, &error) || !finished.wait(600000))
        return run;
    run.seconds = clock.nsecsElapsed() / 1e9;
    run.written = exporter.written();
    run.ok = exporter.succeeded();
    run.rssGrowthKiB = qMax(peak, residentKiB()) - before;
    return run;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const BenchOptions benchOptions(QStringLiteral("Tokens."), QStringLiteral("100000"));
    const QCommandLineOption &tokensOption = benchOptions.tokens;
    const QCommandLineOption &latencyOption = benchOptions.latency;
    const QCommandLineOption &checkOption = benchOptions.check;
    parser.addOptions(benchOptions.all());
    parser.process(app);
    const qint64 tokens = parser.value(tokensOption).toLongLong();
    QTextStream out(stdout);

    // The sandbox in its own process, so that only the client's memory is measured.
    QProcess sandbox;
    const QUrl base
        = startSandboxProcess(sandbox, QStringLiteral(KNETIK_SANDBOX_PATH),
                              {QStringLiteral("--tokens"), QString::number(tokens),
                               QStringLiteral("--latency-ms"), parser.value(latencyOption),
                               QStringLiteral("--admin-token"), QStringLiteral("bench-admin")});
    if (base.isEmpty())
        return 2;

    QTemporaryDir dir;
    QNetworkAccessManager network;
    TokensApi api(&network);
    api.setBaseUrl(base);
    api.setAccessToken(QStringLiteral("bench-admin"));
    const Run sequential = exportOnce(api, 1, dir.filePath(QStringLiteral("one-by-one.csv")));
    const Run parallel
        = exportOnce(api, TokenExporter::Parallel, dir.filePath(QStringLiteral("parallel.csv")));
    sandbox.kill();
    sandbox.waitForFinished();
    if (!sequential.ok || !parallel.ok || parallel.written != tokens
        || sequential.written != tokens) {
        out << "an export failed or wrote the wrong number of rows (" << sequential.written << ", "
            << parallel.written << " of " << tokens << ")" << Qt::endl;
        return 1;
    }
    QFile a(dir.filePath(QStringLiteral("one-by-one.csv"))),
        b(dir.filePath(QStringLiteral("parallel.csv")));
    if (!a.open(QIODevice::ReadOnly) || !b.open(QIODevice::ReadOnly)
        || a.readAll() != b.readAll()) {
        out << "the two files differ" << Qt::endl;
        return 1;
    }
    const double speedup = sequential.seconds / parallel.seconds;
    out << QStringLiteral("%L1 tokens at %2 ms: one page after another %3 s, %4 at once %5 s "
                          "(%6 tokens/s); RSS growth %7 KiB (one by one %8 KiB)")
               .arg(tokens)
               .arg(parser.value(latencyOption))
               .arg(sequential.seconds, 0, 'f', 2)
               .arg(TokenExporter::Parallel)
               .arg(parallel.seconds, 0, 'f', 2)
               .arg(tokens / parallel.seconds, 0, 'f', 0)
               .arg(parallel.rssGrowthKiB)
               .arg(sequential.rssGrowthKiB)
        << Qt::endl;
    bool met = benchResult(
        out, QStringLiteral("export %L1 tokens, speed-up over one by one").arg(tokens),
        QStringLiteral(">= 4x"), QStringLiteral("%1x").arg(speedup, 0, 'f', 2), speedup >= 4.0);
    met &= benchResult(out, QStringLiteral("export %L1 tokens, client RSS growth").arg(tokens),
                       QStringLiteral("< 20 MB"),
                       QStringLiteral("%1 MB").arg(parallel.rssGrowthKiB / 1024.0, 0, 'f', 1),
                       parallel.rssGrowthKiB < 20 * 1024);
    return parser.isSet(checkOption) && !met ? 1 : 0;
}
