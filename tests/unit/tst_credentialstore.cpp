#include "CredentialStore.h"

#include <QTest>

class TestCredentialStore : public QObject
{
    Q_OBJECT

private slots:
    void credentialsRoundTripAsJson();
    void memoryStoreReadsWritesAndRemoves();
};

void TestCredentialStore::credentialsRoundTripAsJson()
{
    StoredCredentials c {QStringLiteral("tok\"en"),
                         QStringLiteral("refresh"),
                         QStringLiteral("console"),
                         QStringLiteral("ädmin"),
                         1234567890123,
                         QStringLiteral("https://a.invalid")};
    const StoredCredentials back = StoredCredentials::fromJson(c.toJson());
    QCOMPARE(back.accessToken, c.accessToken);
    QCOMPARE(back.refreshToken, c.refreshToken);
    QCOMPARE(back.clientId, c.clientId);
    QCOMPARE(back.username, c.username);
    QCOMPARE(back.expiresAtMs, c.expiresAtMs);
    QCOMPARE(back.server, c.server);
    QVERIFY(StoredCredentials::fromJson("garbage").isEmpty());
}

void TestCredentialStore::memoryStoreReadsWritesAndRemoves()
{
    MemoryCredentialStore store;
    QObject context;
    CredentialStore::Result last;
    int calls = 0;
    auto done = [&](const CredentialStore::Result &r) {
        last = r;
        ++calls;
    };
    store.read(QStringLiteral("https://a"), &context, done);
    QTRY_COMPARE(calls, 1);
    QVERIFY(!last.ok);
    QVERIFY(last.notFound);

    store.write(QStringLiteral("https://a"), {QStringLiteral("t1"), {}, {}, {}, 0, {}}, &context,
                done);
    QTRY_COMPARE(calls, 2);
    QVERIFY(last.ok);
    store.read(QStringLiteral("https://a"), &context, done);
    QTRY_COMPARE(calls, 3);
    QCOMPARE(last.credentials.accessToken, QStringLiteral("t1"));
    store.read(QStringLiteral("https://b"), &context, done);
    QTRY_COMPARE(calls, 4);
    QVERIFY(last.notFound);

    store.remove(QStringLiteral("https://a"), &context, done);
    QTRY_COMPARE(calls, 5);
    QVERIFY(last.ok);
    QVERIFY(!store.contains(QStringLiteral("https://a")));
}

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
