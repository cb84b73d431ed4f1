#include "TokenJson.h"

#include <QTest>

class TestTokenJson : public QObject
{
    Q_OBJECT

private slots:
    void decodesTheContractPage();
    void keepsA64BitTotal();
    void toleratesExtraAndMissingOptionalFields();
    void rejectsMalformedPages_data();
    void rejectsMalformedPages();
    void decodesSortOfUnknownProperties();
    void decodesTokenDetails();
    void decodesAccessTokenGrant_data();
    void decodesAccessTokenGrant();
    void rejectsBadGrants_data();
    void rejectsBadGrants();
    void encodesOrder_data();
    void encodesOrder();
    void errorDetail_data();
    void errorDetail();
};

void TestTokenJson::decodesTheContractPage()
{
    const QByteArray body = R"({ "content": [ {"username": "ada", "client_id": "web"},
        {"username": "zoë/ü", "client_id": "data.json"} ],
      "first": true, "last": false, "number": 0, "number_of_elements": 2, "size": 25,
      "sort": [ {"property": "username", "direction": "ASC", "ascending": true,
                 "descending": false, "ignore_case": false, "null_handling": "NATIVE"},
                {"property": "client_id", "direction": "DESC"} ],
      "total_elements": 1234567, "total_pages": 49383 })";
    TokenPage page;
    QString error;
    QVERIFY2(TokenJson::decodePage(body, &page, &error), qPrintable(error));
    QCOMPARE(page.content.size(), 2);
    QCOMPARE(page.content.at(0), (TokenKey {QStringLiteral("ada"), QStringLiteral("web")}));
    QCOMPARE(page.content.at(1).username, QStringLiteral("zoë/ü"));
    QCOMPARE(page.content.at(1).clientId, QStringLiteral("data.json"));
    QVERIFY(page.first);
    QVERIFY(!page.last);
    QCOMPARE(page.totalElements, 1234567);
    QCOMPARE(page.totalPages, 49383);
    QCOMPARE(page.size, 25);
    QCOMPARE(page.numberOfElements, 2);
    QCOMPARE(page.sort.size(), 2);
    QCOMPARE(page.sort.at(0), (SortKey {TokenField::Username, Qt::AscendingOrder}));
    QCOMPARE(page.sort.at(1), (SortKey {TokenField::ClientId, Qt::DescendingOrder}));
}

void TestTokenJson::keepsA64BitTotal()
{
    // Java Long: beyond 2^53, where a double would round.
    const QByteArray body = R"({"content": [], "total_elements": 9007199254740993, "size": 25})";
    TokenPage page;
    QString error;
    QVERIFY2(TokenJson::decodePage(body, &page, &error), qPrintable(error));
    QCOMPARE(page.totalElements, Q_INT64_C(9007199254740993));
    QCOMPARE(page.totalPages, (Q_INT64_C(9007199254740993) + 24) / 25);
}

void TestTokenJson::toleratesExtraAndMissingOptionalFields()
{
    const QByteArray body = R"({"content": [{"username": "a", "client_id": "b", "token": null,
        "extra": [1,2]}], "total_elements": 51, "size": 25, "sort": null, "whatever": {}})";
    TokenPage page;
    QString error;
    QVERIFY2(TokenJson::decodePage(body, &page, &error), qPrintable(error));
    QCOMPARE(page.content.size(), 1);
    QCOMPARE(page.totalPages, 3); // derived from total and size
    QVERIFY(page.sort.isEmpty());
}

void TestTokenJson::rejectsMalformedPages_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("html") << QByteArray("<html><body>502 Bad Gateway</body></html>");
    QTest::newRow("truncated") << QByteArray(R"({"content": [{"username": "a", "client_)");
    QTest::newRow("array") << QByteArray("[1,2,3]");
    QTest::newRow("no content") << QByteArray(R"({"total_elements": 3})");
    QTest::newRow("content not a list") << QByteArray(R"({"content": {}, "total_elements": 3})");
    QTest::newRow("row not an object")
        << QByteArray(R"({"content": ["ada"], "total_elements": 1})");
    QTest::newRow("row without username")
        << QByteArray(R"({"content": [{"client_id": "web"}], "total_elements": 1})");
    QTest::newRow("username a number")
        << QByteArray(R"({"content": [{"username": 7, "client_id": "web"}], "total_elements": 1})");
    QTest::newRow("no total") << QByteArray(R"({"content": []})");
    QTest::newRow("total as string") << QByteArray(R"({"content": [], "total_elements": "12"})");
    QTest::newRow("total fractional") << QByteArray(R"({"content": [], "total_elements": 1.5})");
    QTest::newRow("negative total") << QByteArray(R"({"content": [], "total_elements": -4})");
    QTest::newRow("first as string")
        << QByteArray(R"({"content": [], "total_elements": 0, "first": "yes"})");
}

void TestTokenJson::rejectsMalformedPages()
{
    QFETCH(QByteArray, body);
    TokenPage page;
    QString error;
    QVERIFY(!TokenJson::decodePage(body, &page, &error));
    QVERIFY(!error.isEmpty());
}

void TestTokenJson::decodesSortOfUnknownProperties()
{
    const QByteArray body = R"({"content": [], "total_elements": 0,
        "sort": [{"property": "created_date", "direction": "DESC"}, 5, {"direction": "ASC"}]})";
    TokenPage page;
    QString error;
    QVERIFY2(TokenJson::decodePage(body, &page, &error), qPrintable(error));
    QVERIFY(page.sort.isEmpty());
}

