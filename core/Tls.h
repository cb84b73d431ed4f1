#pragma once

#include <QHash>
#include <QList>
#include <QNetworkAccessManager>
#include <QSslCertificate>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <utility>

// Trusting a certificate authority beyond the system's: a company CA or a test server's own
// certificate (--ca-file, a saved server's CA file, or the sign-in dialog). TLS errors are never
// ignored anywhere; this is the only way to make a certificate acceptable, and a CA is trusted
// for the one server it was given for, never for every connection.
namespace Tls {

// The PEM certificates in path. Returns false and sets *error when the file holds none.
bool readCaFile(const QString &path, QList<QSslCertificate> *certificates, QString *error,
                QString *subject = nullptr);

// The server a CA belongs to: "https://host:port" (host normalised as ServerList compares
// addresses), empty for an address that is not https.
QString origin(const QUrl &url);

} // namespace Tls

// The network access every program uses: the system's trust for every connection, and for a
// server given a CA file, that CA besides, set on each of its requests (never on Qt's default
// configuration, which every connection shares).
class TrustingNetwork : public QNetworkAccessManager
{
    Q_OBJECT

public:
    using QNetworkAccessManager::QNetworkAccessManager;

    // Trusts the certificates in path for connections to server's https origin and no other.
    // Connections made before are closed, so none keeps its old trust.
    bool trustCaFileFor(const QUrl &server, const QString &path, QString *error,
                        QString *subject = nullptr);
    // Trusts exactly these (a server, its CA file; several for one origin add up), and no
    // other: what the settings say after they changed. A file that cannot be read is left out
    // and named in *problems. Connections are closed only if the trust changed.
    void replaceTrust(const QList<std::pair<QUrl, QString>> &caFiles, QStringList *problems);
    // Back to the system's trust for server.
    void forgetCaFileFor(const QUrl &server);
    // The CA file trusted for server (empty: the system's only), and its first subject.
    QString caFileFor(const QUrl &server, QString *subject = nullptr) const;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;

private:
    struct Trust
    {
        QString path;
        QString subject;
        QList<QSslCertificate> certificates;
    };
    static bool sameCertificates(const QHash<QString, Trust> &a, const QHash<QString, Trust> &b);
    void closeConnections();
    QHash<QString, Trust> m_trust; // by Tls::origin
    int m_inFlight = 0; // replies not finished
    bool m_closePending = false; // the trust changed while requests were in flight
};
