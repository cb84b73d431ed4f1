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
    QString username;
    QString clientId;
    QString scope; // "token", "user" or "client"
    QString outcome; // outcome lines: "revoked", "already-gone", "failed"
    int httpStatus = 0;
    QString message;
};

// The append-only record of every revocation: a JSON Lines file, one line for each intent
// before its request is sent and one for each outcome, written and flushed line by line so
// that a crash loses nothing already decided. Never a token value.
class AuditJournal
{
public:
    // The file under QStandardPaths::AppDataLocation.
    static QString defaultPath();

    explicit AuditJournal(const QString &path);

    QString path() const { return m_file.fileName(); }
    // Where the revocations go, and who signs them.
    void setContext(const QUrl &server, const QString &identity);

    // Returns the new entry's id, or an empty string (and sets errorString) if the line could
    // not be written: callers must not send a request whose intent was not recorded.
    QString recordIntent(const DeleteTarget &target);
    bool recordOutcome(const QString &id, const DeleteTarget &target, const QString &outcome,
                       int httpStatus, const QString &message);
    QString errorString() const { return m_error; }

    static QList<JournalEntry> read(const QString &path, QString *error = nullptr);
    static QByteArray toCsv(const QList<JournalEntry> &entries);
    static QString scopeName(DeleteTarget::Scope scope);

private:
    bool append(const JournalEntry &entry);

    QFile m_file;
    QString m_server;
    QString m_identity;
    QString m_error;
    quint64 m_counter = 0;
};
