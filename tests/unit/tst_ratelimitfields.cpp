// The IETF RateLimit fields as servers send them (draft-ietf-httpapi-ratelimit-headers: -08 to
// -10, -07 and the separate fields before), and what is ignored: a missing or malformed field
// never limits anything.
#include "RateLimitFields.h"

#include <QTest>

class TestRateLimitFields : public QObject
{
    Q_OBJECT

private slots:
    void currentDraft();
    void draft07Dictionary();
    void separateFieldsOfEarlierDrafts();
    void theSlowestPolicyAndTheLeastRemainingCount();
    void missingOrMalformedIsIgnored_data();
    void missingOrMalformedIsIgnored();
};

void TestRateLimitFields::currentDraft()
{
    const RateLimitFields f
        = RateLimitFields::parse(R"("default";q=100;w=10)", R"("default";r=50;t=30)");
    QCOMPARE(f.perSecond, 10.0);
    QCOMPARE(f.remaining, 50);
    QCOMPARE(f.resetSeconds, 30);
    // As the sandbox says it, parameters in any order, spaces allowed.
    const RateLimitFields g
        = RateLimitFields::parse(R"("sandbox"; w=1; q=500)", R"("sandbox";t=1;r=0)");
    QCOMPARE(g.perSecond, 500.0);
    QCOMPARE(g.remaining, 0);
    QCOMPARE(g.resetSeconds, 1);
    // A partition key and a quota unit are other parameters: ignored.
    const RateLimitFields h = RateLimitFields::parse(
        R"("peruser";q=60;w=60;qu="requests";pk=:cHsdsRa894==:)", R"("peruser";r=1;t=5)");
    QCOMPARE(h.perSecond, 1.0);
    QCOMPARE(h.remaining, 1);
}

void TestRateLimitFields::draft07Dictionary()
{
    const RateLimitFields f
        = RateLimitFields::parse("100;w=10", "limit=100, remaining=50, reset=30");
    QCOMPARE(f.perSecond, 10.0);
    QCOMPARE(f.remaining, 50);
    QCOMPARE(f.resetSeconds, 30);
}

void TestRateLimitFields::separateFieldsOfEarlierDrafts()
{
    const RateLimitFields f = RateLimitFields::parse("100;w=60", {}, "7", "12");
    QCOMPARE(f.perSecond, 100.0 / 60.0);
    QCOMPARE(f.remaining, 7);
    QCOMPARE(f.resetSeconds, 12);
}

void TestRateLimitFields::theSlowestPolicyAndTheLeastRemainingCount()
{
    const RateLimitFields f
        = RateLimitFields::parse(R"("burst";q=100;w=1, "daily";q=8640;w=86400, "minute";q=30;w=60)",
                                 R"("burst";r=80;t=1, "minute";r=3;t=100)");
    QCOMPARE(f.perSecond, 0.5); // the minute's; a day's quota (0.1 a second) sets no pace
    QCOMPARE(f.remaining, 3);
    QCOMPARE(f.resetSeconds, 1);
    // A comma inside a quoted name does not split it.
    const RateLimitFields g = RateLimitFields::parse(R"("a,b";q=20;w=2)", {});
    QCOMPARE(g.perSecond, 10.0);
}

void TestRateLimitFields::missingOrMalformedIsIgnored_data()
{
    QTest::addColumn<QByteArray>("policy");
    QTest::addColumn<QByteArray>("rateLimit");
    QTest::addColumn<bool>("hasPolicy");
    QTest::addColumn<int>("remaining");
    QTest::newRow("nothing") << QByteArray() << QByteArray() << false << -1;
    QTest::newRow("no window") << QByteArray(R"("d";q=100)") << QByteArray() << false << -1;
    QTest::newRow("zero window") << QByteArray(R"("d";q=100;w=0)") << QByteArray() << false << -1;
    QTest::newRow("zero quota") << QByteArray(R"("d";q=0;w=1)") << QByteArray() << false << -1;
    QTest::newRow("negative") << QByteArray(R"("d";q=-5;w=1)") << QByteArray(R"("d";r=-1)") << false
                              << -1;
    QTest::newRow("text") << QByteArray(R"("d";q=many;w=1)") << QByteArray(R"("d";r=lots;t=1)")
                          << false << -1;
    QTest::newRow("quoted number") << QByteArray(R"("100";w=10)") << QByteArray() << false << -1;
    QTest::newRow("garbage") << QByteArray(";;,,=;w") << QByteArray(",;=,") << false << -1;
    QTest::newRow("remaining only") << QByteArray() << QByteArray(R"("d";r=4)") << false << 4;
}

void TestRateLimitFields::missingOrMalformedIsIgnored()
{
    QFETCH(QByteArray, policy);
    QFETCH(QByteArray, rateLimit);
    QFETCH(bool, hasPolicy);
    QFETCH(int, remaining);
    const RateLimitFields f = RateLimitFields::parse(policy, rateLimit);
    QCOMPARE(f.hasPolicy(), hasPolicy);
    QCOMPARE(f.remaining, remaining);
}

QTEST_GUILESS_MAIN(TestRateLimitFields)
#include "tst_ratelimitfields.moc"
