#include "ApiError.h"

#include <QTest>

class TestApiError : public QObject
{
    Q_OBJECT

private slots:
    void mapsStatuses_data();
    void mapsStatuses();
    void includesWhatTheServerSaid();
    void neverShowsHtml();
    void mentionsRetryAfter();
    void transportErrors();
};

void TestApiError::mapsStatuses_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::newRow("400") << 400 << ApiError::Kind::BadRequest;
    QTest::newRow("401") << 401 << ApiError::Kind::Unauthorized;
    QTest::newRow("403") << 403 << ApiError::Kind::Forbidden;
    QTest::newRow("404") << 404 << ApiError::Kind::NotFound;
    QTest::newRow("429") << 429 << ApiError::Kind::RateLimited;
    QTest::newRow("500") << 500 << ApiError::Kind::Server;
    QTest::newRow("503") << 503 << ApiError::Kind::Server;
    QTest::newRow("418") << 418 << ApiError::Kind::Server;
}

void TestApiError::mapsStatuses()
{
    QFETCH(int, status);
    QFETCH(ApiError::Kind, kind);
    const ApiError error = ApiError::fromHttp(status, {}, {});
    QCOMPARE(error.kind(), kind);
    QCOMPARE(error.httpStatus(), status);
    QVERIFY(error.isError());
    QVERIFY(!error.message().isEmpty());
}

void TestApiError::includesWhatTheServerSaid()
{
    const ApiError forbidden = ApiError::fromHttp(
        403, R"({"code":403,"result":[{"message":"TOKENS_ADMIN required"}]})", "application/json");
    QVERIFY(forbidden.message().contains(QStringLiteral("TOKENS_ADMIN")));
    QCOMPARE(forbidden.serverDetail(), QStringLiteral("TOKENS_ADMIN required"));

    const ApiError expired = ApiError::fromHttp(
        401, R"({"error":"invalid_token","error_description":"Access token expired"})", {});
    QVERIFY(expired.message().contains(QStringLiteral("Access token expired")));
    QVERIFY(expired.message().contains(QStringLiteral("Sign in again")));
}

void TestApiError::neverShowsHtml()
{
    const ApiError error = ApiError::fromHttp(
        502, "<html><head><title>502</title></head><body><h1>Bad Gateway</h1></body></html>",
        "text/html");
    QCOMPARE(error.kind(), ApiError::Kind::Server);
    QVERIFY(!error.message().contains(QLatin1Char('<')));
    QVERIFY(error.message().contains(QStringLiteral("502")));
}

void TestApiError::mentionsRetryAfter()
{
    const ApiError error = ApiError::fromHttp(429, {}, {}, 7);
    QCOMPARE(error.retryAfterSeconds(), 7);
    QVERIFY(error.message().contains(QLatin1Char('7')));
}

void TestApiError::transportErrors()
{
    QCOMPARE(ApiError::fromTransport(ApiError::Kind::Timeout, QStringLiteral("x")).kind(),
             ApiError::Kind::Timeout);
    const ApiError tls = ApiError::fromTransport(ApiError::Kind::Tls,
                                                 QStringLiteral("The certificate is self-signed"));
    QCOMPARE(tls.kind(), ApiError::Kind::Tls);
    QVERIFY(tls.message().contains(QStringLiteral("self-signed")));
    QCOMPARE(ApiError::fromTransport(ApiError::Kind::Network, QStringLiteral("Connection refused"))
                 .kind(),
             ApiError::Kind::Network);
    QVERIFY(!ApiError().isError());
    QCOMPARE(ApiError::cancelled().kind(), ApiError::Kind::Cancelled);
}

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
