#include "Tls.h"

#include "ServerProfiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QNetworkRequest>
#include <QSslConfiguration>

namespace Tls {

bool readCaFile(const QString &path, QList<QSslCertificate> *certificates, QString *error,
                QString *subject)
{
    *certificates = QSslCertificate::fromPath(path, QSsl::Pem);
    if (certificates->isEmpty()) {
        *error = QCoreApplication::translate("Tls", "%1 holds no PEM certificate.")
                     .arg(QDir::toNativeSeparators(path));
        return false;
    }
    if (subject)
        *subject = certificates->first().subjectDisplayName();
    return true;
}

QString origin(const QUrl &url)
{
    if (url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) != 0
        || url.host().isEmpty())
        return {};
    const QUrl normal(ServerList::normalisedUrl(url));
    return QStringLiteral("https://%1:%2")
        .arg(normal.host(QUrl::EncodeUnicode))
        .arg(normal.port(443));
}

} // namespace Tls

bool TrustingNetwork::trustCaFileFor(const QUrl &server, const QString &path, QString *error,
                                     QString *subject)
{
    const QString origin = Tls::origin(server);
    if (origin.isEmpty()) {
        *error
            = tr("A CA file is for an https server; %1 is not one.").arg(server.toDisplayString());
        return false;
    }
    Trust trust;
    if (!Tls::readCaFile(path, &trust.certificates, error, &trust.subject))
        return false;
    trust.path = path;
    if (subject)
        *subject = trust.subject;
    const auto it = m_trust.constFind(origin);
    if (it != m_trust.constEnd() && it->certificates == trust.certificates) {
        m_trust.insert(origin, trust);
        return true; // the same trust: open connections may stay
    }
    m_trust.insert(origin, trust);
    clearConnectionCache(); // Qt keys its cached connections by host and port, not by trust
    return true;
}

void TrustingNetwork::replaceTrust(const QList<std::pair<QUrl, QString>> &caFiles,
                                   QStringList *problems)
{
    QHash<QString, Trust> trust;
    for (const auto &[server, path] : caFiles) {
        const QString origin = Tls::origin(server);
        Trust entry;
        QString error;
        if (origin.isEmpty() || path.isEmpty())
            continue;
        if (!Tls::readCaFile(path, &entry.certificates, &error, &entry.subject)) {
            if (problems)
                *problems << error;
            continue;
        }
        entry.path = path;
        trust.insert(origin, entry);
    }
    const bool changed = !sameCertificates(trust, m_trust);
    m_trust = trust;
    if (changed)
        clearConnectionCache();
}

bool TrustingNetwork::sameCertificates(const QHash<QString, Trust> &a,
                                       const QHash<QString, Trust> &b)
{
    if (a.size() != b.size())
        return false;
    for (auto it = a.constBegin(); it != a.constEnd(); ++it) {
        const auto other = b.constFind(it.key());
        if (other == b.constEnd() || other->certificates != it->certificates)
            return false;
    }
    return true;
}

void TrustingNetwork::forgetCaFileFor(const QUrl &server)
{
    if (m_trust.remove(Tls::origin(server)) > 0)
        clearConnectionCache();
}

QString TrustingNetwork::caFileFor(const QUrl &server, QString *subject) const
{
    const auto it = m_trust.constFind(Tls::origin(server));
    if (it == m_trust.constEnd())
        return {};
    if (subject)
        *subject = it->subject;
    return it->path;
}

QNetworkReply *TrustingNetwork::createRequest(Operation op, const QNetworkRequest &request,
                                              QIODevice *outgoingData)
{
    const auto it = m_trust.constFind(Tls::origin(request.url()));
    if (it == m_trust.constEnd())
        return QNetworkAccessManager::createRequest(op, request, outgoingData);
    QNetworkRequest trusting(request);
    QSslConfiguration configuration = trusting.sslConfiguration();
    configuration.addCaCertificates(it->certificates);
    trusting.setSslConfiguration(configuration);
    return QNetworkAccessManager::createRequest(op, trusting, outgoingData);
}
