// Through a real TLS + HTTP/2 front (nginx, tests/support/http2-front.sh) to the sandbox: the
// console's requests use HTTP/2 there (HTTP/1.1 on the front's other port), and a bulk revoke
// adapts how many requests it keeps on the wire: past six over HTTP/2, never past six over
// HTTP/1.1, never past the cap, fewer when the server answers 429, holding every send for a
// Retry-After; and every pair still gets its truthful outcome.
#include "AuditJournal.h"
#include "BulkRevoker.h"
#include "ConcurrencyControl.h"
#include "Http2Front.h"
#include "Sandbox.h"
#include "Tls.h"
#include "TokenExporter.h"
#include "TokensApi.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

class TestHttp2 : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void requestsUseHttp2ThroughTheFront();
    void aRevokeGoesPastSixOverHttp2AndRevokesExactlyItsPairs();
    void overHttp1ItStaysAtSix();
    void theCapHolds();
    void a429HalvesAndItsRetryAfterHoldsEverySend();
    void cancelStopsEverythingOverHttp2();
    void anExportReadsItsPagesPastSixAtOnce();
    void aFrontThatRecyclesConnectionsStallsNothing();

private:
    using Pairs = QList<TokenStore::Pair>;
    void connectTo(const QUrl &url);
    QList<DeleteTarget> targets(int count) const;
    QSet<QString> storeKeys() const;
    bool runToEnd(BulkRevoker &revoker, int timeoutMs = 60000);
    RevokeBinding binding() const { return RevokeBinding::of(m_api->baseUrl(), {}, 0); }

    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<Http2Front> m_front;
    std::unique_ptr<TrustingNetwork> m_network;
    std::unique_ptr<TokensApi> m_api;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AuditJournal> m_journal;
};

void TestHttp2::initTestCase()
{
    QString why;
    if (!Http2Front::available(&why))
        QSKIP(qPrintable(why));
}

void TestHttp2::init()
{
    Sandbox::Options options;
    options.tokens = 1200;
    m_sandbox = std::make_unique<Sandbox>(options);
    QVERIFY(m_sandbox->start());
    m_front = std::make_unique<Http2Front>();
    QString error;
    QVERIFY2(m_front->start(m_sandbox->url().port(), &error), qPrintable(error));
    m_dir = std::make_unique<QTemporaryDir>();
    m_journal = std::make_unique<AuditJournal>(m_dir->filePath(QStringLiteral("journal.jsonl")));
    connectTo(m_front->http2Url());
}

void TestHttp2::cleanup()
{
    m_api.reset();
    m_network.reset();
    m_front.reset();
    m_sandbox.reset();
    m_journal.reset();
    m_dir.reset();
}

void TestHttp2::connectTo(const QUrl &url)
{
    m_api.reset();
    m_network = std::make_unique<TrustingNetwork>();
    // As --ca-file does: the test CA is trusted for the front besides the system's.
    QString error;
    QVERIFY(m_network->trustCaFileFor(url, m_front->caFile(), &error));
    m_api = std::make_unique<TokensApi>(m_network.get());
    m_api->beginSession(url, m_sandbox->adminToken());
}

QList<DeleteTarget> TestHttp2::targets(int count) const
{
    QList<DeleteTarget> chosen;
    const Pairs all = m_sandbox->withStore([](TokenStore &s) { return s.allPairs(); });
    for (const auto &p : all) {
        const DeleteTarget target = DeleteTarget::token({p.username, p.clientId});
        if (p.username != QLatin1String(Sandbox::AdminUsername) && target.isValid())
            chosen.append(target);
        if (chosen.size() == count)
            break;
    }
    return chosen;
}

QSet<QString> TestHttp2::storeKeys() const
{
    QSet<QString> keys;
    const Pairs pairs = m_sandbox->withStore([](TokenStore &s) { return s.allPairs(); });
    for (const auto &p : pairs)
        keys.insert(p.username + QLatin1Char('\n') + p.clientId);
    return keys;
}

bool TestHttp2::runToEnd(BulkRevoker &revoker, int timeoutMs)
{
    if (!revoker.isRunning())
        return true;
    QSignalSpy finished(&revoker, &BulkRevoker::finished);
    return finished.wait(timeoutMs);
}

