#include "Tls.h"

#include "ServerProfiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QTimer>

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
    QUrl origin; // "https://host:443", "https://[::1]:8443": a URL that reads back as itself
    origin.setScheme(QStringLiteral("https"));
    origin.setHost(normal.host(QUrl::EncodeUnicode));
    origin.setPort(normal.port(443));
    return origin.toString(QUrl::EncodeUnicode);
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
    closeConnections(); // Qt keys its cached connections by host and port, not by trust
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
        // Every CA file given for one server is trusted for it (a saved server's, the one
        // chosen at sign-in, --ca-file).
        if (const auto it = trust.constFind(origin); it != trust.constEnd())
            entry.certificates = it->certificates + entry.certificates;
        trust.insert(origin, entry);
    }
    const bool changed = !sameCertificates(trust, m_trust);
    m_trust = trust;
    if (changed)
        closeConnections();
}

void TrustingNetwork::closeConnections()
{
    // Qt ends the requests on its network thread when it clears the connection cache: with
    // requests in flight (a revocation), the cache is cleared when the last one has ended.
    // Until then only connections opened before with the old trust are used again.
    if (m_inFlight > 0) {
        m_closePending = true;
        return;
    }
    m_closePending = false;
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
        closeConnections();
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
    QNetworkReply *reply = nullptr;
    const auto it = m_trust.constFind(Tls::origin(request.url()));
    if (it == m_trust.constEnd()) {
        reply = QNetworkAccessManager::createRequest(op, request, outgoingData);
    } else {
        QNetworkRequest trusting(request);
        QSslConfiguration configuration = trusting.sslConfiguration();
        configuration.addCaCertificates(it->certificates);
        trusting.setSslConfiguration(configuration);
        reply = QNetworkAccessManager::createRequest(op, trusting, outgoingData);
    }
    ++m_inFlight;
    connect(reply, &QNetworkReply::finished, this, [this] {
        if (--m_inFlight == 0 && m_closePending)
            QTimer::singleShot(0, this, [this] {
                if (m_closePending && m_inFlight == 0)
                    closeConnections();
            });
    });
    return reply;
}
