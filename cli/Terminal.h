#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QObject>
#include <QString>

#include <optional>

// What the program does differently on a terminal: progress on standard error, questions.
namespace Terminal {

bool stdinIsTerminal();
bool stdoutIsTerminal();
bool stderrIsTerminal();
// Whether a question can be asked: standard error is a terminal, and so is standard input, or,
// when standard input carried the token (--token-stdin), the controlling terminal.
bool canAsk(bool stdinUsed);
// Writes question to standard error and reads one line of the answer (without its line end);
// nullopt at the end of input.
std::optional<QString> ask(const QString &question, bool stdinUsed);
// The access token from standard input: its first line; on a terminal, asked for without
// showing what is typed. nullopt at the end of input or at Ctrl+C.
std::optional<QString> readToken();

} // namespace Terminal

// Ctrl+C as a request to stop: the first one emits interrupted() (from the event loop, not the
// signal handler); a second one ends the program at once, as Ctrl+C does by default.
class Interrupt : public QObject
{
    Q_OBJECT

public:
    // Installs the SIGINT handler; one per program.
    explicit Interrupt(QObject *parent = nullptr);
    ~Interrupt() override;
    bool happened() const { return m_happened; }
    // Ctrl+C was pressed, even if the event loop has not run since (a question was waiting).
    static bool pending();

signals:
    void interrupted();

private:
    bool m_happened = false;
};

// One line of progress on standard error, rewritten in place; nothing when standard error is
// not a terminal. At most four updates a second.
class ProgressLine
{
    Q_DECLARE_TR_FUNCTIONS(ProgressLine)

public:
    ProgressLine();
    ~ProgressLine() { clear(); }
    bool isShown() const { return m_enabled; }
    // "340 of 1,000 · 210/s · about 3 s left"; done and total of what is counted.
    void update(const QString &what, qint64 done, qint64 total, bool force = false);
    void clear();

private:
    bool m_enabled;
    bool m_visible = false;
    QElapsedTimer m_clock; // since the first update
    QElapsedTimer m_lastDrawn;
};
