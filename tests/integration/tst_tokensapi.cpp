#include "ApiAwait.h"
#include "Sandbox.h"
#include "SandboxClient.h"
#include "TokensApi.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>

class TestTokensApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void listsTheFirstPage();
    void filtersAndSortsOnTheServer();
    void pagingVisitsEveryTokenOnce();
    void sendsTheContractHeaders();
    void getsOneToken();
    void awkwardNamesRoundTrip_data();
    void awkwardNamesRoundTrip();
    void dotSegmentNamesAreRefusedForGetButRevocable();
    void revokesAllOfAUserExactly();
    void revokesAllOfAClientExactly();
    void deleteOfNothingIs404();
    void deleteWithoutParametersCannotBeSent();
    void unknownTokenIs401();
    void expiredTokenIs401();
    void missingTokenIs401();
    void nonAdminTokenIs403();
    void unknownTokenPairIs404();
    void closedPortIsANetworkError();
    void slowServerTimesOut();
    void cancelFinishesOnceAsCancelled();
    void overlappingCallsKeepTheirOwnReplies();
    void serverAcceptsLowerCaseBearer();
    void retriesTransientFailures_data();
    void retriesTransientFailures();
    void neverRetriesClientErrors_data();
    void neverRetriesClientErrors();
    void givesUpAfterFourTriesAndSaysSo();
    void honoursRetryAfter();
    void aRetryWaitIsCancellable();
    void backoffGrowsWithJitter();
    void aRedirectIsNotFollowed();
    void aBodyOverTheSizeCapIsRefused();

private:
    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<TokensApi> m_api;
};

void TestTokensApi::initTestCase()
{
    QVERIFY(startSandboxWithClient(m_sandbox, m_network, m_api, 500, 11));
    QCOMPARE(m_sandbox->url().host(), QStringLiteral("127.0.0.1"));
}

void TestTokensApi::init()
{
    m_api->setBaseUrl(m_sandbox->url());
    m_api->setAccessToken(m_sandbox->adminToken());
    m_api->setTimeoutMs(TokensApi::DefaultTimeoutMs);
    // Fast retries, so that a failing case does not wait seconds; the retry tests set theirs.
    m_api->setRetryPolicy(RetryPolicy {4, 5, 20, 60});
    m_sandbox->setLatencyMs(0);
    m_sandbox->clearRequests();
}

void TestTokensApi::cleanupTestCase()
{
    m_api.reset();
    m_network.reset();
    m_sandbox.reset();
}

void TestTokensApi::listsTheFirstPage()
{
    const auto outcome = awaitCall(m_api->listTokens({}));
    QVERIFY(outcome.finished);
    QVERIFY2(!outcome.error, qPrintable(outcome.error.message()));
    QCOMPARE(outcome.httpStatus, 200);
    const qint64 total = m_sandbox->withStore([](TokenStore &s) { return s.size(); });
    QCOMPARE(outcome.value.totalElements, total);
    QCOMPARE(outcome.value.content.size(), ListQuery::DefaultPageSize);
    QVERIFY(outcome.value.first);
    QVERIFY(!outcome.value.last);
    QCOMPARE(outcome.value.totalPages, (total + 24) / 25);
}

void TestTokensApi::filtersAndSortsOnTheServer()
{
    ListQuery query;
    query.usernameFilter = QStringLiteral("ADA");
    query.sort
        = {{TokenField::Username, Qt::DescendingOrder}, {TokenField::ClientId, Qt::AscendingOrder}};
    query.size = 1000;
    const auto outcome = awaitCall(m_api->listTokens(query));
    QVERIFY2(!outcome.error, qPrintable(outcome.error.message()));
    const TokenPage &page = outcome.value;
    QVERIFY(page.content.size() > 2);
    QCOMPARE(page.totalElements, page.content.size());
    for (int i = 0; i < page.content.size(); ++i) {
        QVERIFY(page.content[i].username.contains(QStringLiteral("ada"), Qt::CaseInsensitive));
        if (i > 0) {
            const int c = page.content[i - 1].username.toCaseFolded().compare(
                page.content[i].username.toCaseFolded());
            QVERIFY2(c >= 0,
                     qPrintable(page.content[i - 1].username + QStringLiteral(" / ")
                                + page.content[i].username));
        }
    }
    QCOMPARE(page.sort, query.sort);

    const auto requests = m_sandbox->requests();
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().rawTarget,
             QByteArray("/auth/tokens?filter_username=ADA&size=1000&page=1"
                        "&order=username%3ADESC%2Cclient_id%3AASC"));
}

