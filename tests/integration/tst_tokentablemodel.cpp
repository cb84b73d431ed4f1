#include "Sandbox.h"
#include "SandboxClient.h"
#include "TokenTableModel.h"
#include "TokensApi.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

class TestTokenTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void headerClicksBuildSortKeys();
    void sortOverrideSetsOneKey();
    void pageSizeChangeKeepsTheFirstRowInView();
    void aPagePastTheEndFallsBackToTheLastPage();
    void removedRowsLeaveAtOnce();
    void removeKeysTakesRunsOfRows();
    void clearForgetsEverything();
    void staleAnswersAreDropped();
    void errorsKeepTheRows();

private:
    void waitIdle() { QTRY_VERIFY_WITH_TIMEOUT(!m_model->isLoading(), 10000); }

    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<TokensApi> m_api;
    std::unique_ptr<TokenTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestTokenTableModel::initTestCase()
{
    QVERIFY(startSandboxWithClient(m_sandbox, m_network, m_api, 200));
}

void TestTokenTableModel::init()
{
    m_sandbox->setLatencyMs(0);
    m_model = std::make_unique<TokenTableModel>(m_api.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->refresh();
    waitIdle();
}

void TestTokenTableModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void TestTokenTableModel::headerClicksBuildSortKeys()
{
    using K = QList<SortKey>;
    m_model->clickSortColumn(TokenTableModel::ClientIdColumn, false);
    QCOMPARE(m_model->query().sort, (K {{TokenField::ClientId, Qt::AscendingOrder}}));
    m_model->clickSortColumn(TokenTableModel::ClientIdColumn, false);
    QCOMPARE(m_model->query().sort, (K {{TokenField::ClientId, Qt::DescendingOrder}}));
    m_model->clickSortColumn(TokenTableModel::UsernameColumn, true);
    QCOMPARE(m_model->query().sort,
             (K {{TokenField::ClientId, Qt::DescendingOrder},
                 {TokenField::Username, Qt::AscendingOrder}}));
    m_model->clickSortColumn(TokenTableModel::UsernameColumn, true);
    QCOMPARE(m_model->query().sort,
             (K {{TokenField::ClientId, Qt::DescendingOrder},
                 {TokenField::Username, Qt::DescendingOrder}}));
    // A plain click on the secondary key makes it the only key.
    m_model->clickSortColumn(TokenTableModel::UsernameColumn, false);
    QCOMPARE(m_model->query().sort, (K {{TokenField::Username, Qt::AscendingOrder}}));
    waitIdle();
    QCOMPARE(m_model->query().page, 1);
}

void TestTokenTableModel::sortOverrideSetsOneKey()
{
    m_model->sort(TokenTableModel::ClientIdColumn, Qt::DescendingOrder);
    QCOMPARE(m_model->query().sort, (QList<SortKey> {{TokenField::ClientId, Qt::DescendingOrder}}));
    waitIdle();
    for (int row = 1; row < m_model->rowCount(); ++row)
        QVERIFY(m_model->keyAt(row - 1).clientId.toCaseFolded()
                >= m_model->keyAt(row).clientId.toCaseFolded());
}

void TestTokenTableModel::pageSizeChangeKeepsTheFirstRowInView()
{
    m_model->setPage(5); // rows 101-125
    waitIdle();
    QCOMPARE(m_model->pageState().firstRow(), 101);
    const TokenKey first = m_model->keyAt(0);
    m_model->setPageSize(50); // row 101 is on page 3 (101-150)
    waitIdle();
    QCOMPARE(m_model->query().page, 3);
    QVERIFY(m_model->rowOf(first) >= 0);
}

void TestTokenTableModel::aPagePastTheEndFallsBackToTheLastPage()
{
    Sandbox::Options options;
    options.tokens = 60;
    Sandbox small(options);
    QVERIFY(small.start());
    TokensApi api(m_network.get());
    api.setBaseUrl(small.url());
    api.setAccessToken(small.adminToken());
    TokenTableModel model(&api);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.refresh();
    QTRY_VERIFY(!model.isLoading());
    model.lastPage(); // page 3: rows 51-60
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(model.query().page, 3);
    // Revoke everything past row 25 behind the console's back.
    const auto pairs = small.withStore([](TokenStore &s) { return s.allPairs(); });
    for (int i = 25; i < pairs.size(); ++i)
        small.withStore(
            [&](TokenStore &s) { return s.remove(pairs[i].username, pairs[i].clientId); });
    model.refresh();
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(model.query().page, 1);
    QCOMPARE(model.rowCount(), 25);
    QCOMPARE(model.pageState().totalElements, 25);
}

void TestTokenTableModel::removedRowsLeaveAtOnce()
{
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    const TokenKey key = m_model->keyAt(7);
    const qint64 total = m_model->pageState().totalElements;
    QVERIFY(m_model->removeKey(key));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.first().at(1).toInt(), 7);
    QCOMPARE(m_model->rowOf(key), -1);
    QCOMPARE(m_model->rowCount(), 24);
    QCOMPARE(m_model->pageState().totalElements, total - 1);
    QVERIFY(!m_model->removeKey(key));
}

void TestTokenTableModel::removeKeysTakesRunsOfRows()
{
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    const QList<TokenKey> before = m_model->rows();
    const QList<TokenKey> gone {
        before[2],  before[3],  before[4],
        before[10], before[24], TokenKey {QStringLiteral("not"), QStringLiteral("here")}};
    QCOMPARE(m_model->removeKeys(gone), 5);
    QCOMPARE(removed.size(), 3); // rows 24, 10 and 2-4
    QCOMPARE(m_model->rowCount(), 20);
    for (const TokenKey &key : gone)
        QCOMPARE(m_model->rowOf(key), -1);
    QCOMPARE(m_model->keyAt(2), before[5]);
}

void TestTokenTableModel::clearForgetsEverything()
{
    m_sandbox->setLatencyMs(300);
    m_model->nextPage();
    QVERIFY(m_model->isLoading());
    m_model->clear();
    QVERIFY(!m_model->isLoading());
    QCOMPARE(m_model->rowCount(), 0);
    QTest::qWait(500);
    QCOMPARE(m_model->rowCount(), 0); // the answer in flight did not come back
}

void TestTokenTableModel::staleAnswersAreDropped()
{
    QSignalSpy loaded(m_model.get(), &TokenTableModel::pageLoaded);
    m_sandbox->setLatencyMs(500);
    m_model->setFilters(QStringLiteral("grace"), {});
    QTest::qWait(50);
    m_sandbox->setLatencyMs(0);
    m_model->setFilters(QStringLiteral("ada"), {});
    waitIdle();
    QTest::qWait(700);
    QCOMPARE(loaded.size(), 1); // only the newest query produced a page
    for (int row = 0; row < m_model->rowCount(); ++row)
        QVERIFY(m_model->keyAt(row).username.contains(QStringLiteral("ada"), Qt::CaseInsensitive));
}

void TestTokenTableModel::errorsKeepTheRows()
{
    QSignalSpy errors(m_model.get(), &TokenTableModel::errorOccurred);
    const QList<TokenKey> before = m_model->rows();
    m_sandbox->failNext(1, 500); // a 500 is not tried again
    m_model->refresh();
    waitIdle();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().first().value<ApiError>().httpStatus(), 500);
    QCOMPARE(m_model->rows(), before);
    QCOMPARE(m_model->lastError().kind(), ApiError::Kind::Server);
}

QTEST_GUILESS_MAIN(TestTokenTableModel)
#include "tst_tokentablemodel.moc"
