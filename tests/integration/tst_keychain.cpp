#include "CredentialStore.h"

#include <QTest>

// The real QtKeychain backend against a Secret Service (tests/support/with-keychain.sh).
class TestKeychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writesReadsAndRemoves();
};

void TestKeychain::initTestCase()
{
    if (!qEnvironmentVariableIsSet("KNETIK_TEST_KEYCHAIN"))
        QSKIP("No Secret Service here: run through tests/support/with-keychain.sh (needs "
              "dbus-run-session and gnome-keyring)");
}

void TestKeychain::writesReadsAndRemoves()
{
    KeychainCredentialStore store(QStringLiteral("knetik-token-console-test"));
    QObject context;
    CredentialStore::Result last;
    bool done = false;
    auto wait = [&] {
        const bool ok = QTest::qWaitFor([&] { return done; }, 15000);
        done = false;
        return ok;
    };
    auto callback = [&](const CredentialStore::Result &r) {
        last = r;
        done = true;
    };
    const QString account = QStringLiteral("http://127.0.0.1:1");
    store.write(account,
                {QStringLiteral("secret-token"), QStringLiteral("refresh"),
                 QStringLiteral("console"), QStringLiteral("admin"), 42},
                &context, callback);
    QVERIFY(wait());
    QVERIFY2(last.ok, qPrintable(last.error));
    store.read(account, &context, callback);
    QVERIFY(wait());
    QVERIFY2(last.ok, qPrintable(last.error));
    QCOMPARE(last.credentials.accessToken, QStringLiteral("secret-token"));
    QCOMPARE(last.credentials.refreshToken, QStringLiteral("refresh"));
    QCOMPARE(last.credentials.expiresAtMs, 42);
    store.remove(account, &context, callback);
    QVERIFY(wait());
    QVERIFY2(last.ok, qPrintable(last.error));
    store.read(account, &context, callback);
    QVERIFY(wait());
    QVERIFY(!last.ok);
    QVERIFY(last.notFound);
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