void TestTokensApi::pagingVisitsEveryTokenOnce()
{
    QSet<QString> seen;
    ListQuery query;
    query.size = 100;
    qint64 totalPages = 1;
    for (query.page = 1; query.page <= totalPages; ++query.page) {
        const auto outcome = awaitCall(m_api->listTokens(query));
        QVERIFY2(!outcome.error, qPrintable(outcome.error.message()));
        totalPages = outcome.value.totalPages;
        QCOMPARE(outcome.value.first, query.page == 1);
        QCOMPARE(outcome.value.last, query.page == totalPages);
        for (const TokenKey &key : outcome.value.content)
            seen.insert(key.username + QLatin1Char('\n') + key.clientId);
    }
    QCOMPARE(qint64(seen.size()), m_sandbox->withStore([](TokenStore &s) { return s.size(); }));
}

void TestTokensApi::sendsTheContractHeaders()
{
    awaitCall(m_api->listTokens({}));
    const auto requests = m_sandbox->requests();
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().method, QByteArray("GET"));
    QVERIFY(requests.first().hadAuthorization);
    QCOMPARE(requests.first().accept, QByteArray("application/json"));
}

void TestTokensApi::getsOneToken()
{
    const TokenStore::Pair pair
        = m_sandbox->withStore([](TokenStore &s) { return s.allPairs().at(17); });
    const auto expected
        = m_sandbox->withStore([&](TokenStore &s) { return s.find(pair.username, pair.clientId); });
    QVERIFY(expected);
    const auto outcome = awaitCall(m_api->getToken({pair.username, pair.clientId}));
    QVERIFY2(!outcome.error, qPrintable(outcome.error.message()));
    QCOMPARE(outcome.value.username, pair.username);
    QCOMPARE(outcome.value.clientId, pair.clientId);
    QCOMPARE(outcome.value.token, expected->token);
}

void TestTokensApi::awkwardNamesRoundTrip_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("clientId");
    QTest::newRow("issue example")
        << QStringLiteral("ada lovelace/ü+x%y") << QStringLiteral("export.json");
    QTest::newRow("dots inside") << QStringLiteral("a..b") << QStringLiteral(".json.");
    QTest::newRow("query characters") << QStringLiteral("a?b#c&d=e") << QStringLiteral("x;y,z");
    QTest::newRow("plus and spaces") << QStringLiteral(" + ") << QStringLiteral("a+b c");
    QTest::newRow("percent escapes") << QStringLiteral("%2F%25") << QStringLiteral("%");
    QTest::newRow("non-ascii") << QStringLiteral("名前.テスト") << QStringLiteral("ΔELTA/ü");
}

void TestTokensApi::awkwardNamesRoundTrip()
{
    QFETCH(QString, username);
    QFETCH(QString, clientId);
    const QString token = m_sandbox->issueToken(username, clientId, false);
    // A neighbour that a sloppy encoding could hit instead.
    m_sandbox->issueToken(username + QStringLiteral("x"), clientId, false);

    const auto got = awaitCall(m_api->getToken({username, clientId}));
    QVERIFY2(!got.error, qPrintable(got.error.message()));
    QCOMPARE(got.value.username, username);
    QCOMPARE(got.value.clientId, clientId);
    QCOMPARE(got.value.token, token);

    const auto deleted = awaitCall(m_api->deleteTokens(DeleteTarget::token({username, clientId})));
    QVERIFY2(!deleted.error, qPrintable(deleted.error.message()));
    QCOMPARE(deleted.httpStatus, 204);
    QVERIFY(!m_sandbox->withStore([&](TokenStore &s) { return s.find(username, clientId); }));
    QVERIFY(m_sandbox->withStore(
        [&](TokenStore &s) { return s.find(username + QStringLiteral("x"), clientId); }));

    const auto again = awaitCall(m_api->getToken({username, clientId}));
    QCOMPARE(again.error.kind(), ApiError::Kind::NotFound);
    QCOMPARE(again.httpStatus, 404);
    m_sandbox->withStore(
        [&](TokenStore &s) { return s.remove(username + QStringLiteral("x"), clientId); });
}

