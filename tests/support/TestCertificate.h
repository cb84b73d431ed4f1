#pragma once

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QString>

// A self-signed certificate for 127.0.0.1 and localhost, made with openssl at test time into
// dir (cert.pem, key.pem). Returns an empty string on success, else why it could not be made.
inline QString makeTestCertificate(const QDir &dir, const QString &commonName)
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        return QStringLiteral("openssl is not installed, so no test certificate can be made "
                              "(tools/install-deps.sh installs it)");
    QProcess process;
    process.start(openssl,
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                   QStringLiteral("2"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=") + commonName, QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost"),
                   QStringLiteral("-keyout"), dir.filePath(QStringLiteral("key.pem")),
                   QStringLiteral("-out"), dir.filePath(QStringLiteral("cert.pem"))});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return QStringLiteral("openssl failed: ")
            + QString::fromLocal8Bit(process.readAllStandardError());
    return {};
}
