// Expected to fail, and only under the sanitizer build: a slot run by the event loop leaks an
// object. CTest registers it with WILL_FAIL, so the suite passes only if LeakSanitizer reports
// the leak; if the suppressions (tests/support/lsan.supp) or the event dispatcher hid leaks in
// our slots, this test would pass on its own and CTest would fail it.
#include <QTest>
#include <QTimer>

class Leaker : public QObject
{
    Q_OBJECT

public slots:
    void leak()
    {
        // No parent, never deleted: exactly the kind of leak a reply handler could have.
        m_leaked = new QObject;
        m_leaked->setObjectName(QStringLiteral("leaked on purpose"));
        m_leaked = nullptr;
        ++m_calls;
    }

public:
    int m_calls = 0;

private:
    QObject *m_leaked = nullptr;
};

class TestLeakCheck : public QObject
{
    Q_OBJECT

private slots:
    void aSlotLeaksAnObject()
    {
        Leaker leaker;
        QTimer::singleShot(0, &leaker, &Leaker::leak); // through the event loop, as replies are
        QTRY_COMPARE(leaker.m_calls, 1);
    }
};

QTEST_GUILESS_MAIN(TestLeakCheck)
#include "tst_leakcheck.moc"
