// TokenStats (View > Overview, knetik-tokens stats) against the sandbox: every figure equals what
// the server's own store holds, counted here the plain way (a hash of every name, sorted).
#include "Sandbox.h"
#include "SandboxClient.h"
#include "TokenExporter.h"
#include "TokenStats.h"
#include "TokensApi.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <memory>
#include <numeric>

class TestTokenStats : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();

    void figuresAreTheServersOwn();
    void histogramEdges();
    void rowsOutsideTheFiltersAreNotCounted();
    void aReadThatCannotBeProvedCompleteGivesNoFigures();
    void cancelGivesNoFigures();
    void aNewReadDropsTheFiguresOfTheOldOne();
    void deletedWhileCountingIsSafe();
    void sandboxOutlierOption();

private:
    bool start(const Sandbox::Options &options);
    // Runs stats to the end; false when it did not finish in time.
    bool run(TokenStats &stats, const ListQuery &query, int top = 20);
    // The figures counted from the store itself, every row of the query.
    TokenStats::Figures expected(const ListQuery &query, int top) const;

    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<TokensApi> m_api;
};

void TestTokenStats::cleanup()
{
    m_api.reset();
    m_network.reset();
    m_sandbox.reset();
}

bool TestTokenStats::start(const Sandbox::Options &options)
{
    return startSandboxWithClient(m_sandbox, m_network, m_api, options);
}

bool TestTokenStats::run(TokenStats &stats, const ListQuery &query, int top)
{
    QSignalSpy finished(&stats, &TokenStats::finished);
    stats.start(query, top);
    return finished.count() > 0 || finished.wait(60000);
}

TokenStats::Figures TestTokenStats::expected(const ListQuery &query, int top) const
{
    QHash<QString, qint64> users, clients;
    TokenStore::ListRequest request;
    request.size = 1000;
    qint64 tokens = 0;
    for (request.page = 1;; ++request.page) {
        const auto page = m_sandbox->withStore([&](TokenStore &s) { return s.list(request); });
        for (const auto &pair : page.rows) {
            // The contract's filters: case-insensitive substrings.
            if (!pair.username.contains(query.usernameFilter, Qt::CaseInsensitive)
                || !pair.clientId.contains(query.clientIdFilter, Qt::CaseInsensitive))
                continue;
            ++tokens;
            ++users[pair.username];
            ++clients[pair.clientId];
        }
        if (page.rows.size() < request.size)
            break;
    }
    const auto sorted = [](const QHash<QString, qint64> &counts) {
        QList<NameCounts::Entry> list;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            list.append({it.key(), it.value()});
        std::sort(list.begin(), list.end(), [](const auto &a, const auto &b) {
            return a.count != b.count ? a.count > b.count : a.name < b.name;
        });
        return list;
    };
    const auto median = [](const QList<NameCounts::Entry> &list) {
        std::vector<qint64> counts;
        for (const auto &e : list)
            counts.push_back(e.count);
        std::sort(counts.begin(), counts.end());
        if (counts.empty())
            return 0.0;
        return (counts[(counts.size() - 1) / 2] + counts[counts.size() / 2]) / 2.0;
    };
    TokenStats::Figures f;
    f.tokens = tokens;
    f.users = users.size();
    f.clients = clients.size();
    const QList<NameCounts::Entry> byUser = sorted(users), byClient = sorted(clients);
    f.medianPerUser = median(byUser);
    f.medianPerClient = median(byClient);
    f.topUsers = byUser.mid(0, top);
    f.topClients = byClient.mid(0, top);
    f.usersByTokens = TokenStats::emptyBins();
    for (const auto &e : byUser) {
        for (TokenStats::Bin &bin : f.usersByTokens) {
            if (e.count >= bin.from && (bin.to < 0 || e.count <= bin.to))
                ++bin.users;
        }
    }
    for (const auto &e : byUser) {
        if (e.count >= 20 && e.count > 10 * f.medianPerUser)
            f.outliers.append({TokenStats::Outlier::Kind::User, e.name, e.count, f.medianPerUser});
    }
    for (const auto &e : byClient) {
        if (e.count >= 20 && e.count > 10 * f.medianPerClient)
            f.outliers.append(
                {TokenStats::Outlier::Kind::Client, e.name, e.count, f.medianPerClient});
    }
    return f;
}

