// Soak: 10,000 list requests and 10,000 revokes through the console's client (TokensApi,
// TokenTableModel, BulkRevoker) against a knetik-sandbox process, with this process's
// resident memory at the start, after a warm-up, and at the end. Target: growth under 10%.
//   bench_soak [--lists 10000] [--revokes 10000] [--check]
#include "BulkRevoker.h"
#include "TokenTableModel.h"
#include "TokensApi.h"

#include "BenchResult.h"
#include "ResidentMemory.h"
#include "SandboxProcess.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTextStream>

#include <malloc.h>
#include <memory>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption listsOption(QStringLiteral("lists"), QStringLiteral("List requests."),
                                         QStringLiteral("n"), QStringLiteral("10000"));
    const QCommandLineOption revokesOption(QStringLiteral("revokes"),
                                           QStringLiteral("Tokens revoked."), QStringLiteral("n"),
                                           QStringLiteral("10000"));
    const QCommandLineOption checkOption(QStringLiteral("check"),
                                         QStringLiteral("Exit 1 when memory grows 10% or more."));
    parser.addOptions({listsOption, revokesOption, checkOption});
    parser.process(app);
    const int lists = parser.value(listsOption).toInt();
    const int revokes = parser.value(revokesOption).toInt();
    QTextStream out(stdout);
    // Growth is measured between a sample after 200 lists and the end: with too few requests
    // after the warm-up the figure says nothing, so --check refuses to judge it.
    constexpr int MinListsToCheck = 5000;
    if (parser.isSet(checkOption) && lists < MinListsToCheck) {
        out << "--check needs --lists " << MinListsToCheck << " or more (got " << lists << ")"
            << Qt::endl;
        return 2;
    }

    // The sandbox in its own process, so that only the client's memory is measured.
    QProcess sandbox;
    const QUrl base
        = startSandboxProcess(sandbox, QStringLiteral(KNETIK_SANDBOX_PATH),
                              {QStringLiteral("--tokens"), QString::number(revokes + 2000),
                               QStringLiteral("--admin-token"), QStringLiteral("soak-admin")});
    if (base.isEmpty())
        return 2;

    const qint64 rssStart = residentKiB();
    QNetworkAccessManager network;
    // Requests that really went out and came back (a loop turn that changed nothing sends none).
    int listRequests = 0;
    QObject::connect(&network, &QNetworkAccessManager::finished, [&] { ++listRequests; });
    TokensApi api(&network);
    api.setBaseUrl(base);
    api.setAccessToken(QStringLiteral("soak-admin"));
    TokenTableModel model(&api);
    const char *filters[] = {"", "a", "ada", "e", "lovelace", "zo", "%", "+"};
    qint64 rssWarm = 0;
    QElapsedTimer clock;
    clock.start();
    int failures = 0;
    for (int i = 0; i < lists; ++i) {
        QSignalSpy loading(&model, &TokenTableModel::loadingChanged);
        const QString filter = QString::fromLatin1(filters[i % 8]);
        if (i % 3 == 0)
            model.setFilters(filter, {});
        else
            model.setPage(1 + int(QRandomGenerator::global()->bounded(40)));
        if (model.isLoading())
            loading.wait(10000);
        while (model.isLoading())
            loading.wait(10000);
        failures += model.lastError() ? 1 : 0;
        if (i == 200) {
            malloc_trim(0); // both samples after a trim: freed pages are not growth
            rssWarm = residentKiB();
        }
    }
    const double listSeconds = clock.elapsed() / 1000.0;
    const int listRequestsSent = listRequests;
    malloc_trim(0);
    const qint64 rssAfterLists = residentKiB();

    // The pairs to revoke, read through the client too.
    QList<DeleteTarget> targets;
    for (int page = 1; targets.size() < revokes; ++page) {
        ListQuery query;
        query.size = 1000;
        query.page = page;
        ListTokensCall *call = api.listTokens(query);
        QSignalSpy done(call, &ApiCall::finished);
        done.wait(30000);
        if (call->error() || call->value().content.isEmpty())
            break;
        for (const TokenKey &key : call->value().content) {
            if (key.username != QLatin1String("admin") && targets.size() < revokes)
                targets.append(DeleteTarget::token(key));
        }
    }
    const int targetCount = int(targets.size());
    auto revoker = std::make_unique<BulkRevoker>(&api, nullptr);
    QSignalSpy finished(revoker.get(), &BulkRevoker::finished);
    clock.restart();
    revoker->start(targets, RevokeBinding::of(api.baseUrl(), {}));
    finished.wait(600000);
    const double revokeSeconds = clock.elapsed() / 1000.0;
    const int revoked = revoker->count(RevokeOutcome::Kind::Revoked);
    const qint64 rssWithResults = residentKiB();
    // The run's results (10,000 outcomes) are data the window keeps while it shows them;
    // what must not grow is what stays after they are let go.
    revoker.reset();
    targets.clear();
    targets.squeeze();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    malloc_trim(0); // hand freed pages back, so that RSS shows what is still in use
    const qint64 rssEnd = residentKiB();
    sandbox.kill();
    sandbox.waitForFinished();

    const double growth = rssWarm > 0 ? 100.0 * (rssEnd - rssWarm) / rssWarm : 0;
    out << QStringLiteral("lists: %1 loop turns, %7 requests sent, in %2 s (%3 failed); revokes: "
                          "%4 of %5 revoked in %6 s")
               .arg(lists)
               .arg(listSeconds, 0, 'f', 1)
               .arg(failures)
               .arg(revoked)
               .arg(targetCount)
               .arg(revokeSeconds, 0, 'f', 1)
               .arg(listRequestsSent)
        << Qt::endl;
    out << QStringLiteral(
               "RSS KiB: start %1, after 200 lists %2, after lists %3, with the revoke's 10,000 "
               "outcomes %4, end %5; growth after warm-up %6% (target < 10%)")
               .arg(rssStart)
               .arg(rssWarm)
               .arg(rssAfterLists)
               .arg(rssWithResults)
               .arg(rssEnd)
               .arg(growth, 0, 'f', 1)
        << Qt::endl;
    const bool enough = listRequestsSent >= MinListsToCheck / 2;
    if (parser.isSet(checkOption) && !enough) {
        out << "too few list requests were sent (" << listRequestsSent << ") to judge growth"
            << Qt::endl;
        return 2;
    }
    const bool met = benchResult(out,
                                 QStringLiteral("client memory growth, %L1 lists + %L2 revokes")
                                     .arg(listRequestsSent)
                                     .arg(revokes),
                                 QStringLiteral("< 10%"),
                                 QStringLiteral("%1%").arg(growth, 0, 'f', 1), growth < 10.0);
    if (parser.isSet(checkOption) && !met)
        return 1;
    return failures == 0 && revoked == targetCount ? 0 : 1;
}
