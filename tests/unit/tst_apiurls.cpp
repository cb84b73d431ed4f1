#include "ApiUrls.h"
#include "TokenJson.h"

#include <QTest>

class TestApiUrls : public QObject
{
    Q_OBJECT

private slots:
    void encodesPathSegments_data();
    void encodesPathSegments();
    void dotSegmentsGiveNoUrl();
    void listQuery();
    void listQueryKeepsBasePath();
    void listQueryClampsSizeAndPage();
    void encodesQueryValues();
    void deleteTargets();
    void emptyDeleteTargetsGiveNoUrl();
    void namesATrimmingServerWouldChange();
    void namesThatAreNotUnicodeAreNeverSent();
    void baseUrls_data();
    void baseUrls();
};

void TestApiUrls::encodesPathSegments_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<QByteArray>("expectedPath");
    QTest::newRow("plain") << QStringLiteral("ada") << QStringLiteral("web")
                           << QByteArray("/auth/tokens/ada/web");
    QTest::newRow("sdk example") << QStringLiteral("a b@c/d") << QStringLiteral("web")
                                 << QByteArray("/auth/tokens/a%20b%40c%2Fd/web");
    QTest::newRow("issue example")
        << QStringLiteral("ada lovelace/ü+x%y") << QStringLiteral("data.json")
        << QByteArray("/auth/tokens/ada%20lovelace%2F%C3%BC%2Bx%25y/data.json");
    QTest::newRow("dots inside") << QStringLiteral("a..b") << QStringLiteral(".x.")
                                 << QByteArray("/auth/tokens/a..b/.x.");
    QTest::newRow("query characters") << QStringLiteral("a?b#c&d=e") << QStringLiteral("x;y")
                                      << QByteArray("/auth/tokens/a%3Fb%23c%26d%3De/x%3By");
    QTest::newRow("non-ascii") << QStringLiteral("名前") << QStringLiteral("ΔELTA")
                               << QByteArray("/auth/tokens/%E5%90%8D%E5%89%8D/%CE%94ELTA");
}

void TestApiUrls::encodesPathSegments()
{
    QFETCH(QString, username);
    QFETCH(QString, clientId);
    QFETCH(QByteArray, expectedPath);
    const QUrl url
        = ApiUrls::token(QUrl(QStringLiteral("http://127.0.0.1:8080")), {username, clientId});
    QVERIFY(url.isValid());
    QCOMPARE(url.toEncoded(), "http://127.0.0.1:8080" + expectedPath);
}

void TestApiUrls::dotSegmentsGiveNoUrl()
{
    const QUrl base(QStringLiteral("http://127.0.0.1:1"));
    QVERIFY(ApiUrls::token(base, {QStringLiteral(".."), QStringLiteral("web")}).isEmpty());
    QVERIFY(ApiUrls::token(base, {QStringLiteral("ada"), QStringLiteral(".")}).isEmpty());
    // Revoking goes through the query, where dots are plain characters.
    QCOMPARE(ApiUrls::deleteTokens(base,
                                   DeleteTarget::token({QStringLiteral(".."), QStringLiteral(".")}))
                 .toEncoded(),
             QByteArray("http://127.0.0.1:1/auth/tokens?username=..&client_id=."));
}

void TestApiUrls::listQuery()
{
    ListQuery query;
    query.usernameFilter = QStringLiteral("ada");
    query.clientIdFilter = QStringLiteral("web");
    query.sort
        = {{TokenField::Username, Qt::AscendingOrder}, {TokenField::ClientId, Qt::DescendingOrder}};
    query.page = 3;
    query.size = 50;
    const QUrl url
        = ApiUrls::listTokens(QUrl(QStringLiteral("https://sandbox.knetikcloud.com/")), query);
    QCOMPARE(
        url.toEncoded(),
        QByteArray("https://sandbox.knetikcloud.com/auth/tokens?filter_username=ada"
                   "&filter_client_id=web&size=50&page=3&order=username%3AASC%2Cclient_id%3ADESC"));
}

