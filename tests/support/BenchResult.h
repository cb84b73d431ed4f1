#pragma once

#include <QString>
#include <QTextStream>

// One line per checked figure, which tools/bench.sh gathers into its table:
//   RESULT figure | target | measured | pass
// Returns whether the target was met.
inline bool benchResult(QTextStream &out, const QString &figure, const QString &target,
                        const QString &measured, bool met)
{
    out << "RESULT " << figure << " | " << target << " | " << measured << " | "
        << (met ? "pass" : "FAIL") << Qt::endl;
    return met;
}
