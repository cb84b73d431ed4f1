#include "RevokeList.h"

#include <QFile>
#include <QStringConverter>

namespace {

bool hasSpacesAround(const QString &value)
{
    return !value.isEmpty() && (value.front().isSpace() || value.back().isSpace());
}

// A control character (a tab separates fields) or an invisible one (a zero-width space, a byte
// order mark inside the text): a name with one is not what the admin sees.
QChar invisibleCharacter(const QString &value)
{
    for (const QChar c : value) {
        if ((c.category() == QChar::Other_Control && c != QLatin1Char('\t'))
            || c.category() == QChar::Other_Format)
            return c;
    }
    return QChar();
}

// RFC 4180 fields of one line; false if a quote is not closed or text follows a closing quote.
bool splitCsv(const QString &line, QStringList *fields)
{
    QString field;
    bool quoted = false; // inside a quoted field
    bool wasQuoted = false; // the current field was quoted and its quote closed
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                    wasQuoted = true;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char(',')) {
            *fields << field;
            field.clear();
            wasQuoted = false;
        } else if (c == QLatin1Char('"') && field.isEmpty() && !wasQuoted) {
            quoted = true;
        } else if (wasQuoted) {
            return false; // "ada"x
        } else {
            field += c;
        }
    }
    if (quoted)
        return false;
    *fields << field;
    return true;
}

} // namespace

QString RevokeListLine::kindText() const
{
    switch (kind) {
    case Kind::Blank:
        return tr("blank");
    case Kind::Comment:
        return tr("comment");
    case Kind::Header:
        return tr("header");
    case Kind::User:
        return tr("user");
    case Kind::Client:
        return tr("client");
    case Kind::Pair:
        return tr("token");
    case Kind::Malformed:
        return tr("malformed");
    }
    return {};
}

QString RevokeListLine::targetText() const
{
    switch (kind) {
    case Kind::User:
        return tr("user \u201C%1\u201D").arg(username);
    case Kind::Client:
        return tr("client \u201C%1\u201D").arg(clientId);
    case Kind::Pair:
        return tr("token \u201C%1\u201D / \u201C%2\u201D").arg(username, clientId);
    default:
        return {};
    }
}

QList<RevokeListLine> RevokeList::parse(const QString &text)
{
    QList<RevokeListLine> lines;
    QStringList raw = text.split(QLatin1Char('\n'));
    if (!raw.isEmpty() && raw.last().isEmpty())
        raw.removeLast(); // the end of the last line, not a line of its own
    int number = 0;
    for (QString value : std::as_const(raw)) {
        RevokeListLine line;
        line.number = ++number;
        if (value.endsWith(QLatin1Char('\r')))
            value.chop(1);
        if (line.number == 1 && value.startsWith(QChar(0xFEFF)))
            value.remove(0, 1); // a byte order mark
        line.text = value;
        const QString trimmed = value.trimmed();
        const auto malformed = [&line](const QString &why) {
            line.kind = RevokeListLine::Kind::Malformed;
            line.problem = why;
        };
        if (trimmed.isEmpty()) {
            line.kind = RevokeListLine::Kind::Blank;
        } else if (trimmed.startsWith(QLatin1Char('#'))) {
            line.kind = RevokeListLine::Kind::Comment;
        } else if (trimmed.compare(QLatin1String("username,client_id"), Qt::CaseInsensitive) == 0
                   || trimmed.compare(QLatin1String("username\tclient_id"), Qt::CaseInsensitive)
                       == 0) {
            line.kind = RevokeListLine::Kind::Header;
        } else if (const QChar c = invisibleCharacter(line.text); !c.isNull()) {
            malformed(RevokeListLine::tr("It contains an invisible or control character (U+%1).")
                          .arg(QString::number(c.unicode(), 16)
                                   .toUpper()
                                   .rightJustified(4, QLatin1Char('0'))));
        } else if (line.text.startsWith(QLatin1String("client:"))) {
            line.kind = RevokeListLine::Kind::Client;
            line.clientId = line.text.mid(7);
            if (line.clientId.trimmed().isEmpty())
                malformed(RevokeListLine::tr("There is no client ID after “client:”."));
            else if (line.clientId.contains(QLatin1Char('\t')))
                malformed(RevokeListLine::tr("A client line has one client ID and no tab."));
        } else if (line.text.startsWith(QLatin1String("user:"))) {
            line.kind = RevokeListLine::Kind::User;
            line.username = line.text.mid(5);
            if (line.username.trimmed().isEmpty())
                malformed(RevokeListLine::tr("There is no username after “user:”."));
            else if (line.username.contains(QLatin1Char('\t')))
                malformed(RevokeListLine::tr("A user line has one username and no tab."));
        } else if (line.text.contains(QLatin1Char('\t'))) {
            const QStringList fields = line.text.split(QLatin1Char('\t'));
            if (fields.size() != 2) {
                malformed(RevokeListLine::tr("It has %n tab-separated field(s); a token is "
                                             "username<Tab>client_id.",
                                             nullptr, int(fields.size())));
            } else {
                line.kind = RevokeListLine::Kind::Pair;
                line.username = fields.at(0);
                line.clientId = fields.at(1);
            }
        } else if (line.text.contains(QLatin1Char(',')) || line.text.startsWith(QLatin1Char('"'))) {
            QStringList fields;
            if (!splitCsv(line.text, &fields)) {
                malformed(RevokeListLine::tr("Its quotes do not pair up."));
            } else if (fields.size() == 1) {
                line.kind = RevokeListLine::Kind::User; // "ada": a quoted username
                line.username = fields.at(0);
                if (line.username.trimmed().isEmpty())
                    malformed(RevokeListLine::tr("The username is empty."));
            } else if (fields.size() != 2) {
                malformed(RevokeListLine::tr("It has %n comma-separated field(s); a token is "
                                             "username,client_id.",
                                             nullptr, int(fields.size())));
            } else {
                line.kind = RevokeListLine::Kind::Pair;
                line.username = fields.at(0);
                line.clientId = fields.at(1);
            }
        } else {
            line.kind = RevokeListLine::Kind::User;
            line.username = line.text;
        }
        if (line.kind == RevokeListLine::Kind::Pair
            && (line.username.trimmed().isEmpty() || line.clientId.trimmed().isEmpty())) {
            malformed(line.username.trimmed().isEmpty()
                          ? RevokeListLine::tr("The username is empty.")
                          : RevokeListLine::tr("The client ID is empty."));
        }
        if (line.isTarget())
            line.spacesAround = hasSpacesAround(line.username) || hasSpacesAround(line.clientId);
        lines.append(line);
    }
    return lines;
}

bool RevokeList::readFile(const QString &path, QString *text, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    return readDevice(&file, text, error);
}

bool RevokeList::readDevice(QIODevice *device, QString *text, QString *error)
{
    const QByteArray bytes = device->read(MaxBytes + 1);
    if (bytes.size() > MaxBytes) {
        *error = RevokeListLine::tr("The file is larger than %L1 MB; a list is text of one "
                                    "name per line.")
                     .arg(MaxBytes / 1024 / 1024);
        return false;
    }
    if (bytes.contains('\0')) {
        *error = RevokeListLine::tr("The file is not text (it contains NUL bytes).");
        return false;
    }
    auto decode = QStringDecoder(QStringDecoder::Utf8);
    *text = decode(bytes);
    if (decode.hasError()) {
        *error = RevokeListLine::tr("The file is not UTF-8 text.");
        return false;
    }
    return true;
}