void TestTokensApi::dotSegmentNamesAreRefusedForGetButRevocable()
{
    m_sandbox->issueToken(QStringLiteral(".."), QStringLiteral("."), false);
    const auto got = awaitCall(m_api->getToken({QStringLiteral(".."), QStringLiteral(".")}));
    QCOMPARE(got.error.kind(), ApiError::Kind::InvalidRequest);
    QVERIFY(got.error.message().contains(QStringLiteral("revoked")));
    QVERIFY(m_sandbox->requests().isEmpty());
    const auto deleted = awaitCall(
        m_api->deleteTokens(DeleteTarget::token({QStringLiteral(".."), QStringLiteral(".")})));
    QVERIFY2(!deleted.error, qPrintable(deleted.error.message()));
    QVERIFY(!m_sandbox->withStore(
        [](TokenStore &s) { return s.find(QStringLiteral(".."), QStringLiteral(".")); }));
}

void TestTokensApi::revokesAllOfAUserExactly()
{
    const QString user = QStringLiteral("wide user+1");
    for (const char *client : {"web", "ios", "cli"})
        m_sandbox->issueToken(user, QString::fromLatin1(client), false);
    m_sandbox->issueToken(QStringLiteral("wide user+10"), QStringLiteral("web"), false);
    m_sandbox->issueToken(QStringLiteral("Wide User+1"), QStringLiteral("web"), false);
    const qint64 before = m_sandbox->withStore([](TokenStore &s) { return s.size(); });

    const auto outcome = awaitCall(m_api->deleteTokens(DeleteTarget::allOfUser(user)));
    QVERIFY2(!outcome.error, qPrintable(outcome.error.message()));
    QCOMPARE(m_sandbox->withStore([](TokenStore &s) { return s.size(); }), before - 3);
    QVERIFY(m_sandbox->withStore([](TokenStore &s) {
        return s.find(QStringLiteral("wide user+10"), QStringLiteral("web"));
    }));
    QVERIFY(m_sandbox->withStore([](TokenStore &s) {
        return s.find(QStringLiteral("Wide User+1"), QStringLiteral("web"));
    }));
    QCOMPARE(m_sandbox->requests().last().rawTarget,
             QByteArray("/auth/tokens?username=wide%20user%2B1"));
}

void TestTokensApi::revokesAllOfAClientExactly()
{
    const QString client = QStringLiteral("batch/jobs.json");
    for (const char *user : {"u1", "u2"})
        m_sandbox->issueToken(QString::fromLatin1(user), client, false);
    m_sandbox->issueToken(QStringLiteral("u1"), client + QStringLiteral("x"), false);
    const qint64 before = m_sandbox->withStore([](TokenStore &s) { return s.size(); });
    const auto outcome = awaitCall(m_api->deleteTokens(DeleteTarget::allOfClient(client)));
    QVERIFY2(!outcome.error, qPrintable(outcome.error.message()));
    QCOMPARE(m_sandbox->withStore([](TokenStore &s) { return s.size(); }), before - 2);
    QVERIFY(m_sandbox->withStore(
        [&](TokenStore &s) { return s.find(QStringLiteral("u1"), client + QStringLiteral("x")); }));
}

void TestTokensApi::deleteOfNothingIs404()
{
    const auto outcome = awaitCall(m_api->deleteTokens(
        DeleteTarget::token({QStringLiteral("nobody"), QStringLiteral("nothing")})));
    QCOMPARE(outcome.error.kind(), ApiError::Kind::NotFound);
}

