#include "AuditJournal.h"

#include "Csv.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QUuid>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#endif

QString AuditJournal::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/revocations.jsonl");
}

AuditJournal::AuditJournal(const QString &path) : m_file(path) { }

AuditJournal::~AuditJournal()
{
#ifdef Q_OS_UNIX
    if (m_lockFd >= 0)
        ::close(m_lockFd);
#endif
}

// Holds the journal's advisory lock for a scope (nested scopes: the outer one holds it). Where
// the file system has no locks (ENOLCK), the journal is written as before, unlocked.
class AuditJournal::Lock
{
public:
    explicit Lock(AuditJournal *journal) : m_journal(journal)
    {
#ifdef Q_OS_UNIX
        if (m_journal->m_lockDepth++ > 0)
            return;
        if (m_journal->m_lockFd < 0) {
            QDir().mkpath(QFileInfo(m_journal->m_file.fileName()).absolutePath());
            m_journal->m_lockFd
                = ::open(QFile::encodeName(m_journal->m_file.fileName() + QStringLiteral(".lock"))
                             .constData(),
                         O_RDWR | O_CREAT | O_CLOEXEC, 0600);
        }
        if (m_journal->m_lockFd < 0)
            return;
        int result;
        do {
            result = ::flock(m_journal->m_lockFd, LOCK_EX);
        } while (result != 0 && errno == EINTR);
        m_locked = result == 0;
#endif
    }
    ~Lock()
    {
#ifdef Q_OS_UNIX
        if (--m_journal->m_lockDepth == 0 && m_locked)
            ::flock(m_journal->m_lockFd, LOCK_UN);
#endif
    }
    Lock(const Lock &) = delete;
    Lock &operator=(const Lock &) = delete;

private:
    AuditJournal *m_journal;
    bool m_locked = false;
};

void AuditJournal::setContext(const QUrl &server, const QString &identity,
                              const QString &serverName, const QString &environment)
{
    m_serverName = serverName;
    m_environment = environment;
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

namespace {

QString cannotWrite(const QString &path, const QString &why)
{
    return QCoreApplication::translate("AuditJournal", "Cannot write the audit journal %1: %2")
        .arg(QDir::toNativeSeparators(path), why);
}

bool isJsonObjectLine(const QByteArray &line)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(line, &error);
    return error.error == QJsonParseError::NoError && document.isObject();
}

// How many leading bytes of the open file are complete lines. Bytes after the last '\n' are a
// torn write, and so is a last line that is not a JSON object. Reads backwards from the end in
// growing windows, so a long journal is not read whole.
bool completeSize(QFile &file, qint64 *keep)
{
    const qint64 size = file.size();
    if (size == 0) {
        *keep = 0;
        return true;
    }
    for (qint64 window = 64 * 1024;; window *= 2) {
        const qint64 start = qMax<qint64>(0, size - window);
        if (!file.seek(start))
            return false;
        const QByteArray chunk = file.read(size - start);
        if (chunk.size() != size - start)
            return false;
        const qsizetype lastNewline = chunk.lastIndexOf('\n');
        if (lastNewline != chunk.size() - 1) {
            if (lastNewline < 0 && start > 0)
                continue; // the torn part is longer than the window
            *keep = start + lastNewline + 1;
            return true;
        }
        const qsizetype previousNewline
            = lastNewline > 0 ? chunk.lastIndexOf('\n', lastNewline - 1) : -1;
        if (previousNewline < 0 && start > 0)
            continue; // the last line is longer than the window
        const QByteArray lastLine
            = chunk.mid(previousNewline + 1, lastNewline - previousNewline - 1).trimmed();
        *keep
            = lastLine.isEmpty() || isJsonObjectLine(lastLine) ? size : start + previousNewline + 1;
        return true;
    }
}

// Appends a torn piece of the journal to the side file, after a line saying when and from where.
bool setAside(const QString &journalPath, qint64 offset, const QByteArray &bytes, QString *why)
{
    QFile side(AuditJournal::sideFilePath(journalPath));
    if (!side.open(QIODevice::WriteOnly | QIODevice::Append)) {
        *why = side.errorString();
        return false;
    }
    QByteArray record = "# " + QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8()
        + " set aside " + QByteArray::number(bytes.size()) + " bytes from offset "
        + QByteArray::number(offset) + " of " + QFileInfo(journalPath).fileName().toUtf8() + '\n'
        + bytes;
    if (!record.endsWith('\n'))
        record += '\n';
    if (side.write(record) != record.size() || !side.flush()) {
        *why = side.errorString();
        return false;
    }
    return true;
}

} // namespace

