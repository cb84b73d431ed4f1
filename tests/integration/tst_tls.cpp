#include "ApiAwait.h"
#include "Sandbox.h"
#include "SignInController.h"
#include "TestCertificate.h"
#include "Tls.h"
#include "TokensApi.h"

#include <QProcess>
#include <QSslConfiguration>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// The sandbox serving HTTPS with a self-signed certificate made here: the console refuses it
// and names the problem, until the certificate is trusted explicitly (--ca-file).
class TestTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void refusesAnUntrustedCertificate();
    void signInNamesTheCertificateProblem();
    void refusesAFileWithoutCertificates();
    void trustsAGivenCertificateAuthority();
    void aCaIsTrustedForItsServerOnly();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Sandbox> m_sandbox;
    TrustingNetwork m_network;
};

void TestTls::initTestCase()
{
    const QString problem
        = makeTestCertificate(QDir(m_dir.path()), QStringLiteral("Knetik sandbox test"));
    if (!problem.isEmpty())
        QSKIP(qPrintable(problem));
    Sandbox::Options options;
    options.tokens = 20;
    options.tlsCertificateFile = m_dir.filePath(QStringLiteral("cert.pem"));
    options.tlsKeyFile = m_dir.filePath(QStringLiteral("key.pem"));
    m_sandbox = std::make_unique<Sandbox>(options);
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    QCOMPARE(m_sandbox->url().scheme(), QStringLiteral("https"));
}

void TestTls::refusesAnUntrustedCertificate()
{
    TokensApi api(&m_network);
    api.setBaseUrl(m_sandbox->url());
    api.setAccessToken(m_sandbox->adminToken());
    const auto outcome = awaitCall(api.listTokens({}));
    QCOMPARE(outcome.error.kind(), ApiError::Kind::Tls);
    QVERIFY2(outcome.error.message().contains(QStringLiteral("self-signed"), Qt::CaseInsensitive),
             qPrintable(outcome.error.message()));
    QVERIFY(m_sandbox->requests().isEmpty()); // nothing, and no token, went over it
}

void TestTls::signInNamesTheCertificateProblem()
{
    SignInController controller(&m_network);
    QString message;
    connect(&controller, &SignInController::failed, this, [&](const QString &m) { message = m; });
    SignInRequest request;
    request.baseUrl = m_sandbox->url();
    request.accessToken = m_sandbox->adminToken();
    controller.start(request);
    QTRY_VERIFY(!message.isEmpty());
    QVERIFY2(message.startsWith(QStringLiteral("The secure connection to 127.0.0.1 failed")),
             qPrintable(message));
    QVERIFY(message.contains(QStringLiteral("self-signed"), Qt::CaseInsensitive));
}

void TestTls::refusesAFileWithoutCertificates()
{
    QFile bogus(m_dir.filePath(QStringLiteral("bogus.pem")));
    QVERIFY(bogus.open(QIODevice::WriteOnly));
    bogus.write("not a certificate\n");
    bogus.close();
    QString error;
    QVERIFY(!m_network.trustCaFileFor(m_sandbox->url(), bogus.fileName(), &error));
    QVERIFY(error.contains(QStringLiteral("no PEM certificate")));
    QVERIFY(m_network.caFileFor(m_sandbox->url()).isEmpty());
    // A CA is for an https server.
    QVERIFY(!m_network.trustCaFileFor(QUrl(QStringLiteral("http://127.0.0.1:1")),
                                      m_dir.filePath(QStringLiteral("cert.pem")), &error));
}