void TestHttp2::requestsUseHttp2ThroughTheFront()
{
    ListQuery query;
    query.size = 5;
    ListTokensCall *call = m_api->listTokens(query);
    QSignalSpy done(call, &ApiCall::finished);
    QVERIFY(done.wait(10000));
    QVERIFY2(!call->error(), qPrintable(call->error().message()));
    QVERIFY(call->http2WasUsed());
    QCOMPARE(call->value().content.size(), 5);
    // The same request through the front's HTTP/1.1 port.
    connectTo(m_front->http1Url());
    ListTokensCall *h1 = m_api->listTokens(query);
    QSignalSpy h1Done(h1, &ApiCall::finished);
    QVERIFY(h1Done.wait(10000));
    QVERIFY2(!h1->error(), qPrintable(h1->error().message()));
    QVERIFY(!h1->http2WasUsed());
    QCOMPARE(h1->value().content.size(), 5);
}

void TestHttp2::aRevokeGoesPastSixOverHttp2AndRevokesExactlyItsPairs()
{
    const QList<DeleteTarget> chosen = targets(600);
    QSet<QString> expected = storeKeys();
    for (const DeleteTarget &t : chosen)
        expected.remove(t.key().username + QLatin1Char('\n') + t.key().clientId);
    m_sandbox->setLatencyMs(20);
    m_sandbox->resetPeakConcurrentRequests();
    BulkRevoker revoker(m_api.get(), m_journal.get());
    revoker.start(chosen, binding());
    QVERIFY(runToEnd(revoker));
    QCOMPARE(revoker.count(RevokeOutcome::Kind::Revoked), 600);
    QCOMPARE(storeKeys(), expected); // those and nothing else
    QVERIFY(revoker.concurrency()->isHttp2());
    QVERIFY2(revoker.peakInFlight() > 6, qPrintable(QString::number(revoker.peakInFlight())));
    QVERIFY(revoker.peakInFlight() <= ConcurrencyControl::MaxLimit);
    QVERIFY2(m_sandbox->peakConcurrentRequests() > 6,
             qPrintable(QString::number(m_sandbox->peakConcurrentRequests())));
    QCOMPARE(revoker.concurrency()->backOffs(), 0);
    // Every intent has its outcome, as before.
    int intents = 0, outcomes = 0;
    for (const JournalEntry &e : AuditJournal::read(m_journal->path()))
        (e.event == QLatin1String("intent") ? intents : outcomes)++;
    QCOMPARE(intents, 600);
    QCOMPARE(outcomes, 600);
}

void TestHttp2::overHttp1ItStaysAtSix()
{
    connectTo(m_front->http1Url());
    m_sandbox->setLatencyMs(20);
    m_sandbox->resetPeakConcurrentRequests();
    BulkRevoker revoker(m_api.get(), m_journal.get());
    revoker.start(targets(120), binding());
    QVERIFY(runToEnd(revoker));
    QCOMPARE(revoker.count(RevokeOutcome::Kind::Revoked), 120);
    QVERIFY(!revoker.concurrency()->isHttp2());
    QVERIFY(revoker.peakInFlight() <= ConcurrencyControl::Http1Limit);
    QVERIFY(m_sandbox->peakConcurrentRequests() <= ConcurrencyControl::Http1Limit);
}

void TestHttp2::theCapHolds()
{
    m_sandbox->setLatencyMs(10);
    for (int cap : {1, 12}) {
        m_sandbox->resetPeakConcurrentRequests();
        BulkRevoker revoker(m_api.get(), m_journal.get());
        revoker.setConcurrencyCap(cap);
        revoker.start(targets(60 + cap), binding());
        QVERIFY(runToEnd(revoker));
        QCOMPARE(revoker.count(RevokeOutcome::Kind::Revoked), 60 + cap);
        QVERIFY2(revoker.peakInFlight() <= cap,
                 qPrintable(QString::number(revoker.peakInFlight())));
        QVERIFY(m_sandbox->peakConcurrentRequests() <= cap);
        if (cap > 6)
            QVERIFY(revoker.peakInFlight() > 6);
    }
}

