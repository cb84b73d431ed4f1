#include "Records.h"

#include "Csv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

// The escape JSON, TSV and the terminal share for a line feed, a tab or a carriage return;
// empty for any other character.
static QLatin1String shortEscape(QChar c)
{
    switch (c.unicode()) {
    case '\n':
        return QLatin1String("\\n");
    case '\t':
        return QLatin1String("\\t");
    case '\r':
        return QLatin1String("\\r");
    default:
        return QLatin1String();
    }
}

// A JSON string literal: quotes, backslashes and control characters escaped (RFC 8259).
static void appendJsonString(QString &out, const QString &text)
{
    out += QLatin1Char('"');
    for (const QChar c : text) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            out += QLatin1Char('\\') + c;
        else if (const QLatin1String escape = shortEscape(c); !escape.isEmpty())
            out += escape;
        else if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    out += QLatin1Char('"');
}

static void appendJsonValue(QString &out, const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::UnknownType:
        out += QLatin1String("null");
        break;
    case QMetaType::Bool:
        out += value.toBool() ? QLatin1String("true") : QLatin1String("false");
        break;
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        out += value.toString();
        break;
    default:
        appendJsonString(out, value.toString());
    }
}

QString Records::toJson(const QJsonObject &meta, const QString &key) const
{
    QString out = QStringLiteral("{\n");
    for (auto it = meta.begin(); it != meta.end(); ++it) {
        out += QLatin1String("    ");
        appendJsonString(out, it.key());
        out += QLatin1String(": ");
        const QJsonValue value = it.value();
        if (value.isObject() || value.isArray()) {
            const QJsonDocument nested = value.isObject() ? QJsonDocument(value.toObject())
                                                          : QJsonDocument(value.toArray());
            out += QString::fromUtf8(nested.toJson(QJsonDocument::Compact));
        } else if (value.isDouble()) {
            out += QString::fromUtf8(
                QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact).chopped(1).mid(1));
        } else {
            appendJsonValue(out, value.toVariant());
        }
        out += QLatin1String(",\n");
    }
    out += QLatin1String("    ");
    appendJsonString(out, key);
    out += QLatin1String(": [");
    for (qsizetype r = 0; r < m_rows.size(); ++r) {
        out += r ? QLatin1String(",\n        {") : QLatin1String("\n        {");
        for (qsizetype i = 0; i < m_columns.size(); ++i) {
            if (i)
                out += QLatin1String(", ");
            appendJsonString(out, m_columns[i].key);
            out += QLatin1String(": ");
            appendJsonValue(out, m_rows[r].value(i));
        }
        out += QLatin1Char('}');
    }
    out += m_rows.isEmpty() ? QLatin1String("]\n}\n") : QLatin1String("\n    ]\n}\n");
    return out;
}

QString Records::text(const QVariant &value)
{
    if (!value.isValid())
        return {};
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return value.toString();
}

QString Records::printable(const QString &text, bool keepLineEnds)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (keepLineEnds && (c == QLatin1Char('\n') || c == QLatin1Char('\t')))
            out += c;
        else if (const QLatin1String escape = shortEscape(c); !escape.isEmpty())
            out += escape;
        else if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            out += QStringLiteral("\\u{%1}").arg(c.unicode(), 0, 16);
        else
            out += c;
    }
    return out;
}

QString Records::forTerminal(QString text)
{
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    return printable(text, true);
}

QString Records::tsvField(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == QLatin1Char('\\'))
            out += QLatin1String("\\\\");
        else if (const QLatin1String escape = shortEscape(c); !escape.isEmpty())
            out += escape;
        else
            out += c;
    }
    return out;
}

QString Records::toTable() const
{
    QList<QStringList> cells;
    QList<qsizetype> widths;
    QStringList header;
    for (const Column &column : m_columns) {
        header.append(column.title);
        widths.append(column.title.size());
    }
    for (const QVariantList &row : m_rows) {
        QStringList line;
        for (qsizetype i = 0; i < m_columns.size(); ++i) {
            line.append(printable(text(row.value(i))));
            widths[i] = qMax(widths[i], line.last().size());
        }
        cells.append(line);
    }
    const auto format = [&widths](const QStringList &line) {
        QString out;
        for (qsizetype i = 0; i < line.size(); ++i)
            out += i + 1 < line.size() ? line[i].leftJustified(widths[i] + 2) : line[i];
        return out + QLatin1Char('\n');
    };
    QString out = format(header);
    for (const QStringList &line : cells)
        out += format(line);
    return out;
}

QString Records::delimited(QChar separator, QLatin1String lineEnd,
                           QString (*field)(const QString &)) const
{
    QStringList keys;
    for (const Column &column : m_columns)
        keys.append(column.key);
    QString out = keys.join(separator) + lineEnd;
    for (const QVariantList &row : m_rows) {
        QStringList fields;
        for (qsizetype i = 0; i < m_columns.size(); ++i)
            fields.append(field(text(row.value(i))));
        out += fields.join(separator) + lineEnd;
    }
    return out;
}

QString Records::toTsv() const
{
    return delimited(QLatin1Char('\t'), QLatin1String("\n"), &tsvField);
}

QString Records::toCsv() const
{
    return delimited(QLatin1Char(','), QLatin1String("\r\n"), &Csv::exactField);
}

std::optional<Records::Format> Records::formatFromName(const QString &name)
{
    if (name == QLatin1String("table"))
        return Format::Table;
    if (name == QLatin1String("tsv"))
        return Format::Tsv;
    if (name == QLatin1String("csv"))
        return Format::Csv;
    if (name == QLatin1String("json"))
        return Format::Json;
    return std::nullopt;
}
