#pragma once

#include <QString>

// Trusting a certificate authority beyond the system's: a company CA or a test server's own
// certificate (--ca-file, or the sign-in dialog). TLS errors are never ignored anywhere; this
// is the only way to make a certificate acceptable.
namespace Tls {

// Adds the PEM certificates in path to the trust store of every later connection. Call
// QNetworkAccessManager::clearConnectionCache() afterwards: cached connections keep the old trust.
// Returns false and sets *error when the file holds no certificate.
bool trustCaFile(const QString &path, QString *error, QString *subject = nullptr);

} // namespace Tls