void TestHttp2::a429HalvesAndItsRetryAfterHoldsEverySend()
{
    m_sandbox->setLatencyMs(20);
    const QList<DeleteTarget> chosen = targets(400);
    BulkRevoker revoker(m_api.get(), m_journal.get());
    // After 150 answers, the next 3 DELETEs get 429 with Retry-After: 1.
    int answered = 0;
    int windowBefore = 0;
    int changesBefore = 0;
    bool armed = false;
    connect(&revoker, &BulkRevoker::itemFinished, this, [&](int) {
        if (++answered == 150 && !armed) {
            armed = true;
            windowBefore = revoker.concurrency()->window();
            changesBefore = int(revoker.concurrency()->history().size());
            m_sandbox->failNext(3, 429, "DELETE");
        }
    });
    int atHold = -1; // requests the sandbox had seen when the hold began
    int onWireAtHold = -1;
    int duringHold = -1; // ... and 800 ms later, the hold (1 s) still on
    connect(revoker.concurrency(), &ConcurrencyControl::changed, this, [&] {
        if (!revoker.concurrency()->isHeld() || atHold >= 0)
            return;
        atHold = int(m_sandbox->requests().size());
        onWireAtHold = int(revoker.requestsOnWire().size());
        QTimer::singleShot(800, this, [&] { duringHold = int(m_sandbox->requests().size()); });
    });
    revoker.start(chosen, binding());
    QVERIFY(runToEnd(revoker));
    QCOMPARE(revoker.count(RevokeOutcome::Kind::Revoked), 400);
    QVERIFY(revoker.concurrency()->backOffs() >= 1);
    QVERIFY(atHold >= 0);
    QVERIFY(duringHold >= 0);
    // While held, nothing new was sent: only what was on the wire already arrived.
    QVERIFY2(
        duringHold <= atHold + onWireAtHold,
        qPrintable(QStringLiteral("%1 > %2 + %3").arg(duringHold).arg(atHold).arg(onWireAtHold)));
    // The window was halved at the 429, from past six.
    QVERIFY2(windowBefore > 6, qPrintable(QString::number(windowBefore)));
    bool halved = false;
    const auto &history = revoker.concurrency()->history();
    for (qsizetype i = changesBefore; i < history.size(); ++i)
        halved = halved || history[i].second <= windowBefore / 2;
    QVERIFY(halved);
}

void TestHttp2::cancelStopsEverythingOverHttp2()
{
    m_sandbox->setLatencyMs(30);
    BulkRevoker revoker(m_api.get(), m_journal.get());
    // Cancel after the 200th answer, with the window past six.
    int onWire = -1;
    int sent = -1;
    int window = 0;
    connect(&revoker, &BulkRevoker::itemFinished, this, [&](int) {
        if (revoker.doneCount() != 200 || onWire >= 0)
            return;
        window = revoker.concurrency()->window();
        onWire = int(revoker.requestsOnWire().size());
        sent = int(m_sandbox->requests().size());
        revoker.cancel();
    });
    revoker.start(targets(800), binding());
    QVERIFY(runToEnd(revoker));
    QVERIFY(onWire >= 0);
    QVERIFY2(window > 6, qPrintable(QString::number(window)));
    QTest::qWait(200);
    // Nothing new after Cancel: what reached the sandbox is what was sent before it.
    QVERIFY2(int(m_sandbox->requests().size()) <= sent + onWire,
             qPrintable(QStringLiteral("%1 > %2 + %3")
                            .arg(m_sandbox->requests().size())
                            .arg(sent)
                            .arg(onWire)));
    QCOMPARE(revoker.count(RevokeOutcome::Kind::Revoked)
                 + revoker.count(RevokeOutcome::Kind::NotSent)
                 + revoker.count(RevokeOutcome::Kind::Unknown),
             800);
    QVERIFY(revoker.count(RevokeOutcome::Kind::NotSent) > 0);
}

