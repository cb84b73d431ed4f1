#include "ApiAwait.h"
#include "OAuthClient.h"
#include "Sandbox.h"
#include "TokensApi.h"

#include <QNetworkAccessManager>
#include <QTest>

#include <memory>

class TestOAuthClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void encodesTheFormBody();
    void clientCredentialsGrantGivesAWorkingToken();
    void passwordGrantGivesARefreshToken();
    void refreshGrantReplacesTheToken();
    void badClientSecretIs401();
    void badPasswordIs400();
    void nonAdminClientGetsATokenThatIs403();
    void incompleteGrantIsNotSent();
    void aTokenRequestIsNeverRepeated();

private:
    ApiError listWith(const QString &token);

    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<OAuthClient> m_oauth;
};

void TestOAuthClient::initTestCase()
{
    Sandbox::Options options;
    options.tokens = 50;
    m_sandbox = std::make_unique<Sandbox>(options);
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    m_network = std::make_unique<QNetworkAccessManager>();
    m_oauth = std::make_unique<OAuthClient>(m_network.get());
    m_oauth->setBaseUrl(m_sandbox->url());
}

void TestOAuthClient::init()
{
    m_sandbox->clearRequests();
}

ApiError TestOAuthClient::listWith(const QString &token)
{
    TokensApi api(m_network.get());
    api.setBaseUrl(m_sandbox->url());
    api.setAccessToken(token);
    return awaitCall(api.listTokens({})).error;
}

void TestOAuthClient::encodesTheFormBody()
{
    OAuthGrantRequest grant;
    grant.type = OAuthGrantRequest::Type::Password;
    grant.clientId = QStringLiteral("con sole");
    grant.username = QStringLiteral("a+b@c");
    grant.password = QStringLiteral("p&w=1%");
    QCOMPARE(
        OAuthClient::formBody(grant),
        QByteArray(
            "grant_type=password&client_id=con%20sole&username=a%2Bb%40c&password=p%26w%3D1%25"));
}

void TestOAuthClient::clientCredentialsGrantGivesAWorkingToken()
{
    OAuthGrantRequest grant;
    grant.clientId = QString::fromLatin1(Sandbox::AdminClientId);
    grant.clientSecret = QString::fromLatin1(Sandbox::AdminClientSecret);
    const auto outcome = awaitCall(m_oauth->requestToken(grant));
    QVERIFY2(!outcome.error, qPrintable(outcome.error.message()));
    QVERIFY(!outcome.value.accessToken.isEmpty());
    QCOMPARE(outcome.value.tokenType, QStringLiteral("bearer"));
    QVERIFY(outcome.value.expiresInSeconds > 0);
    QVERIFY(outcome.value.refreshToken.isEmpty());
    QVERIFY(!listWith(outcome.value.accessToken));
    // The issued token is a real row of the store.
    QVERIFY(m_sandbox->withStore([](TokenStore &s) {
        return s.find(QString::fromLatin1(Sandbox::AdminClientId),
                      QString::fromLatin1(Sandbox::AdminClientId));
    }));
    QCOMPARE(m_sandbox->requests().first().hadAuthorization, false);
}

void TestOAuthClient::passwordGrantGivesARefreshToken()
{
    OAuthGrantRequest grant;
    grant.type = OAuthGrantRequest::Type::Password;
    grant.clientId = QString::fromLatin1(Sandbox::PublicClientId);
    grant.username = QString::fromLatin1(Sandbox::AdminUsername);
    grant.password = QString::fromLatin1(Sandbox::AdminPassword);
    const auto outcome = awaitCall(m_oauth->requestToken(grant));
    QVERIFY2(!outcome.error, qPrintable(outcome.error.message()));
    QVERIFY(!outcome.value.refreshToken.isEmpty());
    QVERIFY(!listWith(outcome.value.accessToken));
}

