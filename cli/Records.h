#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

// Rows of a command's result, written in the format asked for: an aligned table for a person,
// TSV, CSV or JSON for a script. Each column has a key (the JSON name and the CSV/TSV header)
// and a title (the table's header, translated).
class Records
{
public:
    enum class Format { Table, Tsv, Csv, Json };

    struct Column
    {
        QString key;
        QString title;
    };

    explicit Records(QList<Column> columns) : m_columns(std::move(columns)) { }

    // One row: a value per column. Numbers stay numbers in JSON; an invalid QVariant is null
    // there and empty elsewhere.
    void append(QVariantList row) { m_rows.append(std::move(row)); }
    int size() const { return int(m_rows.size()); }

    // One JSON document: meta's members, then key: an array of one object per row (written
    // row by row, never held as a QJsonArray: a list of every token stays small).
    QString toJson(const QJsonObject &meta, const QString &key) const;
    // The table: a header, then one line per row; control characters (a username can hold
    // anything) shown as \n, \t or \u{1b} so that nothing written can move the cursor.
    QString toTable() const;
    // A header of the keys, then each row. CSV is RFC 4180 with the values exactly as they are
    // (quoted only when they must be; unlike the console's export for spreadsheets, nothing is
    // added before a leading = + - @): what a script reads back is what the server has.
    QString toTsv() const;
    QString toCsv() const;

    // "table", "tsv", "csv", "json"; nullopt for anything else.
    static std::optional<Format> formatFromName(const QString &name);
    // A text that is safe to show on a terminal (control characters escaped; with keepLineEnds,
    // line feeds and tabs are kept, a carriage return is still shown as \r).
    static QString printable(const QString &text, bool keepLineEnds = false);
    // Output for a terminal: CSV's CR LF line ends become line feeds, and every other control
    // character is escaped (line feeds and tabs kept), so nothing written moves the cursor.
    static QString forTerminal(QString text);
    // A TSV field: backslash, tab, line feed and carriage return escaped as \\ \t \n \r.
    static QString tsvField(const QString &text);

private:
    static QString text(const QVariant &value);
    // A header of the keys, then each row: fields made by field, joined by separator.
    QString delimited(QChar separator, QLatin1String lineEnd,
                      QString (*field)(const QString &)) const;

    QList<Column> m_columns;
    QList<QVariantList> m_rows;
};