void TestTokensApi::deleteWithoutParametersCannotBeSent()
{
    const qint64 before = m_sandbox->withStore([](TokenStore &s) { return s.size(); });
    const DeleteTarget targets[]
        = {DeleteTarget::allOfUser({}), DeleteTarget::allOfClient({}), DeleteTarget::token({}),
           DeleteTarget::token({QStringLiteral("ada"), {}}),
           DeleteTarget::token({{}, QStringLiteral("web")})};
    for (const DeleteTarget &target : targets) {
        const auto outcome = awaitCall(m_api->deleteTokens(target));
        QVERIFY(outcome.finished);
        QCOMPARE(outcome.error.kind(), ApiError::Kind::InvalidRequest);
        QCOMPARE(outcome.finishedCount, 1);
    }
    QTest::qWait(100);
    QVERIFY(m_sandbox->requests().isEmpty()); // nothing reached the server
    QCOMPARE(m_sandbox->withStore([](TokenStore &s) { return s.size(); }), before);
}

void TestTokensApi::unknownTokenIs401()
{
    m_api->setAccessToken(QStringLiteral("00000000-0000-0000-0000-000000000000"));
    const auto outcome = awaitCall(m_api->listTokens({}));
    QCOMPARE(outcome.error.kind(), ApiError::Kind::Unauthorized);
    QCOMPARE(outcome.httpStatus, 401);
    QVERIFY(outcome.error.message().contains(QStringLiteral("Invalid access token")));
}

void TestTokensApi::expiredTokenIs401()
{
    const QString token
        = m_sandbox->issueToken(QStringLiteral("admin"), QStringLiteral("short-lived"), true, 1);
    m_api->setAccessToken(token);
    QVERIFY(!awaitCall(m_api->listTokens({})).error);
    QTest::qWait(1100);
    const auto outcome = awaitCall(m_api->listTokens({}));
    QCOMPARE(outcome.error.kind(), ApiError::Kind::Unauthorized);
    QVERIFY(outcome.error.message().contains(QStringLiteral("expired")));
    QVERIFY(!outcome.error.message().contains(token)); // the token never shows in a message
}

void TestTokensApi::missingTokenIs401()
{
    m_api->setAccessToken({});
    const auto outcome = awaitCall(m_api->listTokens({}));
    QCOMPARE(outcome.error.kind(), ApiError::Kind::Unauthorized);
    QVERIFY(!m_sandbox->requests().first().hadAuthorization);
}

void TestTokensApi::nonAdminTokenIs403()
{
    m_api->setAccessToken(
        m_sandbox->issueToken(QStringLiteral("viewer"), QStringLiteral("web"), false));
    const auto outcome = awaitCall(m_api->listTokens({}));
    QCOMPARE(outcome.error.kind(), ApiError::Kind::Forbidden);
    QCOMPARE(outcome.httpStatus, 403);
    QVERIFY(outcome.error.message().contains(QStringLiteral("TOKENS_ADMIN")));
    const auto deleted
        = awaitCall(m_api->deleteTokens(DeleteTarget::allOfUser(QStringLiteral("admin"))));
    QCOMPARE(deleted.error.kind(), ApiError::Kind::Forbidden);
}

void TestTokensApi::unknownTokenPairIs404()
{
    const auto outcome
        = awaitCall(m_api->getToken({QStringLiteral("nobody"), QStringLiteral("web")}));
    QCOMPARE(outcome.error.kind(), ApiError::Kind::NotFound);
    QVERIFY(outcome.error.message().contains(QStringLiteral("No token")));
}

void TestTokensApi::closedPortIsANetworkError()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    m_api->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
    const auto outcome = awaitCall(m_api->listTokens({}));
    QCOMPARE(outcome.error.kind(), ApiError::Kind::Network);
    QCOMPARE(outcome.httpStatus, 0);
    QVERIFY(outcome.error.message().contains(QStringLiteral("cannot be reached")));
}

void TestTokensApi::slowServerTimesOut()
{
    m_sandbox->setLatencyMs(3000);
    m_api->setTimeoutMs(300);
    const auto outcome = awaitCall(m_api->listTokens({}));
    QCOMPARE(outcome.error.kind(), ApiError::Kind::Timeout);
}

void TestTokensApi::cancelFinishesOnceAsCancelled()
{
    m_sandbox->setLatencyMs(300);
    ListTokensCall *call = m_api->listTokens({});
    int finished = 0;
    ApiError error;
    connect(call, &ApiCall::finished, this, [&] {
        ++finished;
        error = call->error();
    });
    call->cancel();
    QCOMPARE(finished, 1);
    QCOMPARE(error.kind(), ApiError::Kind::Cancelled);
    QTest::qWait(600); // the server's late answer must not finish it again
    QCOMPARE(finished, 1);
}

