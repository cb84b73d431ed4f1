#pragma once

#include <QString>

namespace Csv {

// One CSV field (RFC 4180): always quoted, quotes doubled. A leading = + - @ tab or CR gets an
// apostrophe, so that a spreadsheet does not run a username as a formula.
inline QString field(QString value)
{
    if (!value.isEmpty() && QStringLiteral("=+-@\t\r").contains(value.front()))
        value.prepend(QLatin1Char('\''));
    value.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + value + QLatin1Char('"');
}

// One CSV field with the value exactly as it is (knetik-tokens --format csv, read by scripts):
// quoted only when it must be (a quote, a comma or a line end), nothing added.
inline QString exactField(const QString &value)
{
    if (!value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char(','))
        && !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r')))
        return value;
    QString out = value;
    out.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

} // namespace Csv
