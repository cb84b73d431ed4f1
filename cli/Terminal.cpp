#include "Terminal.h"

#include <QLocale>
#include <QSocketNotifier>
#include <QTextStream>
#include <QtMath>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <poll.h>
#include <termios.h>
#include <unistd.h>

bool Terminal::stdinIsTerminal()
{
    return isatty(STDIN_FILENO) == 1;
}

bool Terminal::stdoutIsTerminal()
{
    return isatty(STDOUT_FILENO) == 1;
}

bool Terminal::stderrIsTerminal()
{
    return isatty(STDERR_FILENO) == 1;
}

namespace {
volatile std::sig_atomic_t s_count = 0; // Ctrl+C so far
termios s_savedTerminal {}; // while the token is typed with echo off
volatile std::sig_atomic_t s_terminalChanged = 0;
} // namespace

static int openControllingTerminal()
{
    return ::open("/dev/tty", O_RDONLY | O_CLOEXEC);
}

bool Terminal::canAsk(bool stdinUsed)
{
    if (!stderrIsTerminal())
        return false;
    if (!stdinUsed)
        return stdinIsTerminal();
    const int fd = openControllingTerminal();
    if (fd < 0)
        return false;
    ::close(fd);
    return true;
}

// One line from fd, read byte by byte (nothing after the line is taken from a pipe), without its
// line end; nullopt at the end of input before anything was read, or when Ctrl+C interrupted it.
static std::optional<QByteArray> readLine(int fd)
{
    QByteArray line;
    char c = 0;
    for (;;) {
        if (Interrupt::pending())
            return std::nullopt;
        const ssize_t n = ::read(fd, &c, 1);
        if (n < 0 && errno == EAGAIN) { // a non-blocking descriptor handed down: wait for it
            pollfd wait {fd, POLLIN, 0};
            ::poll(&wait, 1, -1);
            continue;
        }
        if (n < 0)
            return std::nullopt; // EINTR: Ctrl+C (the handler has no SA_RESTART); or EIO
        if (n == 0)
            return line.isEmpty() ? std::nullopt : std::optional<QByteArray>(line);
        if (c == '\n' || line.size() >= 64 * 1024)
            return line.endsWith('\r') ? line.chopped(1) : line;
        line.append(c);
    }
}

std::optional<QString> Terminal::ask(const QString &question, bool stdinUsed)
{
    QTextStream(stderr) << question << ' ' << Qt::flush;
    const int fd = stdinUsed ? openControllingTerminal() : STDIN_FILENO;
    if (fd < 0)
        return std::nullopt;
    const std::optional<QByteArray> line = readLine(fd);
    if (stdinUsed)
        ::close(fd);
    if (!line)
        return std::nullopt;
    return QString::fromLocal8Bit(*line);
}

std::optional<QString> Terminal::readToken()
{
    if (!stdinIsTerminal()) {
        const std::optional<QByteArray> line = readLine(STDIN_FILENO);
        return line ? std::optional<QString>(QString::fromUtf8(*line).trimmed()) : std::nullopt;
    }
    // Typed (or pasted) on a terminal: asked for, and not shown while typed. Echo goes off
    // before the question shows, so that nothing typed after it is seen; a second Ctrl+C
    // (which ends the program) puts it back first.
    const bool hidden = tcgetattr(STDIN_FILENO, &s_savedTerminal) == 0;
    if (hidden) {
        termios quiet = s_savedTerminal;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet); // what was typed ahead stays
        s_terminalChanged = 1;
    }
    QTextStream(stderr) << QCoreApplication::translate("Terminal", "Access token (not shown):")
                        << ' ' << Qt::flush;
    const std::optional<QByteArray> line = readLine(STDIN_FILENO);
    if (hidden) {
        tcsetattr(STDIN_FILENO, TCSANOW, &s_savedTerminal);
        s_terminalChanged = 0;
    }
    QTextStream(stderr) << '\n' << Qt::flush;
    return line ? std::optional<QString>(QString::fromUtf8(*line).trimmed()) : std::nullopt;
}

namespace {
int s_pipe[2] = {-1, -1};

extern "C" void onSigint(int)
{
    if (++s_count > 1) {
        // The second Ctrl+C: what Ctrl+C does without this program's care, with the terminal
        // as it was (tcsetattr may be called in a signal handler).
        if (s_terminalChanged)
            tcsetattr(STDIN_FILENO, TCSANOW, &s_savedTerminal);
        std::signal(SIGINT, SIG_DFL);
        std::raise(SIGINT);
        return;
    }
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(s_pipe[1], &byte, 1);
}
} // namespace

Interrupt::Interrupt(QObject *parent) : QObject(parent)
{
    if (::pipe2(s_pipe, O_CLOEXEC | O_NONBLOCK) != 0)
        return; // Ctrl+C then ends the program, as by default
    auto *notifier = new QSocketNotifier(s_pipe[0], QSocketNotifier::Read, this);
    connect(notifier, &QSocketNotifier::activated, this, [this] {
        char byte = 0;
        while (::read(s_pipe[0], &byte, 1) > 0) { }
        if (m_happened)
            return;
        m_happened = true;
        emit interrupted();
    });
    struct sigaction action = {};
    action.sa_handler = onSigint;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0; // no SA_RESTART: a question waiting for an answer ends at Ctrl+C
    sigaction(SIGINT, &action, nullptr);
}

bool Interrupt::pending()
{
    return s_count > 0;
}

Interrupt::~Interrupt()
{
    std::signal(SIGINT, SIG_DFL);
    if (s_pipe[0] >= 0) {
        ::close(s_pipe[0]);
        ::close(s_pipe[1]);
        s_pipe[0] = s_pipe[1] = -1;
    }
}

ProgressLine::ProgressLine() : m_enabled(Terminal::stderrIsTerminal()) { }

void ProgressLine::update(const QString &what, qint64 done, qint64 total, bool force)
{
    if (!m_enabled)
        return;
    if (!m_clock.isValid())
        m_clock.start();
    if (!force && m_lastDrawn.isValid() && m_lastDrawn.elapsed() < 250)
        return;
    m_lastDrawn.start();
    const QLocale locale;
    QString line = total > 0
        ? tr("%1: %2 of %3").arg(what, locale.toString(done), locale.toString(total))
        : tr("%1: %2").arg(what, locale.toString(done));
    const double seconds = m_clock.elapsed() / 1000.0;
    if (seconds >= 1.0 && done > 0) {
        const double rate = done / seconds;
        line += tr(" · %1/s").arg(locale.toString(qRound(rate)));
        if (total > done)
            line += tr(" · about %1 s left").arg(locale.toString(qCeil((total - done) / rate)));
    }
    QTextStream err(stderr);
    err << "\r\033[K" << line << Qt::flush;
    m_visible = true;
}

void ProgressLine::clear()
{
    if (!m_visible)
        return;
    QTextStream err(stderr);
    err << "\r\033[K" << Qt::flush;
    m_visible = false;
}