void TestTokensApi::overlappingCallsKeepTheirOwnReplies()
{
    m_sandbox->setLatencyMs(150);
    ListQuery a;
    a.usernameFilter = QStringLiteral("grace");
    ListQuery b;
    b.clientIdFilter = QStringLiteral("ios");
    const auto outcomeA = watchCall(m_api->listTokens(a));
    const auto outcomeB = watchCall(m_api->listTokens(b));
    QVERIFY(waitForOutcome(outcomeA));
    QVERIFY(waitForOutcome(outcomeB));
    QVERIFY(!outcomeA->error && !outcomeB->error);
    QVERIFY(!outcomeA->value.content.isEmpty() && !outcomeB->value.content.isEmpty());
    for (const TokenKey &key : outcomeA->value.content)
        QVERIFY(key.username.contains(QStringLiteral("grace"), Qt::CaseInsensitive));
    for (const TokenKey &key : outcomeB->value.content)
        QVERIFY(key.clientId.contains(QStringLiteral("ios"), Qt::CaseInsensitive));
}

void TestTokensApi::serverAcceptsLowerCaseBearer()
{
    QNetworkRequest request(
        QUrl(m_sandbox->url().toString() + QStringLiteral("/auth/tokens?size=1")));
    request.setRawHeader("Authorization", "bearer " + m_sandbox->adminToken().toUtf8());
    std::unique_ptr<QNetworkReply> reply(m_network->get(request));
    QSignalSpy spy(reply.get(), &QNetworkReply::finished);
    QVERIFY(spy.wait(5000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
}

void TestTokensApi::retriesTransientFailures_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("502") << 502;
    QTest::newRow("503") << 503;
    QTest::newRow("504") << 504;
}

void TestTokensApi::retriesTransientFailures()
{
    QFETCH(int, status);
    m_sandbox->failNext(2, status, "GET");
    ListTokensCall *call = m_api->listTokens({});
    QSignalSpy retrying(call, &ApiCall::retrying);
    const auto outcome = awaitCall(call);
    QVERIFY2(!outcome.error, qPrintable(outcome.error.message()));
    QCOMPARE(retrying.size(), 2);
    QCOMPARE(retrying.at(0).at(0).toInt(), 2); // the next attempt
    QCOMPARE(retrying.at(0).at(1).toInt(), 4); // of at most
    QCOMPARE(m_sandbox->requests().size(), 3);
}

void TestTokensApi::neverRetriesClientErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("400") << 400;
    QTest::newRow("401") << 401;
    QTest::newRow("403") << 403;
    QTest::newRow("404") << 404;
    QTest::newRow("500") << 500;
}

void TestTokensApi::neverRetriesClientErrors()
{
    QFETCH(int, status);
    m_sandbox->failNext(3, status, "DELETE");
    const auto outcome
        = awaitCall(m_api->deleteTokens(DeleteTarget::allOfUser(QStringLiteral("someone"))));
    QCOMPARE(outcome.httpStatus, status);
    QCOMPARE(m_sandbox->requests().size(), 1);
    QVERIFY(!outcome.error.message().contains(QStringLiteral("tries")));
    m_sandbox->clearFaults();
}

void TestTokensApi::givesUpAfterFourTriesAndSaysSo()
{
    m_sandbox->failNext(10, 502, "GET");
    const auto outcome = awaitCall(m_api->listTokens({}));
    QCOMPARE(outcome.error.kind(), ApiError::Kind::Server);
    QCOMPARE(outcome.httpStatus, 502);
    QCOMPARE(m_sandbox->requests().size(), 4);
    QVERIFY2(outcome.error.message().contains(QStringLiteral("Gave up after 4 tries")),
             qPrintable(outcome.error.message()));
    m_sandbox->clearFaults();
}

void TestTokensApi::honoursRetryAfter()
{
    m_sandbox->failNext(1, 429, "GET");
    QElapsedTimer timer;
    timer.start();
    ListTokensCall *call = m_api->listTokens({});
    QSignalSpy retrying(call, &ApiCall::retrying);
    const auto outcome = awaitCall(call);
    QVERIFY2(!outcome.error, qPrintable(outcome.error.message()));
    QCOMPARE(retrying.size(), 1);
    QVERIFY(retrying.first().at(2).toInt() >= 1000); // Retry-After: 1
    QVERIFY(timer.elapsed() >= 950);
}

