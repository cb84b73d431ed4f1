#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

// What "Remember on this computer" keeps, per server.
struct StoredCredentials
{
    QString accessToken;
    QString refreshToken;
    QString clientId; // needed to use the refresh token
    QString username; // the identity, when known
    qint64 expiresAtMs = 0; // 0: unknown
    // The address the token was issued by (normalised); a token is never sent anywhere else,
    // whichever account it was read from. Empty in entries of earlier versions (keyed by it).
    QString server;

    bool isEmpty() const { return accessToken.isEmpty(); }
    QByteArray toJson() const;
    static StoredCredentials fromJson(const QByteArray &json);
};

// Where secrets are kept between runs: the OS keychain (KeychainCredentialStore) or memory
// (tests). Never QSettings. Operations are asynchronous: done runs on context's thread.
class CredentialStore
{
public:
    struct Result
    {
        bool ok = false;
        bool notFound = false;
        QString error;
        StoredCredentials credentials;
    };
    using Done = std::function<void(const Result &)>;

    virtual ~CredentialStore() = default;
    virtual void read(const QString &account, QObject *context, Done done) = 0;
    virtual void write(const QString &account, const StoredCredentials &credentials,
                       QObject *context, Done done)
        = 0;
    virtual void remove(const QString &account, QObject *context, Done done) = 0;
};

class MemoryCredentialStore : public CredentialStore
{
public:
    void read(const QString &account, QObject *context, Done done) override;
    void write(const QString &account, const StoredCredentials &credentials, QObject *context,
               Done done) override;
    void remove(const QString &account, QObject *context, Done done) override;
    bool contains(const QString &account) const { return m_items.contains(account); }
    int size() const { return int(m_items.size()); }

private:
    QHash<QString, StoredCredentials> m_items;
};

// QtKeychain: Secret Service on Linux, Keychain on macOS, Credential Manager on Windows.
// The insecure plain-text fallback of QtKeychain is off.
class KeychainCredentialStore : public CredentialStore
{
public:
    explicit KeychainCredentialStore(const QString &service
                                     = QStringLiteral("knetik-token-console"));
    void read(const QString &account, QObject *context, Done done) override;
    void write(const QString &account, const StoredCredentials &credentials, QObject *context,
               Done done) override;
    void remove(const QString &account, QObject *context, Done done) override;

private:
    QString m_service;
};
