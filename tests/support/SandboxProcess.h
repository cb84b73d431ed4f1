#pragma once

#include <QProcess>
#include <QUrl>

// Starts knetik-sandbox in its own process (so that a benchmark measures only the client's
// memory) with --port 0 and the given arguments, and returns the URL it prints, or an empty
// URL when it did not start within timeoutMs.
inline QUrl startSandboxProcess(QProcess &process, const QString &program,
                                const QStringList &arguments, int timeoutMs = 60000)
{
    process.start(program, QStringList {QStringLiteral("--port"), QStringLiteral("0")} + arguments);
    const QByteArray prefix = "Knetik sandbox listening on ";
    while (process.canReadLine() || process.waitForReadyRead(timeoutMs)) {
        const QByteArray line = process.readLine();
        if (line.startsWith(prefix))
            return QUrl(QString::fromUtf8(line.mid(prefix.size()).trimmed()));
    }
    return {};
}
