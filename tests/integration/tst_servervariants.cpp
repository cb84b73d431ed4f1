// The console's reads of "every matching token" against servers that speak the contract but
// differ from the sandbox in ordinary ways (Sandbox::Variant): a page size limit, pages counted
// from 0, filters ignored or read as SQL LIKE, a capped total, names trimmed. For each, every
// operation that acts on such a read (an export, the count of a user- or client-wide revoke, a
// list's lines) either gets exactly the server's truth or refuses with ApiError::Incomplete
// and says why. The truth is the store's own, read directly and filtered as the contract
// defines the filters.
#include "ListResolver.h"
#include "RevokeList.h"
#include "SandboxClient.h"
#include "TokenExporter.h"
#include "TokenMatchCounter.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

Q_DECLARE_METATYPE(Sandbox::Variant)

namespace {

enum class Expect { Exact, Incomplete };

QSet<TokenKey> toSet(const QList<TokenKey> &keys)
{
    return QSet<TokenKey>(keys.begin(), keys.end());
}

} // namespace

class TestServerVariants : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void anExportIsExactOrRefused_data();
    void anExportIsExactOrRefused();
    void aWideCountIsExactOrRefused_data();
    void aWideCountIsExactOrRefused();
    void listLinesAreExactOrRefused_data();
    void listLinesAreExactOrRefused();
    void theTruePageSizeIsFollowed();

private:
    void startVariant(const Sandbox::Variant &variant);
    // The store's own rows, and those the contract's filters match.
    QList<TokenKey> allRows() const;
    QList<TokenKey> contractMatches(const QString &user, const QString &client) const;
    static void variantRows();

    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<TokensApi> m_api;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestServerVariants::initTestCase()
{
    qRegisterMetaType<Sandbox::Variant>();
}

void TestServerVariants::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestServerVariants::cleanup()
{
    m_api.reset();
    m_network.reset();
    m_sandbox.reset();
    m_dir.reset();
}

void TestServerVariants::startVariant(const Sandbox::Variant &variant)
{
    QVERIFY(startSandboxWithClient(m_sandbox, m_network, m_api, 1500, 7));
    // Names that make the differences show: a client with 679 tokens (more than a page of a
    // server that serves 100), a user whose name others contain, a name with a LIKE wildcard,
    // names with spaces around them.
    m_sandbox->withStore([](TokenStore &store) {
        for (int i = 0; i < 679; ++i)
            store.put(QStringLiteral("web-user-%1").arg(i, 4, 10, QLatin1Char('0')),
                      QStringLiteral("web"), false);
        for (const char *client : {"web", "ios", "android", "cli"}) {
            store.put(QStringLiteral("ada"), QString::fromLatin1(client), false);
            store.put(QStringLiteral("adam"), QString::fromLatin1(client), false);
            store.put(QStringLiteral("Ada"), QString::fromLatin1(client), false);
            store.put(QStringLiteral(" ada"), QString::fromLatin1(client), false);
        }
        store.put(QStringLiteral("svc_ci"), QStringLiteral("web"), false);
        store.put(QStringLiteral("svcXci"), QStringLiteral("web"), false);
        store.put(QStringLiteral("svc-ci"), QStringLiteral("web"), false);
        return 0;
    });
    m_sandbox->setVariant(variant);
}

QList<TokenKey> TestServerVariants::allRows() const
{
    QList<TokenKey> rows;
    for (const TokenStore::Pair &pair :
         m_sandbox->withStore([](TokenStore &store) { return store.allPairs(); }))
        rows.append({pair.username, pair.clientId});
    return rows;
}

QList<TokenKey> TestServerVariants::contractMatches(const QString &user,
                                                    const QString &client) const
{
    QList<TokenKey> rows;
    for (const TokenKey &key : allRows()) {
        if (key.username.contains(user, Qt::CaseInsensitive)
            && key.clientId.contains(client, Qt::CaseInsensitive))
            rows.append(key);
    }
    return rows;
}

