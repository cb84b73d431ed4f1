// How many requests at once: six over HTTP/1.1, adapting over HTTP/2 (grow on fast clean
// answers, halve on push-back, hold for a Retry-After), never past the cap.
#include "ConcurrencyControl.h"
#include "RateLimitFields.h"

#include <QSignalSpy>
#include <QTest>

class TestConcurrencyControl : public QObject
{
    Q_OBJECT

private slots:
    void startsAtSixAndStaysThereOverHttp1();
    void growsOnFastCleanAnswersOverHttp2();
    void slowOrUncleanAnswersDoNotGrowIt();
    void halvesOnPushBackDownToOne();
    void neverPastTheCap();
    void aRetryAfterHoldsEverySendThenReleases();
    void describesItself();
    void overHttp1ItComesBackToSixAfterABackOff();
    void aQuickFailureDoesNotFreezeTheGrowth();
    void aBrokenConnectionDoesNotMakeItHttp1();
    void afterAPushBackHttp2StartsWhereItIs();
    void aSaidRateLimitPacesEvenly();
    void aHoldEndsWhenTheQuotaIsBack();
    void a429WithoutFieldsSetsNoPace();
};

void TestConcurrencyControl::startsAtSixAndStaysThereOverHttp1()
{
    ConcurrencyControl control;
    QCOMPARE(control.window(), 6);
    for (int i = 0; i < 100; ++i)
        control.answered(20, false, true);
    QCOMPARE(control.window(), 6);
    QVERIFY(!control.isHttp2());
    QCOMPARE(control.peakWindow(), 6);
}

void TestConcurrencyControl::growsOnFastCleanAnswersOverHttp2()
{
    ConcurrencyControl control;
    for (int i = 0; i < 10; ++i)
        control.answered(20, true, true);
    QVERIFY(control.isHttp2());
    QCOMPARE(control.window(), 42); // 32 once HTTP/2 is known, + 10
    for (int i = 0; i < 100; ++i)
        control.answered(21, true, true);
    QCOMPARE(control.window(), ConcurrencyControl::MaxLimit);
    QCOMPARE(control.history().last().second, 64);
}

void TestConcurrencyControl::slowOrUncleanAnswersDoNotGrowIt()
{
    ConcurrencyControl control;
    control.answered(20, true, true); // 33; the quickest round trip is 20 ms
    control.answered(61, true, true); // slower than 2 x 20 + 20: not fast
    control.answered(20, true, false); // a retry was needed: not clean
    QCOMPARE(control.window(), 33);
    control.answered(60, true, true); // within 2 x 20 + 20
    QCOMPARE(control.window(), 34);
}

void TestConcurrencyControl::halvesOnPushBackDownToOne()
{
    ConcurrencyControl control;
    for (int i = 0; i < 8; ++i)
        control.answered(20, true, true);
    QCOMPARE(control.window(), 40);
    control.backOff(-1);
    QCOMPARE(control.window(), 20);
    for (int i = 0; i < 10; ++i)
        control.backOff(-1);
    QCOMPARE(control.window(), 1);
    QCOMPARE(control.backOffs(), 11);
    QVERIFY(!control.isHeld()); // no Retry-After: no hold
}

void TestConcurrencyControl::neverPastTheCap()
{
    ConcurrencyControl one(1);
    QCOMPARE(one.window(), 1);
    for (int i = 0; i < 50; ++i)
        one.answered(20, true, true);
    QCOMPARE(one.window(), 1);
    ConcurrencyControl twelve(12);
    for (int i = 0; i < 50; ++i)
        twelve.answered(20, true, true);
    QCOMPARE(twelve.window(), 12);
    twelve.setCap(4);
    QCOMPARE(twelve.window(), 4);
    ConcurrencyControl outOfRange(500);
    QCOMPARE(outOfRange.cap(), ConcurrencyControl::MaxLimit);
    ConcurrencyControl zero(0);
    QCOMPARE(zero.cap(), 1);
}

void TestConcurrencyControl::aRetryAfterHoldsEverySendThenReleases()
{
    ConcurrencyControl control;
    QSignalSpy released(&control, &ConcurrencyControl::released);
    control.backOff(300);
    QVERIFY(control.isHeld());
    QVERIFY(control.heldForMs() > 200);
    control.backOff(100); // shorter than what is left: the hold stays
    QVERIFY(control.heldForMs() > 150);
    // Held: answers do not grow the window meanwhile.
    control.answered(20, true, true);
    QCOMPARE(control.window(), 1); // 6 -> 3 -> 1 by the two back-offs, not grown while held
    QVERIFY(released.wait(1000));
    QVERIFY(!control.isHeld());
    QCOMPARE(released.size(), 1);
}

