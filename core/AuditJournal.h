#pragma once

#include "ApiUrls.h"

#include <QDateTime>
#include <QFile>
#include <QString>
#include <QUrl>

// One line of the journal.
struct JournalEntry
{
    QDateTime time;
    QString event; // "intent" or "outcome"
    QString id; // ties an outcome to its intent
    QString server;
    QString identity; // the signed-in username/client, when known
    QString serverName; // the saved server's name ("EU Production"); empty: not a saved one
    QString environment; // "development", "test", "production" or "unsaved"
    QString username;
    QString clientId;
    QString scope; // "token", "user" or "client"
    QString outcome; // outcome lines: "revoked", "already-gone", "failed"
    int httpStatus = 0;
    QString message;
    QString source; // where the targets came from: "list: incident.txt", "pasted list"; or empty
};

// The append-only record of every revocation: a JSON Lines file, one line for each intent
// before its request is sent and one for each outcome, written and flushed line by line so
// that a crash loses nothing already decided. Never a token value.
//
// The journal cannot tear: a line is written whole or not at all (a failed or partial write
// is cut back to the last complete line), and a torn last line left by a crash or power loss
// is moved to a side file (sideFilePath()) before the first line is appended, so the journal
// itself holds only complete lines and no byte is lost.
//
// Two writers (the console and knetik-tokens, or two consoles) share one journal: each append
// and each recovery holds an advisory lock (flock on "<path>.lock"), so a failed write is cut
// back to a size read under the lock (never cutting another writer's line), and a recovery
// never takes another writer's half-written line for a torn one.
class AuditJournal
{
public:
    // The file under QStandardPaths::AppDataLocation.
    static QString defaultPath();

    explicit AuditJournal(const QString &path);
    ~AuditJournal();
    AuditJournal(const AuditJournal &) = delete;
    AuditJournal &operator=(const AuditJournal &) = delete;

    QString path() const { return m_file.fileName(); }
    // Where the revocations go, and who signs them.
    void setContext(const QUrl &server, const QString &identity, const QString &serverName = {},
                    const QString &environment = {});
    // Where the next revocations' targets came from (a list: its file name, or "pasted"),
    // written with each line; empty for the main window's selection.
    void setSource(const QString &source) { m_source = source; }

    // Returns the new entry's id, or an empty string (and sets errorString) if the line could
    // not be written: callers must not send a request whose intent was not recorded.
    QString recordIntent(const DeleteTarget &target);
    bool recordOutcome(const QString &id, const DeleteTarget &target, const QString &outcome,
                       int httpStatus, const QString &message);
    // After a revoke from a list: what became of one line of it ("list-line" event).
    // scope: "user", "client" or "token"; outcome: e.g. "revoked 2, already-gone 1".
    bool recordListLine(int lineNumber, const QString &lineText, const QString &scope,
                        const QString &username, const QString &clientId, const QString &outcome);
    QString errorString() const { return m_error; }

    // Moves a torn last line (bytes after the last '\n', or a last line that is not a JSON
    // object) to the end of sideFilePath(path()), stamped with the time, then truncates the
    // journal to its last complete line. An append that opens the file (the first one, and the
    // one after a failed write) does this by itself first.
    // Returns true if the journal now ends on a complete line (also when there was nothing to
    // do); false, with errorString() set, if it could not be read or set aside (it is then left
    // as it is, and the next line written starts on a fresh line).
    bool recoverTornTail();
    // What recoverTornTail() last did, in words for the user: empty if it found nothing torn.
    QString tornTailNote() const { return m_tornTailNote; }
    // Where torn lines of the journal at journalPath are set aside: "<journalPath>.torn".
    static QString sideFilePath(const QString &journalPath);

    static QList<JournalEntry> read(const QString &path, QString *error = nullptr);
    // As above; *tornTail tells whether the last line was skipped as torn (not yet set aside).
    static QList<JournalEntry> read(const QString &path, QString *error, bool *tornTail);
    static QByteArray toCsv(const QList<JournalEntry> &entries);
    static QString scopeName(DeleteTarget::Scope scope);

private:
    class Lock;
    bool ensureOpen();
    bool append(const JournalEntry &entry);
    bool recoverTornTailLocked();
    // A line of this event with the journal's context filled in.
    JournalEntry entry(const QString &event, const QString &id) const;
    QString newId();

    QFile m_file;
    QString m_server;
    QString m_identity;
    QString m_serverName;
    QString m_environment;
    QString m_source;
    QString m_error;
    QString m_tornTailNote;
    quint64 m_counter = 0;
    // False when the file may end in the middle of a line (a torn tail that could be neither
    // undone nor set aside): the next line then starts with '\n'.
    bool m_endsOnLineBoundary = true;
    // The journal's size after this writer's last line: another size means another writer
    // appended since, and the tail is looked at again before this one writes.
    qint64 m_knownSize = -1;
    int m_lockFd = -1; // "<path>.lock", opened at the first append
    int m_lockDepth = 0;
};
