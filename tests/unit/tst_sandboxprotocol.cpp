#include "SandboxProtocol.h"

#include <QTest>

using namespace SandboxProtocol;

class TestSandboxProtocol : public QObject
{
    Q_OBJECT

private slots:
    void parsesForms();
    void splitsPaths_data();
    void splitsPaths();
    void parsesOrder_data();
    void parsesOrder();
    void rejectsBadOrder_data();
    void rejectsBadOrder();
    void parsesListQuery();
    void rejectsBadListQuery_data();
    void rejectsBadListQuery();
};

void TestSandboxProtocol::parsesForms()
{
    const QueryItems items = parseForm("a=1&b=x+y&c=%2B%20%C3%BC&&d&e=&f=100%&a=2");
    QCOMPARE(items.size(), 7);
    QCOMPARE(firstValue(items, QStringLiteral("a")), QStringLiteral("1"));
    QCOMPARE(firstValue(items, QStringLiteral("b")), QStringLiteral("x y")); // "+" is a space
    QCOMPARE(firstValue(items, QStringLiteral("c")), QStringLiteral("+ ü"));
    QCOMPARE(firstValue(items, QStringLiteral("d")), QString());
    QCOMPARE(firstValue(items, QStringLiteral("e")), QString());
    QCOMPARE(firstValue(items, QStringLiteral("f")), QStringLiteral("100%"));
    QVERIFY(!firstValue(items, QStringLiteral("z")).has_value());
    QVERIFY(parseForm("").isEmpty());
}

void TestSandboxProtocol::splitsPaths_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QStringList>("segments");
    QTest::newRow("list") << QByteArray("/auth/tokens")
                          << QStringList {QStringLiteral("auth"), QStringLiteral("tokens")};
    QTest::newRow("encoded slash")
        << QByteArray("/auth/tokens/ada%20lovelace%2F%C3%BC%2Bx%25y/data.json")
        << QStringList {QStringLiteral("auth"), QStringLiteral("tokens"),
                        QStringLiteral("ada lovelace/ü+x%y"), QStringLiteral("data.json")};
    QTest::newRow("plus stays plus") << QByteArray("/a+b") << QStringList {QStringLiteral("a+b")};
    QTest::newRow("empty segment") << QByteArray("/auth/tokens//web")
                                   << QStringList {QStringLiteral("auth"), QStringLiteral("tokens"),
                                                   QString(), QStringLiteral("web")};
    QTest::newRow("root") << QByteArray("/") << QStringList {QString()};
}

void TestSandboxProtocol::splitsPaths()
{
    QFETCH(QByteArray, path);
    QFETCH(QStringList, segments);
    QCOMPARE(splitPath(path), segments);
}

void TestSandboxProtocol::parsesOrder_data()
{
    QTest::addColumn<QString>("order");
    QTest::addColumn<int>("count");
    QTest::addColumn<bool>("firstIsUsername");
    QTest::addColumn<bool>("firstAscending");
    QTest::newRow("empty") << QString() << 0 << true << true;
    QTest::newRow("username desc") << QStringLiteral("username:DESC") << 1 << true << false;
    QTest::newRow("lower case direction") << QStringLiteral("client_id:asc") << 1 << false << true;
    QTest::newRow("no direction") << QStringLiteral("client_id") << 1 << false << true;
    QTest::newRow("two") << QStringLiteral("username:ASC,client_id:DESC") << 2 << true << true;
    QTest::newRow("spaces") << QStringLiteral(" client_id : DESC , username ") << 2 << false
                            << false;
}

void TestSandboxProtocol::parsesOrder()
{
    QFETCH(QString, order);
    QFETCH(int, count);
    QFETCH(bool, firstIsUsername);
    QFETCH(bool, firstAscending);
    QList<TokenStore::Order> keys;
    Problem problem;
    QVERIFY2(parseOrder(order, &keys, &problem), qPrintable(problem.message));
    QCOMPARE(keys.size(), count);
    if (count > 0) {
        QCOMPARE(keys.first().field == TokenStore::Field::Username, firstIsUsername);
        QCOMPARE(keys.first().ascending, firstAscending);
    }
}

void TestSandboxProtocol::rejectsBadOrder_data()
{
    QTest::addColumn<QString>("order");
    QTest::newRow("unknown property") << QStringLiteral("token:ASC");
    QTest::newRow("camel case") << QStringLiteral("clientId:ASC");
    QTest::newRow("bad direction") << QStringLiteral("username:UP");
    QTest::newRow("empty direction") << QStringLiteral("username:");
    QTest::newRow("twice") << QStringLiteral("username:ASC,username:DESC");
    QTest::newRow("trailing comma") << QStringLiteral("username:ASC,");
}

void TestSandboxProtocol::rejectsBadOrder()
{
    QFETCH(QString, order);
    QList<TokenStore::Order> keys;
    Problem problem;
    QVERIFY(!parseOrder(order, &keys, &problem));
    QCOMPARE(problem.status, 400);
    QCOMPARE(problem.field, QStringLiteral("order"));
}

void TestSandboxProtocol::parsesListQuery()
{
    TokenStore::ListRequest request;
    Problem problem;
    QVERIFY(parseListQuery(parseForm("filter_username=a%2Bb&filter_client_id=web&size=1000&page=7"
                                     "&order=client_id%3ADESC"),
                           &request, &problem));
    QCOMPARE(request.usernameFilter, QStringLiteral("a+b"));
    QCOMPARE(request.clientIdFilter, QStringLiteral("web"));
    QCOMPARE(request.size, 1000);
    QCOMPARE(request.page, 7);
    QCOMPARE(request.order.size(), 1);

    QVERIFY(parseListQuery({}, &request, &problem));
    QCOMPARE(request.size, DefaultPageSize);
    QCOMPARE(request.page, 1);
}

void TestSandboxProtocol::rejectsBadListQuery_data()
{
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<QString>("field");
    QTest::newRow("size 0") << QByteArray("size=0") << QStringLiteral("size");
    QTest::newRow("size 1001") << QByteArray("size=1001") << QStringLiteral("size");
    QTest::newRow("size words") << QByteArray("size=ten") << QStringLiteral("size");
    QTest::newRow("size huge") << QByteArray("size=99999999999999999999") << QStringLiteral("size");
    QTest::newRow("page 0") << QByteArray("page=0") << QStringLiteral("page");
    QTest::newRow("page negative") << QByteArray("page=-1") << QStringLiteral("page");
    QTest::newRow("page fraction") << QByteArray("page=1.5") << QStringLiteral("page");
    QTest::newRow("order") << QByteArray("order=created:ASC") << QStringLiteral("order");
}

void TestSandboxProtocol::rejectsBadListQuery()
{
    QFETCH(QByteArray, query);
    QFETCH(QString, field);
    TokenStore::ListRequest request;
    Problem problem;
    QVERIFY(!parseListQuery(parseForm(query), &request, &problem));
    QCOMPARE(problem.status, 400);
    QCOMPARE(problem.field, field);
    QVERIFY(!problem.message.isEmpty());
}

QTEST_GUILESS_MAIN(TestSandboxProtocol)
#include "tst_sandboxprotocol.moc"
