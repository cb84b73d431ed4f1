#include "CredentialStore.h"
#include "Sandbox.h"
#include "ServerProfiles.h"
#include "Settings.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

// The real QtKeychain backend against a Secret Service (tests/support/with-keychain.sh).
class TestKeychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writesReadsAndRemoves();
    void eachSavedServerHasItsOwnEntry();
    void theCommandLineUsesTheRememberedSessionOnlyAtItsAddress();
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

// knetik-tokens without --token-stdin: the session the console remembered (the keychain entry
// named by its settings), sent only to the address that issued it.
void TestKeychain::theCommandLineUsesTheRememberedSessionOnlyAtItsAddress()
{
    Sandbox sandbox({});
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    const QString address = ServerList::normalisedUrl(sandbox.url());
    // The console's settings and keychain entry, as it leaves them (service of the console).
    {
        Settings settings(qEnvironmentVariable("XDG_CONFIG_HOME")
                          + QStringLiteral("/Knetik Token Console/knetik-token-console.conf"));
        settings.setValue(Settings::Key::RememberedServer, address);
        settings.setValue(Settings::Key::ServersMigrated, true);
        settings.sync();
    }
    KeychainCredentialStore store;
    QObject context;
    bool done = false;
    CredentialStore::Result last;
    const auto write = [&](const QString &issuedBy) {
        done = false;
        store.write(address,
                    {sandbox.adminToken(),
                     {},
                     QString::fromLatin1(Sandbox::AdminClientId),
                     QString::fromLatin1(Sandbox::AdminUsername),
                     0,
                     issuedBy},
                    &context, [&](const CredentialStore::Result &r) {
                        last = r;
                        done = true;
                    });
        return QTest::qWaitFor([&] { return done; }, 15000) && last.ok;
    };
    const auto runList = [&](int *exitCode) {
        QProcess process;
        process.start(QStringLiteral(KNETIK_TOKENS_BINARY),
                      {QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
        process.closeWriteChannel();
        if (!process.waitForFinished(30000))
            return QJsonObject();
        *exitCode = process.exitCode();
        return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    };
    QVERIFY(write(address));
    int exitCode = -1;
    QJsonObject listed = runList(&exitCode);
    QCOMPARE(exitCode, 0);
    QCOMPARE(listed.value(QStringLiteral("total_elements")).toInt(), 1);
    QVERIFY(!sandbox.requests().isEmpty());
    // A remembered token the server no longer accepts: exit 3, and the two ways on.
    const auto writeToken = [&](const QString &value) {
        done = false;
        store.write(address, {value, {}, {}, {}, 0, address}, &context,
                    [&](const CredentialStore::Result &r) {
                        last = r;
                        done = true;
                    });
        return QTest::qWaitFor([&] { return done; }, 15000) && last.ok;
    };
    QVERIFY(writeToken(QStringLiteral("expired-or-revoked")));
    {
        QProcess process;
        process.start(QStringLiteral(KNETIK_TOKENS_BINARY), {QStringLiteral("list")});
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 3);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("sign in there again"))
                     && err.contains(QStringLiteral("--token-stdin"))
                     && err.count(QLatin1Char('\n')) == 1,
                 qPrintable(err));
    }
    // An entry that says another address issued the token: never sent here.
    sandbox.clearRequests();
    QVERIFY(write(QStringLiteral("https://elsewhere.example")));
    listed = runList(&exitCode);
    QCOMPARE(exitCode, 3);
    QCOMPARE(sandbox.requests().size(), 0);
    done = false;
    store.remove(address, &context, [&](const CredentialStore::Result &) { done = true; });
    QVERIFY(QTest::qWaitFor([&] { return done; }, 15000));
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