QString AuditJournal::sideFilePath(const QString &journalPath)
{
    return journalPath + QStringLiteral(".torn");
}

bool AuditJournal::recoverTornTail()
{
    const Lock lock(this);
    return recoverTornTailLocked();
}

bool AuditJournal::recoverTornTailLocked()
{
    // Reopened by the next append, after this.
    m_file.close();
    m_tornTailNote.clear();
    m_endsOnLineBoundary = true;
    const QString path = m_file.fileName();
    QFile file(path);
    if (!file.exists())
        return true;
    qint64 keep = 0;
    if (!file.open(QIODevice::ReadWrite) || !completeSize(file, &keep)) {
        // Unknown: an extra '\n' before the next line costs an empty line, a missing one a line.
        m_endsOnLineBoundary = false;
        m_error = cannotWrite(path, file.errorString());
        return false;
    }
    const qint64 size = file.size();
    if (keep == size)
        return true;
    QByteArray torn;
    if (file.seek(keep))
        torn = file.read(size - keep);
    QString why;
    // The bytes go to the side file first: a crash in between leaves them in both, not in none.
    if (torn.size() != size - keep)
        why = file.errorString();
    else if (setAside(path, keep, torn, &why) && file.resize(keep)) {
        m_tornTailNote = QCoreApplication::translate(
                             "AuditJournal",
                             "An incomplete line left by an interrupted write was set aside in %1.")
                             .arg(QDir::toNativeSeparators(sideFilePath(path)));
        return true;
    } else if (why.isEmpty()) {
        why = file.errorString();
    }
    m_endsOnLineBoundary = torn.endsWith('\n');
    m_error = cannotWrite(path, why);
    m_tornTailNote = QCoreApplication::translate("AuditJournal",
                                                 "An incomplete line left by an interrupted write "
                                                 "could not be set aside in %1: %2")
                         .arg(QDir::toNativeSeparators(sideFilePath(path)), why);
    return false;
}

bool AuditJournal::ensureOpen()
{
    if (m_file.isOpen())
        return true;
    QDir().mkpath(QFileInfo(m_file.fileName()).absolutePath());
    // A failure leaves the torn tail where it is (nothing is lost); m_endsOnLineBoundary then
    // makes the next line start on a fresh line.
    recoverTornTailLocked();
    // Unbuffered: a line goes to the file in one write, and a failed one leaves no buffered
    // rest behind that a later flush (or resize()) would write after the undo.
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered)) {
        m_error = cannotWrite(m_file.fileName(), m_file.errorString());
        return false;
    }
    return true;
}

bool AuditJournal::append(const JournalEntry &entry)
{
    // From the size read to the write and any undo, no other writer writes.
    const Lock lock(this);
    if (m_file.isOpen() && m_file.size() != m_knownSize)
        m_file.close(); // another writer appended: its tail is looked at again (ensureOpen())
    if (!ensureOpen())
        return false;
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
    } else if (entry.event == QLatin1String("list-line")) {
        object.insert(QStringLiteral("outcome"), entry.outcome);
        object.insert(QStringLiteral("message"), entry.message);
    }
    if (!entry.source.isEmpty())
        object.insert(QStringLiteral("source"), entry.source);
    if (!entry.serverName.isEmpty())
        object.insert(QStringLiteral("server_name"), entry.serverName);
    if (!entry.environment.isEmpty())
        object.insert(QStringLiteral("environment"), entry.environment);
    QByteArray line = QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
    if (!m_endsOnLineBoundary)
        line.prepend('\n');
    const qint64 before = m_file.size();
    const qint64 written = m_file.write(line);
    if (written == line.size() && m_file.flush()) {
        m_endsOnLineBoundary = true;
        m_knownSize = before + line.size();
        return true;
    }
    m_error = cannotWrite(
        m_file.fileName(),
        written >= 0 && written < line.size()
            ? QCoreApplication::translate("AuditJournal", "only %L1 of %L2 bytes were written")
                  .arg(written)
                  .arg(line.size())
            : m_file.errorString());
    // Undo back to the last complete line. Never cut below it: a size that reads smaller than
    // before is not ours to truncate.
    const qint64 after = m_file.size();
    if (after > before && !m_file.resize(before))
        m_endsOnLineBoundary = false;
    // The next append reopens the file and, if the undo failed, sets the torn piece aside.
    m_file.close();
    return false;
}

