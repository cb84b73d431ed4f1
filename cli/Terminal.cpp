#include "Terminal.h"

#include <QFile>
#include <QLocale>
#include <QSocketNotifier>
#include <QTextStream>
#include <QtMath>

#include <csignal>
#include <fcntl.h>
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

std::optional<QString> Terminal::ask(const QString &question, bool stdinUsed)
{
    {
        QTextStream err(stderr);
        err << question << ' ' << Qt::flush;
    }
    QFile in;
    int fd = STDIN_FILENO;
    if (stdinUsed && (fd = openControllingTerminal()) < 0)
        return std::nullopt;
    const bool opened
        = in.open(fd, QIODevice::ReadOnly,
                  stdinUsed ? QFileDevice::AutoCloseHandle : QFileDevice::DontCloseHandle);
    if (!opened)
        return std::nullopt;
    // Byte by byte: a buffered read could take more than the line from standard input.
    QByteArray line;
    char c = 0;
    while (in.getChar(&c)) {
        if (c == '\n')
            return QString::fromLocal8Bit(line).remove(QLatin1Char('\r'));
        line.append(c);
    }
    return line.isEmpty() ? std::nullopt : std::optional<QString>(QString::fromLocal8Bit(line));
}

namespace {
int s_pipe[2] = {-1, -1};
volatile std::sig_atomic_t s_count = 0;

extern "C" void onSigint(int)
{
    if (++s_count > 1) {
        // The second Ctrl+C: what Ctrl+C does without this program's care.
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