void TestApiUrls::listQueryKeepsBasePath()
{
    const QUrl url
        = ApiUrls::listTokens(QUrl(QStringLiteral("https://host.example/knetik/v2/")), {});
    QCOMPARE(url.toEncoded(),
             QByteArray("https://host.example/knetik/v2/auth/tokens?size=25&page=1"));
}

void TestApiUrls::listQueryClampsSizeAndPage()
{
    ListQuery query;
    query.size = 5000;
    query.page = -1;
    QUrl url = ApiUrls::listTokens(QUrl(QStringLiteral("http://localhost")), query);
    QCOMPARE(url.query(QUrl::FullyEncoded), QStringLiteral("size=1000&page=0"));
    // Page 0 is sent as it is: the first page of a server that counts from 0.
    query.page = 0;
    url = ApiUrls::listTokens(QUrl(QStringLiteral("http://localhost")), query);
    QCOMPARE(url.query(QUrl::FullyEncoded), QStringLiteral("size=1000&page=0"));
}

void TestApiUrls::encodesQueryValues()
{
    ListQuery query;
    query.usernameFilter = QStringLiteral("a+b c&d=e%f/ü");
    const QUrl url = ApiUrls::listTokens(QUrl(QStringLiteral("http://localhost")), query);
    QVERIFY(url.toEncoded().contains("filter_username=a%2Bb%20c%26d%3De%25f%2F%C3%BC&"));
}

void TestApiUrls::deleteTargets()
{
    const QUrl base(QStringLiteral("http://127.0.0.1:1"));
    QCOMPARE(ApiUrls::deleteTokens(
                 base, DeleteTarget::token({QStringLiteral("a+b"), QStringLiteral("web")}))
                 .toEncoded(),
             QByteArray("http://127.0.0.1:1/auth/tokens?username=a%2Bb&client_id=web"));
    QCOMPARE(
        ApiUrls::deleteTokens(base, DeleteTarget::allOfUser(QStringLiteral("ada"))).toEncoded(),
        QByteArray("http://127.0.0.1:1/auth/tokens?username=ada"));
    QCOMPARE(ApiUrls::deleteTokens(base, DeleteTarget::allOfClient(QStringLiteral("web app")))
                 .toEncoded(),
             QByteArray("http://127.0.0.1:1/auth/tokens?client_id=web%20app"));
}

void TestApiUrls::emptyDeleteTargetsGiveNoUrl()
{
    const QUrl base(QStringLiteral("http://127.0.0.1:1"));
    const DeleteTarget targets[]
        = {DeleteTarget::token({}), DeleteTarget::token({QStringLiteral("ada"), {}}),
           DeleteTarget::token({{}, QStringLiteral("web")}), DeleteTarget::allOfUser({}),
           DeleteTarget::allOfClient({})};
    for (const DeleteTarget &target : targets) {
        QVERIFY(!target.isValid());
        QVERIFY(ApiUrls::deleteTokens(base, target).isEmpty());
    }
}

void TestApiUrls::namesATrimmingServerWouldChange()
{
    // What Java's String.trim() drops (everything up to U+0020) and invisible format
    // characters count as "around" a name, as white space does.
    const QString web = QStringLiteral("web");
    for (const QString &odd :
         {QStringLiteral(" ada"), QStringLiteral("ada\t"), QStringLiteral("\u0001ada"),
          QStringLiteral("ada\u200B"), QStringLiteral("\uFEFFada"), QStringLiteral("ada\u00A0")}) {
        QVERIFY2(DeleteTarget::token({odd, web}).needsNameCheck(), qPrintable(odd));
        QVERIFY2(DeleteTarget::token({odd, web}).isValid(), qPrintable(odd)); // after the check
        QVERIFY2(!DeleteTarget::allOfUser(odd).isValid(), qPrintable(odd));
        QVERIFY2(!DeleteTarget::allOfClient(odd).isValid(), qPrintable(odd));
    }
    for (const QString &plain : {QStringLiteral("ada"), QStringLiteral("a da"),
                                 QStringLiteral("\u00E5sa"), QStringLiteral("a\u0001b")}) {
        QVERIFY2(!DeleteTarget::token({plain, web}).needsNameCheck(), qPrintable(plain));
        QVERIFY2(DeleteTarget::allOfUser(plain).isValid(), qPrintable(plain));
    }
    // Only such characters: blank, never sent (a trimming server would widen the DELETE).
    for (const QString &blank :
         {QStringLiteral("\u0001"), QStringLiteral("\u200B"), QStringLiteral(" \uFEFF ")}) {
        QVERIFY2(!DeleteTarget::token({blank, web}).isValid(), qPrintable(blank));
        QVERIFY2(!DeleteTarget::allOfUser(blank).isValid(), qPrintable(blank));
    }
}