JournalEntry AuditJournal::entry(const QString &event, const QString &id) const
{
    // What every line says: when, what, and the context of the revocations (server, identity,
    // where the targets came from).
    JournalEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.event = event;
    entry.id = id;
    entry.server = m_server;
    entry.identity = m_identity;
    entry.serverName = m_serverName;
    entry.environment = m_environment;
    entry.source = m_source;
    return entry;
}

QString AuditJournal::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).left(8) + QLatin1Char('-')
        + QString::number(++m_counter);
}

QString AuditJournal::recordIntent(const DeleteTarget &target)
{
    JournalEntry intent = entry(QStringLiteral("intent"), newId());
    intent.username = target.key().username;
    intent.clientId = target.key().clientId;
    intent.scope = scopeName(target.scope());
    return append(intent) ? intent.id : QString();
}

bool AuditJournal::recordOutcome(const QString &id, const DeleteTarget &target,
                                 const QString &outcome, int httpStatus, const QString &message)
{
    JournalEntry line = entry(QStringLiteral("outcome"), id);
    line.username = target.key().username;
    line.clientId = target.key().clientId;
    line.scope = scopeName(target.scope());
    line.outcome = outcome;
    line.httpStatus = httpStatus;
    line.message = message;
    return append(line);
}

bool AuditJournal::recordListLine(int lineNumber, const QString &lineText, const QString &scope,
                                  const QString &username, const QString &clientId,
                                  const QString &outcome)
{
    JournalEntry line = entry(QStringLiteral("list-line"), newId());
    line.username = username;
    line.clientId = clientId;
    line.scope = scope;
    line.outcome = outcome;
    line.message = QStringLiteral("line %1: %2").arg(lineNumber).arg(lineText);
    return append(line);
}

QList<JournalEntry> AuditJournal::read(const QString &path, QString *error)
{
    return read(path, error, nullptr);
}

QList<JournalEntry> AuditJournal::read(const QString &path, QString *error, bool *tornTail)
{
    if (tornTail)
        *tornTail = false;
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
        const QByteArray raw = file.readLine();
        const QByteArray line = raw.trimmed();
        if (line.isEmpty())
            continue;
        // A torn last line after a crash (no '\n', or not a JSON object): skip it, keep the
        // rest. A line that lacks only its '\n' is torn too: its write never completed, so
        // the journal never confirmed it (recoverTornTail() sets it aside).
        const bool last = file.atEnd();
        if ((last && !raw.endsWith('\n')) || !isJsonObjectLine(line)) {
            if (last && tornTail)
                *tornTail = true;
            continue;
        }
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.isEmpty())
            continue;
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
        e.source = o.value(QStringLiteral("source")).toString();
        e.serverName = o.value(QStringLiteral("server_name")).toString();
        e.environment = o.value(QStringLiteral("environment")).toString();
        entries.append(e);
    }
    return entries;
}

QByteArray AuditJournal::toCsv(const QList<JournalEntry> &entries)
{
    // RFC 4180, formula-guarded (Csv::field).
    const auto field = &Csv::field;
    QStringList lines {
        QStringLiteral("time,event,id,server,identity,username,client_id,scope,"
                       "outcome,http_status,message,source,server_name,environment")};
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
                              field(e.message),
                              field(e.source),
                              field(e.serverName),
                              field(e.environment)}
                     .join(QLatin1Char(','));
    }
    return lines.join(QLatin1String("\r\n")).toUtf8() + "\r\n";
}