// Exports (and the reading before a revoke of every match) read their pages the same way.
void TestHttp2::anExportReadsItsPagesPastSixAtOnce()
{
    m_sandbox->withStore([](TokenStore &s) {
        for (int i = 0; i < 40000; ++i)
            s.put(QStringLiteral("paged-%1").arg(i, 6, 10, QLatin1Char('0')),
                  QStringLiteral("export-client"), false);
        return 0;
    });
    m_sandbox->setLatencyMs(20);
    m_sandbox->resetPeakConcurrentRequests();
    TokenExporter exporter(m_api.get());
    QSignalSpy finished(&exporter, &TokenExporter::finished);
    ListQuery query;
    query.clientIdFilter = QStringLiteral("export-client");
    exporter.collect(query);
    QVERIFY(finished.wait(60000));
    QVERIFY2(exporter.succeeded(), qPrintable(exporter.error().message()));
    QCOMPARE(exporter.collected().size(), 40000);
    QCOMPARE(QSet<TokenKey>(exporter.collected().cbegin(), exporter.collected().cend()).size(),
             40000);
    QVERIFY(exporter.concurrency()->isHttp2());
    QVERIFY2(exporter.concurrency()->peakWindow() > 6,
             qPrintable(QString::number(exporter.concurrency()->peakWindow())));
    QVERIFY2(m_sandbox->peakConcurrentRequests() > 6,
             qPrintable(QString::number(m_sandbox->peakConcurrentRequests())));
}

// nginx ends an HTTP/2 connection after keepalive_requests (1,000 by default, 100 here) with
// GOAWAY. The streams it did not take, and requests started before the connection closed, are
// sent again at once on a new connection: 5,000 DELETEs (and their 5,000 checks) cross about
// a hundred recycled connections with no pause over a second, every outcome truthful.
void TestHttp2::aFrontThatRecyclesConnectionsStallsNothing()
{
    m_front = std::make_unique<Http2Front>();
    QString error;
    QVERIFY2(m_front->start(m_sandbox->url().port(), &error, 100), qPrintable(error));
    connectTo(m_front->http2Url());
    QList<DeleteTarget> chosen;
    m_sandbox->withStore([&chosen](TokenStore &s) {
        for (int i = 0; i < 5000; ++i) {
            const QString user = QStringLiteral("recycled-%1").arg(i, 4, 10, QLatin1Char('0'));
            s.put(user, QStringLiteral("front-client"), false);
            chosen.append(DeleteTarget::token({user, QStringLiteral("front-client")}));
        }
        return 0;
    });
    QSet<QString> expected = storeKeys();
    for (const DeleteTarget &t : std::as_const(chosen))
        expected.remove(t.key().username + QLatin1Char('\n') + t.key().clientId);
    m_sandbox->setLatencyMs(2);
    BulkRevoker revoker(m_api.get(), m_journal.get());
    QElapsedTimer clock;
    qint64 last = 0;
    qint64 longestPause = 0;
    connect(&revoker, &BulkRevoker::itemFinished, this, [&](int) {
        const qint64 now = clock.elapsed();
        longestPause = qMax(longestPause, now - last);
        last = now;
    });
    clock.start();
    revoker.start(chosen, binding());
    QVERIFY(runToEnd(revoker, 120000));
    QCOMPARE(revoker.count(RevokeOutcome::Kind::Revoked), 5000);
    QCOMPARE(storeKeys(), expected); // those and nothing else
    // Each verified gone, or (sent again after its connection held it without word of having
    // sent it) found gone when retried or checked: never "already gone".
    QCOMPARE(revoker.count(RevokeOutcome::Kind::AlreadyGone), 0);
    QVERIFY(revoker.concurrency()->isHttp2());
#if defined(__SANITIZE_ADDRESS__)
    qInfo("AddressSanitizer build: the pauses are not measured (it runs several times slower)");
#else
    QVERIFY2(longestPause < 1000,
             qPrintable(QStringLiteral("a pause of %1 ms in %2 ms").arg(longestPause).arg(last)));
#endif
    qInfo("5,000 revokes, verified, through a front recycling every 100 requests: %lld ms, "
          "longest pause %lld ms",
          last, longestPause);
}

QTEST_GUILESS_MAIN(TestHttp2)
#include "tst_http2.moc"
