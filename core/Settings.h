#pragma once

#include "TokenTypes.h"

#include <QHash>
#include <QSettings>
#include <QVariant>

#include <memory>

// The console's settings: every key with its type and default in one table (Settings.cpp).
// Never a token or a secret: those go through a CredentialStore.
class Settings
{
public:
    enum class Key {
        MainWindowGeometry,
        MainWindowState,
        TokenTableHeader,
        SortOrder, // "username:ASC,client_id:DESC"
        PageSize,
        RecentBaseUrls,
        LastClientId,
        RememberedServer, // the base URL whose session is in the keychain
        TrustedCaFile, // earlier versions: a CA file trusted for every server (no longer used)
        // JSON {"https://host:port": "/path/ca.pem"}: the CA file chosen in the sign-in dialog
        // for each server, trusted for that server only
        TrustedCaFiles,
        SavedServers, // JSON array of ServerProfile (ServerList), never a secret
        ServersMigrated, // the recent servers of earlier versions became saved servers
        RequestsAtOnce, // the cap of a bulk operation's requests on the wire at once, 1 to 64
        VerifyRevocations, // check what the server answered as revoked (BulkRevoker::setVerify)
        OverviewNumbers, // View > Overview Numbers as Tables
    };

    // The user's settings file.
    Settings();
    // A private file (tests, --demo), so that nothing touches the user's settings.
    explicit Settings(const QString &iniFile);

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);
    void sync() { m_settings->sync(); }
    QString fileName() const { return m_settings->fileName(); }

    // Typed access.
    QList<SortKey> sortKeys() const;
    void setSortKeys(const QList<SortKey> &keys);
    int pageSize() const;
    // Tokens > Requests at Once: 1 to 64; anything else (a hand-edited file) is the default, 64.
    int requestsAtOnce() const;
    // Tokens > Verify Revocations: on unless turned off.
    bool verifyRevocations() const { return value(Key::VerifyRevocations).toBool(); }
    // TrustedCaFiles: the CA file chosen at sign-in for each server origin (Tls::origin()).
    QHash<QString, QString> trustedCaFiles() const;
    void setTrustedCaFile(const QString &origin, const QString &path);

    static const QList<int> &pageSizes(); // the choices the pager offers

private:
    std::unique_ptr<QSettings> m_settings;
};
