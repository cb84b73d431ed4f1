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

} // namespace Csv