// Each variant, and what a read of every match must come to there. The store has about
// 2,200 tokens; a read of fewer than 500 is not touched by a cap of 2,000.
void TestServerVariants::variantRows()
{
    QTest::addColumn<Sandbox::Variant>("variant");
    QTest::addColumn<bool>("unfilteredComplete"); // a read of every token can be proved
    Sandbox::Variant v;
    QTest::newRow("contract") << v << true;
    v = {};
    v.pageSizeLimit = 100;
    QTest::newRow("page-size-limit=100") << v << true;
    v = {};
    v.pageSizeLimit = 7;
    QTest::newRow("page-size-limit=7") << v << true;
    v = {};
    v.zeroBasedPages = true;
    QTest::newRow("zero-based-pages") << v << true;
    v = {};
    v.zeroBasedPages = true;
    v.pageSizeLimit = 100;
    QTest::newRow("zero-based-pages, page-size-limit=100") << v << true;
    v = {};
    v.ignoreFilters = true;
    QTest::newRow("ignore-filters") << v << true;
    v = {};
    v.likeFilters = true;
    QTest::newRow("like-filters") << v << true;
    v = {};
    v.totalCap = 2000;
    QTest::newRow("total-cap=2000") << v << false;
    v = {};
    v.totalCap = 2000;
    v.pageSizeLimit = 100;
    QTest::newRow("total-cap=2000, page-size-limit=100") << v << false;
    v = {};
    v.trimNames = true;
    QTest::newRow("trim-names") << v << true;
}

void TestServerVariants::anExportIsExactOrRefused_data()
{
    variantRows();
}

void TestServerVariants::anExportIsExactOrRefused()
{
    QFETCH(Sandbox::Variant, variant);
    QFETCH(bool, unfilteredComplete);
    startVariant(variant);
    if (QTest::currentTestFailed())
        return;
    struct Case
    {
        QString user, client;
        bool complete;
    };
    const QList<Case> cases {
        {QString(), QString(), unfilteredComplete},
        {QStringLiteral("ada"), QString(), true},
        {QStringLiteral(" ada"), QString(), true},
        {QStringLiteral("svc_ci"), QString(), true},
        {QString(), QStringLiteral("web"), true},
        {QStringLiteral("ada"), QStringLiteral("i"), true},
    };
    for (const Case &c : cases) {
        const QString what = QStringLiteral("user '%1' client '%2' on %3")
                                 .arg(c.user, c.client, variant.describe());
        ListQuery query;
        query.usernameFilter = c.user;
        query.clientIdFilter = c.client;
        TokenExporter exporter(m_api.get());
        QSignalSpy finished(&exporter, &TokenExporter::finished);
        exporter.collect(query);
        QVERIFY2(finished.wait(60000), qPrintable(what));
        const QList<TokenKey> truth = contractMatches(c.user, c.client);
        if (c.complete) {
            QVERIFY2(exporter.succeeded(),
                     qPrintable(what + QStringLiteral(": ") + exporter.error().message()));
            QVERIFY2(exporter.isComplete(), qPrintable(what));
            QCOMPARE(exporter.collected().size(), truth.size());
            QCOMPARE(toSet(exporter.collected()), toSet(truth));
        } else {
            QVERIFY2(!exporter.succeeded(), qPrintable(what));
            QCOMPARE(exporter.error().kind(), ApiError::Kind::Incomplete);
            QVERIFY2(exporter.error().message().contains(QStringLiteral("2,000")),
                     qPrintable(exporter.error().message()));
        }
        // What the server listed beyond the filters is counted, never collected.
        if (variant.ignoreFilters && !(c.user.isEmpty() && c.client.isEmpty()))
            QCOMPARE(exporter.unmatched(), qint64(allRows().size() - truth.size()));
    }

    // A file too: it appears only when complete.
    const QString path = m_dir->filePath(QStringLiteral("all.csv"));
    TokenExporter exporter(m_api.get());
    QSignalSpy finished(&exporter, &TokenExporter::finished);
    QString error;
    QVERIFY(exporter.start({}, path, TokenExporter::Format::Csv, &error));
    QVERIFY(finished.wait(60000));
    QCOMPARE(exporter.succeeded(), unfilteredComplete);
    QCOMPARE(QFile::exists(path), unfilteredComplete);
    if (unfilteredComplete)
        QCOMPARE(exporter.written(), qint64(allRows().size()));
}

void TestServerVariants::aWideCountIsExactOrRefused_data()
{
    variantRows();
}

