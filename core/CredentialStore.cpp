#include "CredentialStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <qt6keychain/keychain.h>

QByteArray StoredCredentials::toJson() const
{
    return QJsonDocument(QJsonObject {{QStringLiteral("access_token"), accessToken},
                                      {QStringLiteral("refresh_token"), refreshToken},
                                      {QStringLiteral("client_id"), clientId},
                                      {QStringLiteral("username"), username},
                                      {QStringLiteral("expires_at_ms"), expiresAtMs},
                                      {QStringLiteral("server"), server}})
        .toJson(QJsonDocument::Compact);
}

StoredCredentials StoredCredentials::fromJson(const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    StoredCredentials c;
    c.accessToken = o.value(QStringLiteral("access_token")).toString();
    c.refreshToken = o.value(QStringLiteral("refresh_token")).toString();
    c.clientId = o.value(QStringLiteral("client_id")).toString();
    c.username = o.value(QStringLiteral("username")).toString();
    c.expiresAtMs = o.value(QStringLiteral("expires_at_ms")).toInteger();
    c.server = o.value(QStringLiteral("server")).toString();
    return c;
}

// ---- memory ----------------------------------------------------------------------------------

void MemoryCredentialStore::read(const QString &account, QObject *context, Done done)
{
    Result result;
    result.ok = m_items.contains(account);
    result.notFound = !result.ok;
    result.credentials = m_items.value(account);
    QTimer::singleShot(0, context, [done, result] { done(result); });
}

void MemoryCredentialStore::write(const QString &account, const StoredCredentials &credentials,
                                  QObject *context, Done done)
{
    m_items.insert(account, credentials);
    Result result;
    result.ok = true;
    QTimer::singleShot(0, context, [done, result] { done(result); });
}

void MemoryCredentialStore::remove(const QString &account, QObject *context, Done done)
{
    Result result;
    result.ok = m_items.remove(account) > 0;
    result.notFound = !result.ok;
    QTimer::singleShot(0, context, [done, result] { done(result); });
}

// ---- keychain ----------------------------------------------------------------------------------

KeychainCredentialStore::KeychainCredentialStore(const QString &service) : m_service(service) { }

namespace {

template<typename Job>
void runJob(Job *job, const QString &account, QObject *context, CredentialStore::Done done,
            std::function<void(Job *, CredentialStore::Result &)> onSuccess = {})
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never plain text on disk
    job->setKey(account);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [job, done, onSuccess](QKeychain::Job *) {
                         CredentialStore::Result result;
                         result.ok = job->error() == QKeychain::NoError;
                         result.notFound = job->error() == QKeychain::EntryNotFound;
                         if (!result.ok)
                             result.error = job->errorString();
                         else if (onSuccess)
                             onSuccess(job, result);
                         done(result);
                     });
    job->start();
}

} // namespace

void KeychainCredentialStore::read(const QString &account, QObject *context, Done done)
{
    runJob<QKeychain::ReadPasswordJob>(new QKeychain::ReadPasswordJob(m_service), account, context,
                                       done, [](QKeychain::ReadPasswordJob *job, Result &result) {
                                           result.credentials
                                               = StoredCredentials::fromJson(job->binaryData());
                                       });
}

void KeychainCredentialStore::write(const QString &account, const StoredCredentials &credentials,
                                    QObject *context, Done done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setBinaryData(credentials.toJson());
    runJob<QKeychain::WritePasswordJob>(job, account, context, done);
}

void KeychainCredentialStore::remove(const QString &account, QObject *context, Done done)
{
    runJob<QKeychain::DeletePasswordJob>(new QKeychain::DeletePasswordJob(m_service), account,
                                         context, done);
}