void TestTokenJson::decodesTokenDetails()
{
    TokenDetails details;
    QString error;
    QVERIFY(TokenJson::decodeTokenDetails(
        R"({"username": "a b", "client_id": "web", "token": "abc-123"})", &details, &error));
    QCOMPARE(details.username, QStringLiteral("a b"));
    QCOMPARE(details.token, QStringLiteral("abc-123"));
    QVERIFY(!TokenJson::decodeTokenDetails(R"({"username": "a", "client_id": "web"})", &details,
                                           &error));
    QVERIFY(error.contains(QStringLiteral("token")));
}

void TestTokenJson::decodesAccessTokenGrant_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<qint64>("expires");
    QTest::newRow("number") << QByteArray(R"({"access_token": "t", "expires_in": 3599})")
                            << qint64(3599);
    QTest::newRow("string") << QByteArray(R"({"access_token": "t", "expires_in": "3599"})")
                            << qint64(3599);
    QTest::newRow("padded string")
        << QByteArray(R"({"access_token": "t", "expires_in": " 60 "})") << qint64(60);
    QTest::newRow("absent") << QByteArray(R"({"access_token": "t"})") << qint64(-1);
    QTest::newRow("null") << QByteArray(R"({"access_token": "t", "expires_in": null})")
                          << qint64(-1);
}

void TestTokenJson::decodesAccessTokenGrant()
{
    QFETCH(QByteArray, body);
    QFETCH(qint64, expires);
    AccessTokenGrant grant;
    QString error;
    QVERIFY2(TokenJson::decodeAccessTokenGrant(body, &grant, &error), qPrintable(error));
    QCOMPARE(grant.accessToken, QStringLiteral("t"));
    QCOMPARE(grant.expiresInSeconds, expires);
}

void TestTokenJson::rejectsBadGrants_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("no token") << QByteArray(R"({"token_type": "bearer"})");
    QTest::newRow("empty token") << QByteArray(R"({"access_token": ""})");
    QTest::newRow("expires words") << QByteArray(R"({"access_token": "t", "expires_in": "soon"})");
    QTest::newRow("expires negative") << QByteArray(R"({"access_token": "t", "expires_in": -5})");
    QTest::newRow("expires object") << QByteArray(R"({"access_token": "t", "expires_in": {}})");
}

void TestTokenJson::rejectsBadGrants()
{
    QFETCH(QByteArray, body);
    AccessTokenGrant grant;
    QString error;
    QVERIFY(!TokenJson::decodeAccessTokenGrant(body, &grant, &error));
    QVERIFY(!error.isEmpty());
}

void TestTokenJson::encodesOrder_data()
{
    QTest::addColumn<QList<SortKey>>("keys");
    QTest::addColumn<QString>("expected");
    QTest::newRow("none") << QList<SortKey> {} << QString();
    QTest::newRow("username desc") << QList<SortKey> {{TokenField::Username, Qt::DescendingOrder}}
                                   << QStringLiteral("username:DESC");
    QTest::newRow("two keys") << QList<SortKey> {{TokenField::Username, Qt::AscendingOrder},
                                                 {TokenField::ClientId, Qt::DescendingOrder}}
                              << QStringLiteral("username:ASC,client_id:DESC");
}

void TestTokenJson::encodesOrder()
{
    QFETCH(QList<SortKey>, keys);
    QFETCH(QString, expected);
    QCOMPARE(TokenJson::encodeOrder(keys), expected);
}

void TestTokenJson::errorDetail_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QString>("expected");
    QTest::newRow("knetik result")
        << QByteArray(R"({"code": 400, "request_id": "x",
        "result": [{"message": "size must be 1 to 1000", "field": "size"}]})")
        << QByteArray("application/json") << QStringLiteral("size must be 1 to 1000 (size)");
    QTest::newRow("two results") << QByteArray(
        R"({"result": [{"message": "a"}, {"message": "b"}]})")
                                 << QByteArray() << QStringLiteral("a; b");
    QTest::newRow("spring oauth") << QByteArray(R"({"error": "invalid_token",
        "error_description": "Access token expired"})")
                                  << QByteArray("application/json")
                                  << QStringLiteral("Access token expired");
    QTest::newRow("oauth code only") << QByteArray(R"({"error": "invalid_client"})") << QByteArray()
                                     << QStringLiteral("invalid_client");
    QTest::newRow("plain message") << QByteArray(R"({"message": "Rate limit exceeded"})")
                                   << QByteArray() << QStringLiteral("Rate limit exceeded");
    QTest::newRow("plain text") << QByteArray("Service temporarily unavailable\n")
                                << QByteArray("text/plain")
                                << QStringLiteral("Service temporarily unavailable");
    QTest::newRow("html") << QByteArray("<!DOCTYPE html><html><h1>Oops</h1></html>")
                          << QByteArray("text/html") << QString();
    QTest::newRow("html without type") << QByteArray("<html>x</html>") << QByteArray() << QString();
    QTest::newRow("empty") << QByteArray() << QByteArray("application/json") << QString();
    QTest::newRow("json array") << QByteArray("[1]") << QByteArray() << QString();
    QTest::newRow("binary") << QByteArray("\x01\x02\x03garbage", 10) << QByteArray() << QString();
    QTest::newRow("unknown object")
        << QByteArray(R"({"status": 500})") << QByteArray() << QString();
}

void TestTokenJson::errorDetail()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(QString, expected);
    QCOMPARE(TokenJson::decodeErrorDetail(body, contentType), expected);
}

QTEST_GUILESS_MAIN(TestTokenJson)
#include "tst_tokenjson.moc"
