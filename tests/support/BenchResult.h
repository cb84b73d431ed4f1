#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QTextStream>

// The options the end-to-end benchmarks share: --tokens N (each with its own meaning and
// default), --latency-ms MS (added to every answer, 20 by default) and --check.
struct BenchOptions
{
    BenchOptions(const QString &tokensHelp, const QString &tokensDefault)
        : tokens(QStringLiteral("tokens"), tokensHelp, QStringLiteral("n"), tokensDefault)
    { }
    QList<QCommandLineOption> all() const { return {tokens, latency, check}; }

    QCommandLineOption tokens;
    QCommandLineOption latency {QStringLiteral("latency-ms"), QStringLiteral("Added latency."),
                                QStringLiteral("ms"), QStringLiteral("20")};
    QCommandLineOption check {QStringLiteral("check"),
                              QStringLiteral("Exit 1 when a target is missed.")};
};

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