void TestTls::trustsAGivenCertificateAuthority()
{
    QString error, subject;
    QVERIFY2(m_network.trustCaFileFor(m_sandbox->url(), m_dir.filePath(QStringLiteral("cert.pem")),
                                      &error, &subject),
             qPrintable(error));
    QVERIFY(subject.contains(QStringLiteral("Knetik sandbox test")));
    TokensApi api(&m_network);
    api.setBaseUrl(m_sandbox->url());
    api.setAccessToken(m_sandbox->adminToken());
    const auto outcome = awaitCall(api.listTokens({}));
    QVERIFY2(!outcome.error, qPrintable(outcome.error.message()));
    QCOMPARE(outcome.value.totalElements, 20); // options.tokens, the admin's own included
    m_network.forgetCaFileFor(m_sandbox->url());
}

// Two servers with certificates from one CA, the CA given for the first only: the second is
// refused (nothing, no token, reaches it), Qt's default configuration is never touched, and
// the first keeps working.
void TestTls::aCaIsTrustedForItsServerOnly()
{
    Sandbox::Options options;
    options.tokens = 5;
    options.tlsCertificateFile = m_dir.filePath(QStringLiteral("cert.pem"));
    options.tlsKeyFile = m_dir.filePath(QStringLiteral("key.pem"));
    Sandbox second(options);
    QVERIFY(second.start());
    const QList<QSslCertificate> systemCas
        = QSslConfiguration::defaultConfiguration().caCertificates();
    TrustingNetwork network;
    QString error;
    QVERIFY2(network.trustCaFileFor(m_sandbox->url(), m_dir.filePath(QStringLiteral("cert.pem")),
                                    &error),
             qPrintable(error));
    QCOMPARE(QSslConfiguration::defaultConfiguration().caCertificates(), systemCas);
    for (int round = 0; round < 2; ++round) {
        TokensApi first(&network);
        first.beginSession(m_sandbox->url(), m_sandbox->adminToken());
        const auto used = awaitCall(first.listTokens({}));
        QVERIFY2(!used.error, qPrintable(used.error.message()));
        TokensApi other(&network);
        other.beginSession(second.url(), second.adminToken());
        const auto refused = awaitCall(other.listTokens({}));
        QCOMPARE(refused.error.kind(), ApiError::Kind::Tls);
        QVERIFY(second.requests().isEmpty());
        // Also through a sign-in with a secret (POST /oauth/token): nothing is sent to it.
        SignInController controller(&network);
        QString message;
        connect(&controller, &SignInController::failed, this,
                [&](const QString &m) { message = m; });
        SignInRequest request;
        request.baseUrl = second.url();
        request.method = SignInRequest::Method::ClientCredentials;
        request.clientId = QStringLiteral("knetik");
        request.clientSecret = QStringLiteral("client-secret-for-the-first-only");
        controller.start(request);
        QTRY_VERIFY(!message.isEmpty());
        QVERIFY2(message.contains(QStringLiteral("secure connection")), qPrintable(message));
        QVERIFY(second.requests().isEmpty());
    }
    // An alias of the first's address is the first.
    QUrl alias = m_sandbox->url();
    alias.setHost(QStringLiteral("127.0.0.1."));
    QCOMPARE(Tls::origin(alias), Tls::origin(m_sandbox->url()));
    QVERIFY(Tls::origin(second.url()) != Tls::origin(m_sandbox->url()));
    // An origin reads back as the same server: IPv6 in brackets, the default port explicit.
    for (const char *url :
         {"https://[::1]:8443/api", "https://Tokens.Example.COM./", "https://bücher.example"}) {
        const QString origin = Tls::origin(QUrl(QString::fromUtf8(url)));
        QVERIFY2(QUrl(origin).isValid() && !QUrl(origin).host().isEmpty(), qPrintable(origin));
        QCOMPARE(Tls::origin(QUrl(origin)), origin);
    }
    QCOMPARE(Tls::origin(QUrl(QStringLiteral("https://[::1]:8443/api"))),
             QStringLiteral("https://[::1]:8443"));
    QCOMPARE(Tls::origin(QUrl(QStringLiteral("https://Tokens.Example.COM./"))),
             QStringLiteral("https://tokens.example.com:443"));
}

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
