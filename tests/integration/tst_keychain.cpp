#include "CredentialStore.h"
#include "ServerProfiles.h"

#include <QTest>

// The real QtKeychain backend against a Secret Service (tests/support/with-keychain.sh).
class TestKeychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writesReadsAndRemoves();
    void eachSavedServerHasItsOwnEntry();
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
                 QStringLiteral("console"), QStringLiteral("admin"), 42, account},
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

// Two saved servers at the same address (two admin clients, say) keep two sessions; deleting
// one server's entry leaves the other's.
void TestKeychain::eachSavedServerHasItsOwnEntry()
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
    ServerList list;
    ServerProfile first;
    first.name = QStringLiteral("Prod, ops client");
    first.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1"));
    list.add(first);
    ServerProfile second = first;
    second.name = QStringLiteral("Prod, read-only client");
    list.add(second);
    const QString a = list.servers()[0].keychainAccount();
    const QString b = list.servers()[1].keychainAccount();
    QVERIFY(a != b);
    QVERIFY(a.startsWith(QStringLiteral("server:")));
    store.write(a, {QStringLiteral("token-a"), {}, QStringLiteral("ops"), {}, 0, {}}, &context,
                callback);
    QVERIFY(wait());
    QVERIFY2(last.ok, qPrintable(last.error));
    store.write(b, {QStringLiteral("token-b"), {}, QStringLiteral("readonly"), {}, 0, {}}, &context,
                callback);
    QVERIFY(wait());
    QVERIFY2(last.ok, qPrintable(last.error));
    store.read(a, &context, callback);
    QVERIFY(wait());
    QCOMPARE(last.credentials.accessToken, QStringLiteral("token-a"));
    store.read(b, &context, callback);
    QVERIFY(wait());
    QCOMPARE(last.credentials.accessToken, QStringLiteral("token-b"));
    store.remove(a, &context, callback);
    QVERIFY(wait());
    QVERIFY2(last.ok, qPrintable(last.error));
    store.read(a, &context, callback);
    QVERIFY(wait());
    QVERIFY(last.notFound);
    store.read(b, &context, callback);
    QVERIFY(wait());
    QVERIFY2(last.ok, qPrintable(last.error));
    QCOMPARE(last.credentials.clientId, QStringLiteral("readonly"));
    store.remove(b, &context, callback);
    QVERIFY(wait());
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
