#include "OAuthClient.h"
#include "Sandbox.h"
#include "Session.h"
#include "SignInController.h"
#include "TokensApi.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>

class TestSignInController : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void checksBaseUrls_data();
    void checksBaseUrls();
    void acceptsAGoodToken();
    void refusesBadTokens_data();
    void refusesBadTokens();
    void clientCredentialsGrant();
    void passwordGrantKnowsTheIdentity();
    void badClientSecret();
    void badPassword();
    void closedPort();
    void wrongUrl();
    void cancelStopsTheCheck();
    void sessionRefreshesBeforeExpiry();

private:
    struct Outcome
    {
        bool ok = false;
        QString message;
        ApiError error;
        SessionInfo session;
    };
    Outcome run(SignInController &controller);
    SignInRequest adminPasswordGrant() const;

    std::unique_ptr<Sandbox> m_sandbox;
    QNetworkAccessManager m_network;
};

void TestSignInController::initTestCase()
{
    Sandbox::Options options;
    options.tokens = 30;
    options.tokenLifetimeSeconds = 7;
    m_sandbox = std::make_unique<Sandbox>(options);
    QVERIFY(m_sandbox->start());
}

TestSignInController::Outcome TestSignInController::run(SignInController &controller)
{
    Outcome outcome;
    bool done = false;
    connect(&controller, &SignInController::succeeded, this, [&](const SessionInfo &s) {
        outcome.ok = true;
        outcome.session = s;
        done = true;
    });
    connect(&controller, &SignInController::failed, this, [&](const QString &m, const ApiError &e) {
        outcome.message = m;
        outcome.error = e;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 15000))
        qWarning("sign-in did not end");
    controller.disconnect(this);
    return outcome;
}

SignInRequest TestSignInController::adminPasswordGrant() const
{
    SignInRequest request;
    request.baseUrl = m_sandbox->url();
    request.method = SignInRequest::Method::Password;
    request.clientId = QString::fromLatin1(Sandbox::PublicClientId);
    request.username = QString::fromLatin1(Sandbox::AdminUsername);
    request.password = QString::fromLatin1(Sandbox::AdminPassword);
    return request;
}

void TestSignInController::checksBaseUrls_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // empty: refused
    QTest::newRow("https") << QStringLiteral("https://sandbox.knetikcloud.com/")
                           << QStringLiteral("https://sandbox.knetikcloud.com");
    QTest::newRow("no scheme") << QStringLiteral("knetik.example.com")
                               << QStringLiteral("https://knetik.example.com");
    QTest::newRow("path") << QStringLiteral(" http://127.0.0.1:8080/knetik ")
                          << QStringLiteral("http://127.0.0.1:8080/knetik");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("ftp") << QStringLiteral("ftp://example.com") << QString();
    QTest::newRow("query") << QStringLiteral("https://example.com/?a=1") << QString();
    QTest::newRow("spaces") << QStringLiteral("https://exa mple.com") << QString();
}

void TestSignInController::checksBaseUrls()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QUrl url;
    const QString problem = SignInController::checkBaseUrl(text, &url);
    if (expected.isEmpty()) {
        QVERIFY(!problem.isEmpty());
    } else {
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(url.toString(), expected);
    }
}

void TestSignInController::acceptsAGoodToken()
{
    SignInController controller(&m_network);
    SignInRequest request;
    request.baseUrl = m_sandbox->url();
    request.accessToken = QStringLiteral("  ") + m_sandbox->adminToken() + QStringLiteral("\n");
    m_sandbox->clearRequests();
    controller.start(request);
    const Outcome outcome = run(controller);
    QVERIFY2(outcome.ok, qPrintable(outcome.message));
    QCOMPARE(outcome.session.accessToken, m_sandbox->adminToken());
    QCOMPARE(m_sandbox->requests().size(), 1);
    QCOMPARE(m_sandbox->requests().first().rawTarget, QByteArray("/auth/tokens?size=1&page=1"));
}

void TestSignInController::refusesBadTokens_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("says");
    QTest::newRow("unknown (401)")
        << QStringLiteral("not-a-real-token") << QStringLiteral("invalid or has expired");
    QTest::newRow("empty") << QStringLiteral("  ") << QStringLiteral("Paste an access token");
}

void TestSignInController::refusesBadTokens()
{
    QFETCH(QString, token);
    QFETCH(QString, says);
    SignInController controller(&m_network);
    SignInRequest request;
    request.baseUrl = m_sandbox->url();
    request.accessToken = token;
    controller.start(request);
    const Outcome outcome = run(controller);
    QVERIFY(!outcome.ok);
    QVERIFY2(outcome.message.contains(says), qPrintable(outcome.message));
}

void TestSignInController::clientCredentialsGrant()
{
    SignInController controller(&m_network);
    SignInRequest request;
    request.baseUrl = m_sandbox->url();
    request.method = SignInRequest::Method::ClientCredentials;
    request.clientId = QString::fromLatin1(Sandbox::AdminClientId);
    request.clientSecret = QString::fromLatin1(Sandbox::AdminClientSecret);
    controller.start(request);
    Outcome outcome = run(controller);
    QVERIFY2(outcome.ok, qPrintable(outcome.message));
    QVERIFY(outcome.session.expiresAtMs > 0);
    QVERIFY(!outcome.session.identity()); // a client credentials token's user is not known

    // A client without TOKENS_ADMIN: the token is issued, the check says 403.
    request.clientId = QString::fromLatin1(Sandbox::ReaderClientId);
    request.clientSecret = QString::fromLatin1(Sandbox::ReaderClientSecret);
    controller.start(request);
    outcome = run(controller);
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.error.kind(), ApiError::Kind::Forbidden);
    QVERIFY(outcome.message.contains(QStringLiteral("TOKENS_ADMIN")));
}