void TestConcurrencyControl::describesItself()
{
    ConcurrencyControl control;
    QCOMPARE(control.describe(), QStringLiteral("6 at once"));
    control.answered(20, true, true);
    QCOMPARE(control.describe(), QStringLiteral("33 at once (HTTP/2)"));
    control.backOff(2000);
    const QString held = control.describe();
    QVERIFY2(held.startsWith(QStringLiteral("16 at once (HTTP/2), waiting ")), qPrintable(held));
    QVERIFY2(held.endsWith(QStringLiteral(" s as the server asked")), qPrintable(held));
}

void TestConcurrencyControl::overHttp1ItComesBackToSixAfterABackOff()
{
    ConcurrencyControl control;
    control.answered(20, false, true);
    control.backOff(-1);
    control.backOff(-1);
    QCOMPARE(control.window(), 1);
    for (int i = 0; i < 3; ++i)
        control.answered(200, false, true); // over HTTP/1.1 speed does not matter
    QCOMPARE(control.window(), 4);
    for (int i = 0; i < 10; ++i)
        control.answered(200, false, true);
    QCOMPARE(control.window(), 6);
}

void TestConcurrencyControl::aQuickFailureDoesNotFreezeTheGrowth()
{
    ConcurrencyControl control;
    control.answered(1, true, false); // a 4xx of a proxy, at once: not a round trip to count
    for (int i = 0; i < 4; ++i)
        control.answered(40, true, true);
    QCOMPARE(control.window(), 36); // 32 once HTTP/2 is known, + 4
}

void TestConcurrencyControl::aBrokenConnectionDoesNotMakeItHttp1()
{
    ConcurrencyControl control;
    for (int i = 0; i < 4; ++i)
        control.answered(20, true, true);
    QCOMPARE(control.window(), 36);
    control.answered(5, false, false, false); // reset before any header: protocol unknown
    QVERIFY(control.isHttp2());
    QCOMPARE(control.window(), 36);
    control.answered(20, false, true); // a real HTTP/1.1 answer: at most six
    QVERIFY(!control.isHttp2());
    QCOMPARE(control.window(), 6);
}

void TestConcurrencyControl::afterAPushBackHttp2StartsWhereItIs()
{
    // Before any answer said the protocol, a 503 halved six to 3: the HTTP/2 start at
    // 32 is for a server that has not pushed back.
    ConcurrencyControl control;
    control.backOff(-1);
    control.answered(20, true, true);
    QCOMPARE(control.window(), 4);
}

void TestConcurrencyControl::aSaidRateLimitPacesEvenly()
{
    ConcurrencyControl control;
    QVERIFY(control.hasRoom());
    control.rateLimitSaid(RateLimitFields::parse(R"("d";q=100;w=1)", R"("d";r=80;t=1)"));
    QCOMPARE(control.pacePerSecond(), 95.0); // a little under the limit
    QVERIFY(control.describe().contains(QStringLiteral("about 95 requests a second, limited by "
                                                       "the server")));
    // Nothing sent yet: room now (each send then waits about 10.5 ms for the next).
    QVERIFY(control.hasRoom());
    // A malformed or missing field later changes nothing.
    control.rateLimitSaid(RateLimitFields::parse("nonsense", {}));
    QCOMPARE(control.pacePerSecond(), 95.0);
}

void TestConcurrencyControl::aHoldEndsWhenTheQuotaIsBack()
{
    ConcurrencyControl control;
    QSignalSpy released(&control, &ConcurrencyControl::released);
    QTest::qWait(5);
    control.backOff(5000);
    QVERIFY(control.isHeld());
    const qint64 before = 0; // sent before the hold began (the control's clock started first)
    control.rateLimitSaid(RateLimitFields::parse(R"("d";q=10;w=1)", R"("d";r=0;t=1)"),
                          control.nowNs());
    QVERIFY(control.isHeld()); // nothing left yet
    // An older answer, overtaken by the 429 (answers come out of order): its count is stale.
    control.rateLimitSaid(RateLimitFields::parse(R"("d";q=10;w=1)", R"("d";r=3;t=1)"), before);
    QVERIFY(control.isHeld());
    control.rateLimitSaid(RateLimitFields::parse(R"("d";q=10;w=1)", R"("d";r=3;t=1)"),
                          control.nowNs());
    QVERIFY(!control.isHeld());
    QVERIFY(released.wait(1000));
}

void TestConcurrencyControl::a429WithoutFieldsSetsNoPace()
{
    ConcurrencyControl control;
    for (int i = 0; i < 40; ++i)
        control.answered(20, true, true);
    control.rateLimitSaid({}); // a 429 without RateLimit fields
    control.backOff(1000);
    QCOMPARE(control.pacePerSecond(), 0.0);
    QVERIFY(control.isHeld());
}

QTEST_GUILESS_MAIN(TestConcurrencyControl)
#include "tst_concurrencycontrol.moc"
