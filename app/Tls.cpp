#include "Tls.h"

#include <QCoreApplication>
#include <QDir>
#include <QSslCertificate>
#include <QSslConfiguration>

namespace Tls {

bool trustCaFile(const QString &path, QString *error, QString *subject)
{
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(path, QSsl::Pem);
    if (certificates.isEmpty()) {
        *error = QCoreApplication::translate("Tls", "%1 holds no PEM certificate.")
                     .arg(QDir::toNativeSeparators(path));
        return false;
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.addCaCertificates(certificates);
    QSslConfiguration::setDefaultConfiguration(configuration);
    if (subject)
        *subject = certificates.first().subjectDisplayName();
    return true;
}

} // namespace Tls
