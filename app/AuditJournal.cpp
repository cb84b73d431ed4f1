#include "AuditJournal.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QUuid>

QString AuditJournal::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/revocations.jsonl");
}

AuditJournal::AuditJournal(const QString &path) : m_file(path) { }

void AuditJournal::setContext(const QUrl &server, const QString &identity)
{
    // Never the query or user info of a URL: only where the server is.
    m_server = server.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment)
                   .toString();
    m_identity = identity;
}

QString AuditJournal::scopeName(DeleteTarget::Scope scope)
{
    switch (scope) {
    case DeleteTarget::Scope::Token:
        return QStringLiteral("token");
    case DeleteTarget::Scope::AllOfUser:
        return QStringLiteral("user");
    case DeleteTarget::Scope::AllOfClient:
        return QStringLiteral("client");
    }
    return {};
}

bool AuditJournal::append(const JournalEntry &entry)
{
    if (!m_file.isOpen()) {
        QDir().mkpath(QFileInfo(m_file.fileName()).absolutePath());
        if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text)) {
            m_error = QCoreApplication::translate("AuditJournal",
                                                  "Cannot write the audit journal %1: %2")
                          .arg(QDir::toNativeSeparators(m_file.fileName()), m_file.errorString());
            return false;
        }
    }
    QJsonObject object {{QStringLiteral("time"), entry.time.toString(Qt::ISODateWithMs)},
                        {QStringLiteral("event"), entry.event},
                        {QStringLiteral("id"), entry.id},
                        {QStringLiteral("server"), entry.server},
                        {QStringLiteral("identity"), entry.identity},
                        {QStringLiteral("username"), entry.username},
                        {QStringLiteral("client_id"), entry.clientId},
                        {QStringLiteral("scope"), entry.scope}};
    if (entry.event == QLatin1String("outcome")) {
        object.insert(QStringLiteral("outcome"), entry.outcome);
        object.insert(QStringLiteral("http_status"), entry.httpStatus);
        object.insert(QStringLiteral("message"), entry.message);
    }
    const QByteArray line = QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
    if (m_file.write(line) != line.size() || !m_file.flush()) {
        m_error
            = QCoreApplication::translate("AuditJournal", "Cannot write the audit journal %1: %2")
                  .arg(QDir::toNativeSeparators(m_file.fileName()), m_file.errorString());
        m_file.close();
        return false;
    }
    return true;
}

QString AuditJournal::recordIntent(const DeleteTarget &target)
{
    JournalEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.event = QStringLiteral("intent");
    entry.id = QUuid::createUuid().toString(QUuid::WithoutBraces).left(8) + QLatin1Char('-')
        + QString::number(++m_counter);
    entry.server = m_server;
    entry.identity = m_identity;
    entry.username = target.key().username;
    entry.clientId = target.key().clientId;
    entry.scope = scopeName(target.scope());
    return append(entry) ? entry.id : QString();
}

bool AuditJournal::recordOutcome(const QString &id, const DeleteTarget &target,
                                 const QString &outcome, int httpStatus, const QString &message)
{
    JournalEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.event = QStringLiteral("outcome");
    entry.id = id;
    entry.server = m_server;
    entry.identity = m_identity;
    entry.username = target.key().username;
    entry.clientId = target.key().clientId;
    entry.scope = scopeName(target.scope());
    entry.outcome = outcome;
    entry.httpStatus = httpStatus;
    entry.message = message;
    return append(entry);
}

QList<JournalEntry> AuditJournal::read(const QString &path, QString *error)
{
    QList<JournalEntry> entries;
    QFile file(path);
    if (!file.exists())
        return entries;
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        if (error)
            *error = file.errorString();
        return entries;
    }
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.isEmpty())
            continue; // a torn last line after a crash: skip it, keep the rest
        JournalEntry e;
        e.time
            = QDateTime::fromString(o.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
        e.event = o.value(QStringLiteral("event")).toString();
        e.id = o.value(QStringLiteral("id")).toString();
        e.server = o.value(QStringLiteral("server")).toString();
        e.identity = o.value(QStringLiteral("identity")).toString();
        e.username = o.value(QStringLiteral("username")).toString();
        e.clientId = o.value(QStringLiteral("client_id")).toString();
        e.scope = o.value(QStringLiteral("scope")).toString();
        e.outcome = o.value(QStringLiteral("outcome")).toString();
        e.httpStatus = o.value(QStringLiteral("http_status")).toInt();
        e.message = o.value(QStringLiteral("message")).toString();
        entries.append(e);
    }
    return entries;
}

QByteArray AuditJournal::toCsv(const QList<JournalEntry> &entries)
{
    // RFC 4180: every field quoted, quotes doubled. A leading =, +, - or @ is prefixed with
    // an apostrophe so that a spreadsheet does not run a username as a formula.
    auto field = [](QString value) {
        if (!value.isEmpty() && QStringLiteral("=+-@\t\r").contains(value.front()))
            value.prepend(QLatin1Char('\''));
        value.replace(QLatin1Char('"'), QLatin1String("\"\""));
        return QLatin1Char('"') + value + QLatin1Char('"');
    };
    QStringList lines {QStringLiteral(
        "time,event,id,server,identity,username,client_id,scope,outcome,http_status,message")};
    for (const JournalEntry &e : entries) {
        lines << QStringList {field(e.time.toString(Qt::ISODateWithMs)),
                              field(e.event),
                              field(e.id),
                              field(e.server),
                              field(e.identity),
                              field(e.username),
                              field(e.clientId),
                              field(e.scope),
                              field(e.outcome),
                              field(e.httpStatus ? QString::number(e.httpStatus) : QString()),
                              field(e.message)}
                     .join(QLatin1Char(','));
    }
    return lines.join(QLatin1String("\r\n")).toUtf8() + "\r\n";
}