void TestOAuthClient::refreshGrantReplacesTheToken()
{
    OAuthGrantRequest grant;
    grant.type = OAuthGrantRequest::Type::Password;
    grant.clientId = QString::fromLatin1(Sandbox::PublicClientId);
    grant.username = QString::fromLatin1(Sandbox::AdminUsername);
    grant.password = QString::fromLatin1(Sandbox::AdminPassword);
    const auto first = awaitCall(m_oauth->requestToken(grant));
    QVERIFY(!first.error);

    OAuthGrantRequest refresh;
    refresh.type = OAuthGrantRequest::Type::RefreshToken;
    refresh.clientId = grant.clientId;
    refresh.refreshToken = first.value.refreshToken;
    const auto second = awaitCall(m_oauth->requestToken(refresh));
    QVERIFY2(!second.error, qPrintable(second.error.message()));
    QVERIFY(second.value.accessToken != first.value.accessToken);
    QVERIFY(!listWith(second.value.accessToken));
    QCOMPARE(listWith(first.value.accessToken).kind(), ApiError::Kind::Unauthorized);

    // A refresh token works once.
    const auto third = awaitCall(m_oauth->requestToken(refresh));
    QCOMPARE(third.error.kind(), ApiError::Kind::BadRequest);
}

void TestOAuthClient::badClientSecretIs401()
{
    OAuthGrantRequest grant;
    grant.clientId = QString::fromLatin1(Sandbox::AdminClientId);
    grant.clientSecret = QStringLiteral("wrong");
    const auto outcome = awaitCall(m_oauth->requestToken(grant));
    QCOMPARE(outcome.error.kind(), ApiError::Kind::Unauthorized);
    QVERIFY(outcome.error.message().contains(QStringLiteral("Bad client credentials")));
}

void TestOAuthClient::badPasswordIs400()
{
    OAuthGrantRequest grant;
    grant.type = OAuthGrantRequest::Type::Password;
    grant.clientId = QString::fromLatin1(Sandbox::PublicClientId);
    grant.username = QString::fromLatin1(Sandbox::AdminUsername);
    grant.password = QStringLiteral("nope");
    const auto outcome = awaitCall(m_oauth->requestToken(grant));
    QCOMPARE(outcome.error.kind(), ApiError::Kind::BadRequest);
    QCOMPARE(outcome.httpStatus, 400);
    QVERIFY(outcome.error.message().contains(QStringLiteral("Bad credentials")));
}

void TestOAuthClient::nonAdminClientGetsATokenThatIs403()
{
    OAuthGrantRequest grant;
    grant.clientId = QString::fromLatin1(Sandbox::ReaderClientId);
    grant.clientSecret = QString::fromLatin1(Sandbox::ReaderClientSecret);
    const auto outcome = awaitCall(m_oauth->requestToken(grant));
    QVERIFY2(!outcome.error, qPrintable(outcome.error.message()));
    QCOMPARE(listWith(outcome.value.accessToken).kind(), ApiError::Kind::Forbidden);
}

void TestOAuthClient::incompleteGrantIsNotSent()
{
    OAuthGrantRequest grant;
    grant.clientId = QString::fromLatin1(Sandbox::AdminClientId);
    const auto outcome = awaitCall(m_oauth->requestToken(grant));
    QCOMPARE(outcome.error.kind(), ApiError::Kind::InvalidRequest);
    QVERIFY(m_sandbox->requests().isEmpty());
}

// POST /oauth/token is not idempotent (each grant makes a token): a 503 is the answer, not
// a reason to send it again.
void TestOAuthClient::aTokenRequestIsNeverRepeated()
{
    const int fired = m_sandbox->faultsFired(Sandbox::FaultKind::Status);
    m_sandbox->failNext(1, 503, "POST");
    OAuthGrantRequest grant;
    grant.type = OAuthGrantRequest::Type::ClientCredentials;
    grant.clientId = QString::fromLatin1(Sandbox::AdminClientId);
    grant.clientSecret = QString::fromLatin1(Sandbox::AdminClientSecret);
    const auto outcome = awaitCall(m_oauth->requestToken(grant));
    QCOMPARE(outcome.error.kind(), ApiError::Kind::Server);
    QCOMPARE(outcome.httpStatus, 503);
    QCOMPARE(m_sandbox->faultsFired(Sandbox::FaultKind::Status), fired + 1);
    QTest::qWait(1500); // past any retry (Retry-After: 1)
    int posts = 0;
    for (const auto &r : m_sandbox->requests())
        posts += r.method == "POST" ? 1 : 0;
    QCOMPARE(posts, 1);
}

QTEST_GUILESS_MAIN(TestOAuthClient)
#include "tst_oauthclient.moc"
