// Revoking 1,000 tokens through the console's own path (MainWindow -> BulkRevoker -> TokensApi)
// against the sandbox with 20 ms added latency per request.
// Targets: done within 1.25x of the connection bound (1,000 x 20 ms / 6 = 3.33 s, so 4.17 s)
// and the GUI thread's longest stall at or under 16 ms, measured by a 1 ms timer probe.
//   QT_QPA_PLATFORM=offscreen bench_revoke [--tokens 1000] [--latency-ms 20] [--check]
#include "AuditJournal.h"
#include "BulkRevoker.h"
#include "MainWindow.h"
#include "Sandbox.h"
#include "Settings.h"
#include "TokensApi.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSet>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption tokensOption(QStringLiteral("tokens"),
                                          QStringLiteral("Tokens to revoke (max 1000)."),
                                          QStringLiteral("n"), QStringLiteral("1000"));
    const QCommandLineOption latencyOption(QStringLiteral("latency-ms"),
                                           QStringLiteral("Added latency."), QStringLiteral("ms"),
                                           QStringLiteral("20"));
    const QCommandLineOption checkOption(QStringLiteral("check"),
                                         QStringLiteral("Exit 1 when a target is missed."));
    parser.addOptions({tokensOption, latencyOption, checkOption});
    parser.process(app);
    const int count = qBound(1, parser.value(tokensOption).toInt(), 1000);
    const int latency = parser.value(latencyOption).toInt();
    QTextStream out(stdout);

    Sandbox::Options options;
    options.tokens = count + 500;
    Sandbox sandbox(options);
    if (!sandbox.start())
        return 2;
    QTemporaryDir dir;
    QNetworkAccessManager network;
    TokensApi api(&network);
    api.setBaseUrl(sandbox.url());
    api.setAccessToken(sandbox.adminToken());
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    settings.setValue(Settings::Key::PageSize, 1000);
    AuditJournal journal(dir.filePath(QStringLiteral("journal.jsonl")));
    MainWindow window(&api, &settings);
    window.setAuditJournal(&journal);
    window.setSignedIn(true);
    window.resize(1280, 800);
    if (!qEnvironmentVariableIsSet("BENCH_HIDDEN"))
        window.show();
    window.start();
    QEventLoop wait;
    QObject::connect(&window, &MainWindow::firstPageShown, &wait, &QEventLoop::quit);
    wait.exec();

    // The first `count` rows of the page, but never the admin's own token: revoking it would
    // end the session. "admin" sorts early, so with --tokens 1000 the page holds only 999
    // others; the rest come from the rows after the page, so that exactly `count` are revoked.
    QList<DeleteTarget> targets;
    QSet<QString> chosen;
    auto choose = [&](const QString &username, const QString &clientId) {
        const QString pair = username + QLatin1Char('\n') + clientId;
        if (targets.size() < count && username != QLatin1String(Sandbox::AdminUsername)
            && !chosen.contains(pair)) {
            chosen.insert(pair);
            targets.append(DeleteTarget::token({username, clientId}));
        }
    };
    for (int row = 0; row < window.model()->rowCount(); ++row)
        choose(window.model()->keyAt(row).username, window.model()->keyAt(row).clientId);
    const auto allPairs = sandbox.withStore([](TokenStore &s) { return s.allPairs(); });
    for (const TokenStore::Pair &pair : allPairs)
        choose(pair.username, pair.clientId);
    const qint64 before = sandbox.withStore([](TokenStore &s) { return s.size(); });
    sandbox.setLatencyMs(latency);

    // The probe: a 1 ms timer on the GUI thread; the longest gap between its ticks is the
    // longest time the thread could not run an event.
    QElapsedTimer probeClock;
    qint64 lastTick = 0, longestStall = 0, longestStallAt = 0;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(1);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 now = probeClock.nsecsElapsed();
        if (lastTick > 0 && now - lastTick > longestStall) {
            longestStall = now - lastTick;
            longestStallAt = lastTick;
        }
        lastTick = now;
    });

    QElapsedTimer run;
    probeClock.start();
    probe.start();
    run.start();
    window.startRevocation(targets);
    QEventLoop done;
    QObject::connect(window.revoker(), &BulkRevoker::finished, &done, &QEventLoop::quit);
    done.exec();
    const double seconds = run.nsecsElapsed() / 1e9;
    probe.stop();

    const int revoked = window.revoker()->count(RevokeOutcome::Kind::Revoked);
    const qint64 after = sandbox.withStore([](TokenStore &s) { return s.size(); });
    const double bound = targets.size() * latency / 1000.0 / BulkRevoker::MaxInFlight;
    const double stallMs = longestStall / 1e6 - 1.0; // minus the probe's own 1 ms interval
    out << "revoked " << revoked << " of " << targets.size() << " (store " << before << " -> "
        << after << "), peak in flight " << window.revoker()->peakInFlight() << Qt::endl;
    out << QStringLiteral("time %1 s; connection bound %2 s; ratio %3 (target <= 1.25)")
               .arg(seconds, 0, 'f', 2)
               .arg(bound, 0, 'f', 2)
               .arg(seconds / bound, 0, 'f', 3)
        << Qt::endl;
    out << QStringLiteral("longest GUI-thread stall %1 ms, %2 ms into the run (target <= 16 ms)")
               .arg(stallMs, 0, 'f', 1)
               .arg(longestStallAt / 1e6, 0, 'f', 0)
        << Qt::endl;
    if (revoked != targets.size() || after != before - revoked)
        return 1;
    if (parser.isSet(checkOption) && (seconds / bound > 1.25 || stallMs > 16))
        return 1;
    return 0;
}