void TestSignInController::passwordGrantKnowsTheIdentity()
{
    SignInController controller(&m_network);
    SignInRequest request = adminPasswordGrant();
    controller.start(request);
    const Outcome outcome = run(controller);
    QVERIFY2(outcome.ok, qPrintable(outcome.message));
    QVERIFY(!outcome.session.refreshToken.isEmpty());
    QCOMPARE(
        outcome.session.identity(),
        (std::optional<TokenKey>(TokenKey {QStringLiteral("admin"), QStringLiteral("console")})));
}

void TestSignInController::badClientSecret()
{
    SignInController controller(&m_network);
    SignInRequest request;
    request.baseUrl = m_sandbox->url();
    request.method = SignInRequest::Method::ClientCredentials;
    request.clientId = QString::fromLatin1(Sandbox::AdminClientId);
    request.clientSecret = QStringLiteral("wrong");
    controller.start(request);
    const Outcome outcome = run(controller);
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.message, QStringLiteral("The client id or the client secret is wrong."));
}

void TestSignInController::badPassword()
{
    SignInController controller(&m_network);
    SignInRequest request = adminPasswordGrant();
    request.password = QStringLiteral("nope");
    controller.start(request);
    const Outcome outcome = run(controller);
    QVERIFY(!outcome.ok);
    QVERIFY(outcome.message.contains(QStringLiteral("username or the password is wrong")));
}

void TestSignInController::closedPort()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    SignInController controller(&m_network);
    SignInRequest request;
    request.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    request.accessToken = QStringLiteral("x");
    controller.start(request);
    const Outcome outcome = run(controller);
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.error.kind(), ApiError::Kind::Network);
    QVERIFY(outcome.message.startsWith(QStringLiteral("Cannot reach 127.0.0.1")));
}

void TestSignInController::wrongUrl()
{
    SignInController controller(&m_network);
    SignInRequest request;
    request.baseUrl = QUrl(m_sandbox->url().toString() + QStringLiteral("/not-knetik"));
    request.accessToken = m_sandbox->adminToken();
    controller.start(request);
    const Outcome outcome = run(controller);
    QVERIFY(!outcome.ok);
    QVERIFY2(outcome.message.contains(QStringLiteral("does not answer like a Knetik server")),
             qPrintable(outcome.message));
    QVERIFY(outcome.message.contains(QStringLiteral("404")));
}

void TestSignInController::cancelStopsTheCheck()
{
    m_sandbox->setLatencyMs(500);
    SignInController controller(&m_network);
    QSignalSpy failed(&controller, &SignInController::failed);
    QSignalSpy succeeded(&controller, &SignInController::succeeded);
    SignInRequest request;
    request.baseUrl = m_sandbox->url();
    request.accessToken = m_sandbox->adminToken();
    controller.start(request);
    QVERIFY(controller.isRunning());
    controller.cancel();
    QVERIFY(!controller.isRunning());
    QTest::qWait(700);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(succeeded.size(), 0);
    m_sandbox->setLatencyMs(0);
}

void TestSignInController::sessionRefreshesBeforeExpiry()
{
    SignInController controller(&m_network);
    SignInRequest request = adminPasswordGrant();
    controller.start(request);
    const Outcome outcome = run(controller);
    QVERIFY(outcome.ok);
    QVERIFY(outcome.session.expiresAtMs > 0);

    TokensApi api(&m_network);
    OAuthClient oauth(&m_network);
    Session session(&api, &oauth);
    QSignalSpy refreshed(&session, &Session::refreshed);
    session.begin(outcome.session);
    QVERIFY(session.secondsLeft() > 0 && session.secondsLeft() <= 7);
    // Lifetime 7 s: the refresh starts 5 s before expiry, about 2 s from now.
    QVERIFY(refreshed.wait(6000));
    QVERIFY(session.info().accessToken != outcome.session.accessToken);
    QVERIFY(session.secondsLeft() >= 5);
    // The new token works; the old one no longer does.
    ListQuery query;
    query.size = 1;
    bool done = false;
    ApiError error;
    ListTokensCall *call = api.listTokens(query);
    connect(call, &ApiCall::finished, this, [&] {
        error = call->error();
        done = true;
    });
    QTRY_VERIFY(done);
    QVERIFY2(!error, qPrintable(error.message()));
    TokensApi old(&m_network);
    old.setBaseUrl(m_sandbox->url());
    old.setAccessToken(outcome.session.accessToken);
    done = false;
    call = old.listTokens(query);
    connect(call, &ApiCall::finished, this, [&] {
        error = call->error();
        done = true;
    });
    QTRY_VERIFY(done);
    QCOMPARE(error.kind(), ApiError::Kind::Unauthorized);
    session.end();
    QVERIFY(!api.hasAccessToken());
}

QTEST_GUILESS_MAIN(TestSignInController)
#include "tst_signincontroller.moc"