namespace {

QStringList describe(const QList<NameCounts::Entry> &list)
{
    QStringList out;
    for (const auto &e : list)
        out << QStringLiteral("%1=%2").arg(e.name).arg(e.count);
    return out;
}

QStringList describe(const QList<TokenStats::Outlier> &list)
{
    QStringList out;
    for (const auto &o : list)
        out << QStringLiteral("%1 %2=%3 (median %4)")
                   .arg(o.kind == TokenStats::Outlier::Kind::User ? QStringLiteral("user")
                                                                  : QStringLiteral("client"),
                        o.name)
                   .arg(o.count)
                   .arg(o.median);
    return out;
}

QList<qint64> binUsers(const QList<TokenStats::Bin> &bins)
{
    QList<qint64> out;
    for (const auto &b : bins)
        out << b.users;
    return out;
}

} // namespace

void TestTokenStats::figuresAreTheServersOwn()
{
    Sandbox::Options options;
    options.tokens = 6000;
    options.seed = 11;
    options.outliers
        = {{QStringLiteral("loop-bot"), {}, 150}, {{}, QStringLiteral("ci-runner"), 900}};
    QVERIFY(start(options));
    TokenStats stats(m_api.get());
    QSignalSpy progress(&stats, &TokenStats::progress);
    QVERIFY(run(stats, ListQuery {}));
    QVERIFY2(stats.succeeded(), qPrintable(stats.error().message()));
    const TokenStats::Figures &f = stats.figures();
    const TokenStats::Figures e = expected(ListQuery {}, 20);
    QCOMPARE(f.tokens, e.tokens);
    QCOMPARE(f.tokens, m_sandbox->withStore([](TokenStore &s) { return s.size(); }));
    QCOMPARE(f.users, e.users);
    QCOMPARE(f.clients, e.clients);
    QCOMPARE(f.medianPerUser, e.medianPerUser);
    QCOMPARE(f.medianPerClient, e.medianPerClient);
    QCOMPARE(describe(f.topUsers), describe(e.topUsers));
    QCOMPARE(describe(f.topClients), describe(e.topClients));
    QCOMPARE(f.otherUsers, e.users - 20);
    QCOMPARE(f.otherClients, e.clients - 20);
    QCOMPARE(f.otherClientTokens + f.topClients.first().count
                 + std::accumulate(f.topClients.begin() + 1, f.topClients.end(), qint64(0),
                                   [](qint64 sum, const auto &x) { return sum + x.count; }),
             f.tokens);
    QCOMPARE(binUsers(f.usersByTokens), binUsers(e.usersByTokens));
    QCOMPARE(describe(f.outliers), describe(e.outliers));
    // The seeded outliers are found, and named as the rule says.
    QVERIFY2(describe(f.outliers)
                 .contains(QStringLiteral("user loop-bot=150 (median %1)").arg(e.medianPerUser)),
             qPrintable(describe(f.outliers).join(QLatin1String("; "))));
    QCOMPARE(f.topClients.first().name, QStringLiteral("ci-runner"));
    QVERIFY(progress.count() > 0);
    QVERIFY(f.readAt.isValid());
}

void TestTokenStats::histogramEdges()
{
    // Users holding exactly each edge's count (and the admin's 1).
    Sandbox::Options options;
    options.tokens = 1;
    for (const int count : {1, 2, 5, 6, 20, 21, 100, 101, 1000, 1001})
        options.outliers.append({QStringLiteral("u%1").arg(count), {}, count});
    QVERIFY(start(options));
    TokenStats stats(m_api.get());
    QVERIFY(run(stats, ListQuery {}));
    QVERIFY2(stats.succeeded(), qPrintable(stats.error().message()));
    const TokenStats::Figures &f = stats.figures();
    QCOMPARE(f.users, qint64(11));
    QCOMPARE(binUsers(f.usersByTokens), (QList<qint64> {2, 2, 2, 2, 2, 1}));
    QCOMPARE(f.medianPerUser, 20.0); // 1 1 2 5 6 [20] 21 100 101 1000 1001
    QCOMPARE(describe(f.outliers),
             (QStringList {QStringLiteral("user u1001=1001 (median 20)"),
                           QStringLiteral("user u1000=1000 (median 20)")}));
    QCOMPARE(TokenStats::binOf(0), -1);
    QCOMPARE(TokenStats::binOf(5), 1);
    QCOMPARE(TokenStats::binOf(6), 2);
    QCOMPARE(TokenStats::binOf(1000), 4);
    QCOMPARE(TokenStats::binOf(1001), 5);
}

