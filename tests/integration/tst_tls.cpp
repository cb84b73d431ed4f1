#include "ApiAwait.h"
#include "Sandbox.h"
#include "SignInController.h"
#include "TestCertificate.h"
#include "Tls.h"
#include "TokensApi.h"

#include <QNetworkAccessManager>
#include <QProcess>
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

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Sandbox> m_sandbox;
    QNetworkAccessManager m_network;
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
    QVERIFY(!Tls::trustCaFile(bogus.fileName(), &error));
    QVERIFY(error.contains(QStringLiteral("no PEM certificate")));
}

void TestTls::trustsAGivenCertificateAuthority()
{
    QString error, subject;
    QVERIFY2(Tls::trustCaFile(m_dir.filePath(QStringLiteral("cert.pem")), &error, &subject),
             qPrintable(error));
    QVERIFY(subject.contains(QStringLiteral("Knetik sandbox test")));
    // As the console does after trusting a CA: connections made before keep their old trust.
    m_network.clearConnectionCache();
    TokensApi api(&m_network);
    api.setBaseUrl(m_sandbox->url());
    api.setAccessToken(m_sandbox->adminToken());
    const auto outcome = awaitCall(api.listTokens({}));
    QVERIFY2(!outcome.error, qPrintable(outcome.error.message()));
    QCOMPARE(outcome.value.totalElements, 20); // options.tokens, the admin's own included
}

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
