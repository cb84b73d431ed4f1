#pragma once

#include "CredentialStore.h"
#include "SignInController.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

class Settings;

// How careful the console is with a server: Production asks for the server's name before any
// revocation. Unsaved: a server signed in to by address only (--base-url, a URL not saved).
enum class ServerEnvironment { Development, Test, Production, Unsaved };

// A saved server: where, how to sign in, and which environment it is. Never a secret (those
// are in the keychain, one entry per saved server: keychainAccount()).
struct ServerProfile
{
    QString id; // stable, made once ("s" + 12 hex digits); empty for an unsaved server
    QString name;
    QUrl baseUrl;
    SignInRequest::Method method = SignInRequest::Method::AccessToken;
    QString clientId;
    QString username; // the password grant's username
    ServerEnvironment environment = ServerEnvironment::Production;
    QString colour; // "#rrggbb"; empty: the environment's own
    QString caFile; // a PEM file of CA certificates to trust for it; empty: the system's

    bool isSaved() const { return !id.isEmpty(); }
    bool isProduction() const { return environment == ServerEnvironment::Production; }
    // Whether a revocation here needs the server's name typed: a Production server, and a
    // server that is not saved unless it is on this computer (its environment is not known,
    // so it is treated as Production).
    bool needsNameTyped() const;
    QString effectiveColour() const;
    // The keychain entry of its remembered session.
    QString keychainAccount() const;
    // The saved server's id in a keychain account made by keychainAccount(); empty for an
    // account that is an address (an unsaved server, or an entry of an earlier version).
    static QString idOfAccount(const QString &account);
    // For a server signed in to by address only.
    static ServerProfile unsaved(const QUrl &baseUrl);

    static QString defaultColour(ServerEnvironment environment);
    // "Production", translated.
    static QString environmentName(ServerEnvironment environment);
    // "production" (the JSON and journal form).
    static QString environmentKey(ServerEnvironment environment);
    static std::optional<ServerEnvironment> environmentFromKey(const QString &key);
    static QString methodKey(SignInRequest::Method method);
    static std::optional<SignInRequest::Method> methodFromKey(const QString &key);
    // The careful default for a new or migrated server: Development on a loopback host, else
    // Production (the guard is on until the admin says otherwise).
    static ServerEnvironment defaultEnvironmentFor(const QUrl &baseUrl);
    // Empty when the name may be used, else why not.
    static QString checkName(const QString &name);
    static bool isColour(const QString &colour);
};

// What an import did: what was added, and for each entry left out, why.
struct ServerImportReport
{
    QString error; // the file as a whole could not be read: nothing was imported
    QStringList added; // names
    QStringList duplicates; // "“EU Production”: the same as the saved server “EU Prod”"
    QStringList invalid; // "Entry 3: ..."
    QStringList secretsDropped; // "Entry 2 (“Staging”): client_secret was not imported"
    // Imported servers that trust an extra CA: "“Staging” trusts the certificates in ... for
    // staging.example.com". A CA is trusted for its own server only, but the admin should know.
    QStringList caFiles;
};

// The saved servers, in the admin's order, kept in the settings (as JSON, without secrets).
class ServerList
{
    Q_DECLARE_TR_FUNCTIONS(ServerList)

public:
    static constexpr qint64 MaxImportBytes = 1024 * 1024;
    static constexpr qsizetype MaxImportEntries = 10000;

    // Reads the saved servers; on the first start with this version, makes a saved server of
    // each recent server (nothing lost) and says so in *migrated (the names made).
    // keepMigration false: the migration is made in memory only (knetik-tokens, which writes
    // no settings; the console makes it for good at its next start).
    static ServerList load(Settings *settings, QStringList *migrated = nullptr,
                           bool keepMigration = true);
    void save(Settings *settings) const;

    const QList<ServerProfile> &servers() const { return m_servers; }
    int size() const { return int(m_servers.size()); }
    bool isEmpty() const { return m_servers.isEmpty(); }
    const ServerProfile *find(const QString &id) const;
    // The first saved server at this address (a base URL compares without a trailing slash).
    const ServerProfile *findByUrl(const QUrl &baseUrl) const;
    const ServerProfile *findByName(const QString &name) const; // case-insensitive
    // The server at this address: the chosen saved one if it is there, else the first saved
    // one there, else an unsaved server of that address.
    ServerProfile serverFor(const QUrl &baseUrl, const QString &chosenId = {}) const;
    // The server whose keychain entry this is (a saved server's "server:<id>", or an address);
    // none for a saved server deleted since, or an account that is neither.
    std::optional<ServerProfile> serverOfAccount(const QString &account) const;
    // Whether credentials read from account may be sent to server: only to the address that
    // issued them (an entry of an earlier version has no address and is keyed by it).
    static bool belongsTo(const StoredCredentials &credentials, const QString &account,
                          const ServerProfile &server);
    // A name not used yet: name, else "name (2)", "name (3)", ...
    QString uniqueName(const QString &name) const;

    // Adds (a new id when it has none) and returns the id. The name must be free.
    QString add(ServerProfile profile);
    void replace(const QList<ServerProfile> &servers) { m_servers = servers; }

    static QString newId();
    // The address as compared, one string for one server: scheme and host in lower case, the
    // host in ASCII (IDN) without a trailing dot, no default port, no user info, query or
    // fragment, the path without dot segments or trailing slashes.
    static QString normalisedUrl(const QUrl &url);
    // Why these servers cannot be saved together (two at one address with different
    // environments: the guard would depend on which one a sign-in lands on); empty if they can.
    static QString environmentConflict(const QList<ServerProfile> &servers);

    // JSON for a team to share: {"format": ..., "version": 1, "servers": [...]}. No secret.
    QByteArray exportJson() const;
    static QByteArray exportJson(const QList<ServerProfile> &servers);
    // Adds the valid, new entries of json; everything saved before stays as it was.
    ServerImportReport importJson(const QByteArray &json);

private:
    QList<ServerProfile> m_servers;
};