void TestTokenStats::rowsOutsideTheFiltersAreNotCounted()
{
    // A server that ignores the filters lists every token: only the matching ones count.
    Sandbox::Options options;
    options.tokens = 2500;
    options.seed = 3;
    options.variant.ignoreFilters = true;
    QVERIFY(start(options));
    ListQuery query;
    query.clientIdFilter = QStringLiteral("app");
    TokenStats stats(m_api.get());
    QVERIFY(run(stats, query));
    QVERIFY2(stats.succeeded(), qPrintable(stats.error().message()));
    const TokenStats::Figures e = expected(query, 20);
    QVERIFY(e.tokens > 0 && e.tokens < 2500);
    QCOMPARE(stats.figures().tokens, e.tokens);
    QCOMPARE(describe(stats.figures().topClients), describe(e.topClients));
    QCOMPARE(stats.unmatched(), 2500 - e.tokens);
}

void TestTokenStats::aReadThatCannotBeProvedCompleteGivesNoFigures()
{
    // The total is capped: the page past the "last" one is not empty.
    Sandbox::Options options;
    options.tokens = 3000;
    options.variant.totalCap = 2000;
    QVERIFY(start(options));
    TokenStats stats(m_api.get());
    QVERIFY(run(stats, ListQuery {}));
    QVERIFY(!stats.succeeded());
    QCOMPARE(stats.error().kind(), ApiError::Kind::Incomplete);
    QCOMPARE(stats.figures().tokens, qint64(0));
    QVERIFY(stats.figures().topClients.isEmpty());
}

void TestTokenStats::cancelGivesNoFigures()
{
    Sandbox::Options options;
    options.tokens = 20000;
    options.latencyMs = 20;
    QVERIFY(start(options));
    TokenStats stats(m_api.get());
    QSignalSpy progress(&stats, &TokenStats::progress);
    QSignalSpy finished(&stats, &TokenStats::finished);
    stats.start(ListQuery {});
    QVERIFY(progress.wait(10000));
    stats.cancel();
    QVERIFY(!stats.isRunning());
    QVERIFY(stats.wasCancelled());
    QVERIFY(!stats.succeeded());
    QCOMPARE(stats.figures().tokens, qint64(0));
    QTest::qWait(200); // nothing arrives for it later
    QVERIFY(!stats.succeeded());
}

void TestTokenStats::aNewReadDropsTheFiguresOfTheOldOne()
{
    // The counting runs on its own thread: figures of a read that was replaced never arrive.
    Sandbox::Options options;
    options.tokens = 5000;
    options.seed = 9;
    QVERIFY(start(options));
    TokenStats stats(m_api.get());
    QSignalSpy finished(&stats, &TokenStats::finished);
    QSignalSpy progress(&stats, &TokenStats::progress);
    stats.start(ListQuery {});
    QVERIFY(progress.wait(10000));
    ListQuery query;
    query.clientIdFilter = QStringLiteral("web");
    finished.clear();
    stats.start(query);
    QVERIFY(finished.wait(30000));
    QTest::qWait(100);
    QVERIFY2(stats.succeeded(), qPrintable(stats.error().message()));
    QCOMPARE(stats.figures().tokens, expected(query, 20).tokens);
    QVERIFY(stats.figures().tokens < 5000);
}

void TestTokenStats::deletedWhileCountingIsSafe()
{
    // Deleted with rows queued on the counting thread (ASan checks nothing touches it after).
    Sandbox::Options options;
    options.tokens = 20000;
    QVERIFY(start(options));
    for (int i = 0; i < 3; ++i) {
        auto stats = std::make_unique<TokenStats>(m_api.get());
        QSignalSpy progress(stats.get(), &TokenStats::progress);
        stats->start(ListQuery {});
        QVERIFY(progress.wait(10000));
        QTest::qWait(i * 20);
        stats.reset();
    }
    QTest::qWait(100);
}

void TestTokenStats::sandboxOutlierOption()
{
    Sandbox::Options::Outlier o;
    QVERIFY(Sandbox::Options::parseOutlier(QStringLiteral("ada:412"), &o));
    QCOMPARE(o.username, QStringLiteral("ada"));
    QVERIFY(o.clientId.isEmpty());
    QCOMPARE(o.count, qint64(412));
    QVERIFY(Sandbox::Options::parseOutlier(QStringLiteral("client:ci:runner:5"), &o));
    QCOMPARE(o.clientId, QStringLiteral("ci:runner"));
    QCOMPARE(o.count, qint64(5));
    QVERIFY(!Sandbox::Options::parseOutlier(QStringLiteral("ada"), &o));
    QVERIFY(!Sandbox::Options::parseOutlier(QStringLiteral("ada:0"), &o));
    QVERIFY(!Sandbox::Options::parseOutlier(QStringLiteral(":5"), &o));
}

QTEST_GUILESS_MAIN(TestTokenStats)
#include "tst_tokenstats.moc"