// A lone UTF-16 surrogate has no UTF-8 form: sent, it would become "?" (another pair) or U+FFFD.
// Such a name, as a server's JSON can carry it, gives no DELETE and no GET; a real pair is fine.
void TestApiUrls::namesThatAreNotUnicodeAreNeverSent()
{
    const QUrl base(QStringLiteral("http://127.0.0.1:1"));
    TokenPage page;
    QString error;
    QVERIFY2(TokenJson::decodePage(R"({"content":[{"username":"ada\ud800","client_id":"web"},
        {"username":"bob","client_id":"\udc00x"},{"username":"x\udc00\ud800","client_id":"web"},
        {"username":"\ud83d\ude00","client_id":"web"}],"first":true,"last":true,"number":1,
        "number_of_elements":4,"size":25,"total_elements":4,"total_pages":1})",
                                   &page, &error),
             qPrintable(error));
    QCOMPARE(page.content.size(), 4);
    QCOMPARE(page.content[0].username.size(), 4); // the lone surrogate arrived as it was
    for (int i = 0; i < 3; ++i) {
        const TokenKey &key = page.content[i];
        const DeleteTarget pair = DeleteTarget::token(key);
        QVERIFY2(!pair.isValid(), qPrintable(QString::number(i)));
        QVERIFY(pair.whyInvalid().contains(QStringLiteral("not valid Unicode")));
        QVERIFY(ApiUrls::deleteTokens(base, pair).isEmpty());
        QVERIFY(ApiUrls::token(base, key).isEmpty());
        QVERIFY(!DeleteTarget::allOfUser(key.username).isValid() || key.username.isValidUtf16());
        QVERIFY(!DeleteTarget::allOfClient(key.clientId).isValid() || key.clientId.isValidUtf16());
    }
    // A pair of surrogates is one character (an emoji): sent as its UTF-8.
    const DeleteTarget emoji = DeleteTarget::token(page.content[3]);
    QVERIFY(emoji.isValid());
    QVERIFY(ApiUrls::deleteTokens(base, emoji).toEncoded().contains("username=%F0%9F%98%80"));
}

void TestApiUrls::baseUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("usable");
    QTest::addColumn<bool>("insecureRemote");
    QTest::newRow("https") << QStringLiteral("https://sandbox.knetikcloud.com") << true << false;
    QTest::newRow("http loopback") << QStringLiteral("http://127.0.0.1:8080") << true << false;
    QTest::newRow("http localhost") << QStringLiteral("http://localhost:8080/") << true << false;
    QTest::newRow("http ipv6 loopback") << QStringLiteral("http://[::1]:8080") << true << false;
    QTest::newRow("http remote") << QStringLiteral("http://knetik.example.com") << true << true;
    QTest::newRow("ftp") << QStringLiteral("ftp://example.com") << false << false;
    QTest::newRow("no host") << QStringLiteral("https://") << false << false;
    QTest::newRow("query") << QStringLiteral("https://example.com/?x=1") << false << false;
    QTest::newRow("user info") << QStringLiteral("https://me:pw@example.com") << false << false;
    QTest::newRow("words") << QStringLiteral("not a url") << false << false;
}

void TestApiUrls::baseUrls()
{
    QFETCH(QString, url);
    QFETCH(bool, usable);
    QFETCH(bool, insecureRemote);
    const QUrl parsed(url, QUrl::StrictMode);
    QCOMPARE(ApiUrls::isUsableBaseUrl(parsed), usable);
    if (usable)
        QCOMPARE(ApiUrls::isInsecureRemote(parsed), insecureRemote);
}

QTEST_GUILESS_MAIN(TestApiUrls)
#include "tst_apiurls.moc"