void TestTokensApi::aRetryWaitIsCancellable()
{
    m_api->setRetryPolicy(RetryPolicy {4, 2000, 4000, 60});
    m_sandbox->failNext(10, 503, "GET");
    ListTokensCall *call = m_api->listTokens({});
    QSignalSpy retrying(call, &ApiCall::retrying);
    int finished = 0;
    ApiError error;
    connect(call, &ApiCall::finished, this, [&] {
        ++finished;
        error = call->error();
    });
    QVERIFY(retrying.wait(5000));
    call->cancel();
    QCOMPARE(finished, 1);
    QCOMPARE(error.kind(), ApiError::Kind::Cancelled);
    // Past the longest wait the retry could have had: 2,000 ms (base times 0.5 to 1.0 jitter),
    // or Retry-After's 1 s.
    QTest::qWait(2300);
    QCOMPARE(m_sandbox->requests().size(), 1); // nothing was sent after the cancel
    m_sandbox->clearFaults();
}

void TestTokensApi::backoffGrowsWithJitter()
{
    const RetryPolicy policy {4, 400, 8000, 60};
    QCOMPARE(policy.delayBefore(2, 1.0), 400);
    QCOMPARE(policy.delayBefore(3, 1.0), 800);
    QCOMPARE(policy.delayBefore(4, 1.0), 1600);
    QCOMPARE(policy.delayBefore(4, 0.0), 800); // jitter takes up to half off
    QCOMPARE((RetryPolicy {4, 400, 1000, 60}.delayBefore(9, 1.0)), 1000); // capped
    QVERIFY(!RetryPolicy::isRetryable(ApiError::fromHttp(404, {}, {})));
    QVERIFY(RetryPolicy::isRetryable(ApiError::fromHttp(429, {}, {})));
    QVERIFY(!RetryPolicy::isRetryable(
        ApiError::fromTransport(ApiError::Kind::Tls, QStringLiteral("x"))));
}

// A redirect would carry the bearer token wherever the server points: it is an error, and
// nothing is sent to the other place.
void TestTokensApi::aRedirectIsNotFollowed()
{
    Sandbox::Fault redirect;
    redirect.status = 302;
    redirect.remaining = 1;
    redirect.method = "GET";
    m_sandbox->addFault(redirect);
    m_sandbox->clearRequests();
    const int fired = m_sandbox->faultsFired(Sandbox::FaultKind::Status);
    const auto outcome = awaitCall(m_api->listTokens({}));
    QCOMPARE(m_sandbox->faultsFired(Sandbox::FaultKind::Status), fired + 1);
    QCOMPARE(outcome.error.kind(), ApiError::Kind::BadResponse);
    QCOMPARE(outcome.httpStatus, 302);
    QVERIFY(outcome.error.message().contains(QStringLiteral("redirects")));
    QCOMPARE(m_sandbox->requests().size(), 1); // neither followed nor tried again
}

// An answer larger than ApiCall::MaxBodyBytes is refused while it arrives, not buffered.
void TestTokensApi::aBodyOverTheSizeCapIsRefused()
{
    Sandbox::Fault huge;
    huge.status = 200;
    huge.remaining = 1;
    huge.method = "GET";
    huge.contentType = "application/json";
    huge.body = QByteArray(ApiCall::MaxBodyBytes + 1024 * 1024, ' ');
    m_sandbox->addFault(huge);
    const int fired = m_sandbox->faultsFired(Sandbox::FaultKind::Status);
    const auto outcome = awaitCall(m_api->listTokens({}));
    QCOMPARE(m_sandbox->faultsFired(Sandbox::FaultKind::Status), fired + 1);
    QCOMPARE(outcome.error.kind(), ApiError::Kind::BadResponse);
    QVERIFY2(outcome.error.message().contains(QStringLiteral("larger than 32 MB")),
             qPrintable(outcome.error.message()));
}

QTEST_GUILESS_MAIN(TestTokensApi)
#include "tst_tokensapi.moc"
