#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class QIODevice;

// One line of a list to revoke from (File > Revoke From List..., an incident's list of
// compromised users or clients). The format, one entry per line:
//   ada                      every token of the user "ada"
//   user:client:x            every token of the user "client:x" (the prefix forces a username)
//   client:web-app           every token of the client "web-app"
//   ada<TAB>web-app          the one token of that pair
//   ada,web-app              the same, as CSV (fields may be quoted: "a,b",web; a pair whose
//                            username starts with client: is "client:x",web-app)
//   # a comment              skipped, as are blank lines and the header username,client_id
// Names are taken exactly as written: surrounding spaces are kept and reported (a list pasted
// from a spreadsheet often has them, and "ada " is not "ada").
struct RevokeListLine
{
    Q_DECLARE_TR_FUNCTIONS(RevokeListLine)

public:
    enum class Kind { Blank, Comment, Header, User, Client, Pair, Malformed };

    int number = 0; // 1-based, as an editor shows it
    QString text; // as written, without the line end
    Kind kind = Kind::Blank;
    QString username; // User, Pair
    QString clientId; // Client, Pair
    QString problem; // Malformed: what is wrong, in words
    bool spacesAround = false; // a name has spaces before or after it (kept, not trimmed)

    bool isTarget() const
    {
        return kind == Kind::User || kind == Kind::Client || kind == Kind::Pair;
    }
    // The names without their surrounding spaces (what the line may have meant).
    QString trimmedUsername() const { return username.trimmed(); }
    QString trimmedClientId() const { return clientId.trimmed(); }
    // "user", "client", "token" and so on, in words for the preview.
    QString kindText() const;
    // What the line asks for, in words: user “ada” (every token of the user), client “web”,
    // token “ada” / “web”.
    QString targetText() const;
};

namespace RevokeList {
// Every line of text, blank and comment lines included (so line numbers match the source).
QList<RevokeListLine> parse(const QString &text);
// A file's text: UTF-8 (with or without a byte order mark); false and *error if it cannot be
// read or is not text (more than MaxBytes, or NUL bytes).
constexpr qint64 MaxBytes = 16 * 1024 * 1024;
bool readFile(const QString &path, QString *text, QString *error);
// The same checks for what a device holds (standard input).
bool readDevice(QIODevice *device, QString *text, QString *error);
} // namespace RevokeList