void TestServerVariants::aWideCountIsExactOrRefused()
{
    QFETCH(Sandbox::Variant, variant);
    startVariant(variant);
    if (QTest::currentTestFailed())
        return;
    struct Case
    {
        TokenField field;
        QString value;
    };
    for (const Case &c : {Case {TokenField::ClientId, QStringLiteral("web")},
                          Case {TokenField::Username, QStringLiteral("ada")},
                          Case {TokenField::Username, QStringLiteral(" ada")},
                          Case {TokenField::Username, QStringLiteral("svc_ci")}}) {
        QList<TokenKey> truth;
        for (const TokenKey &key : allRows()) {
            if ((c.field == TokenField::Username ? key.username : key.clientId) == c.value)
                truth.append(key);
        }
        TokenMatchCounter counter(m_api.get(), c.field, c.value);
        QSignalSpy finished(&counter, &TokenMatchCounter::finished);
        QSignalSpy failed(&counter, &TokenMatchCounter::failed);
        counter.start();
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() + failed.size() == 1, 60000);
        // Every one of these reads is under the cap, so each can be proved complete.
        QVERIFY2(failed.isEmpty(),
                 qPrintable(c.value + QStringLiteral(": ")
                            + failed.value(0).value(0).value<ApiError>().message()));
        QCOMPARE(toSet(counter.matches()), toSet(truth));
        QCOMPARE(counter.matches().size(), truth.size());
    }
    // A read over the cap: a confirmation never gets a count that is not proved.
    if (variant.totalCap > 0) {
        // Give one client more tokens than the cap: its count cannot be proved.
        m_sandbox->withStore([](TokenStore &store) {
            for (int i = 0; i < 2100; ++i)
                store.put(QStringLiteral("bulk-%1").arg(i), QStringLiteral("bulk"), false);
            return 0;
        });
        TokenMatchCounter counter(m_api.get(), TokenField::ClientId, QStringLiteral("bulk"));
        QSignalSpy finished(&counter, &TokenMatchCounter::finished);
        QSignalSpy failed(&counter, &TokenMatchCounter::failed);
        counter.start();
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() + failed.size() == 1, 60000);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).value<ApiError>().kind(), ApiError::Kind::Incomplete);
    }
}

void TestServerVariants::listLinesAreExactOrRefused_data()
{
    variantRows();
}

void TestServerVariants::listLinesAreExactOrRefused()
{
    QFETCH(Sandbox::Variant, variant);
    startVariant(variant);
    if (QTest::currentTestFailed())
        return;
    const QList<RevokeListLine> lines = RevokeList::parse(
        QStringLiteral("client:web\nada\nsvc_ci,web\n ada,ios\nnobody-at-all\n"));
    ListResolver resolver(m_api.get());
    QSignalSpy finished(&resolver, &ListResolver::finished);
    resolver.start(lines);
    QVERIFY(finished.wait(60000));
    QVERIFY(resolver.succeeded());
    const QList<TokenKey> rows = allRows();
    for (int i = 0; i < lines.size(); ++i) {
        const RevokeListLine &line = lines.at(i);
        if (!line.isTarget())
            continue;
        QList<TokenKey> truth;
        for (const TokenKey &key : rows) {
            if (ListResolver::matchesExactly(line, key))
                truth.append(key);
        }
        const ListLineResult &result = resolver.results().at(i);
        QCOMPARE(toSet(result.matches), toSet(truth));
        QCOMPARE(result.matches.size(), truth.size());
        QCOMPARE(result.state,
                 truth.isEmpty() ? ListLineResult::State::NoneFound : ListLineResult::State::Found);
    }
}

void TestServerVariants::theTruePageSizeIsFollowed()
{
    // The server: at most 100 rows a page. The reader learns it from the first page and
    // asks for as many pages as that makes, several at once.
    Sandbox::Variant variant;
    variant.pageSizeLimit = 100;
    startVariant(variant);
    if (QTest::currentTestFailed())
        return;
    m_sandbox->clearRequests();
    ListQuery query;
    query.clientIdFilter = QStringLiteral("web");
    TokenExporter exporter(m_api.get());
    QSignalSpy finished(&exporter, &TokenExporter::finished);
    exporter.collect(query);
    QVERIFY(finished.wait(60000));
    QVERIFY(exporter.succeeded());
    QCOMPARE(exporter.servedPageSize(), 100);
    const qint64 truth = contractMatches({}, QStringLiteral("web")).size();
    QCOMPARE(exporter.collected().size(), truth);
    // Every page once, and one past the last to prove the total was not capped.
    QCOMPARE(m_sandbox->requests().size(), int((truth + 99) / 100) + 1);
}

QTEST_GUILESS_MAIN(TestServerVariants)
#include "tst_servervariants.moc"
