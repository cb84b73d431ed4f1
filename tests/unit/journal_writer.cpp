// A second writer of one journal, for tst_auditjournal's two-process test: appends COUNT intent
// lines for users "TAG-0", "TAG-1", ...; with FAIL_EVERY > 0, every FAIL_EVERY-th line is first
// tried with the file size limit a few bytes above the journal's size (a real short write, the
// kernel failing it with EFBIG), then written again. Prints the lines written; exits 1 if a
// line could not be written after its one failure.
#include "AuditJournal.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

#include <csignal>
#include <sys/resource.h>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5)
        return 2;
    const QString path = args[1];
    const QString tag = args[2];
    const int count = args[3].toInt();
    const int failEvery = args[4].toInt();
    std::signal(SIGXFSZ, SIG_IGN);
    rlimit unlimited {};
    getrlimit(RLIMIT_FSIZE, &unlimited);
    AuditJournal journal(path);
    journal.setContext(QUrl(QStringLiteral("https://knetik.example")), QStringLiteral("admin"));
    int written = 0;
    int failedAsInjected = 0;
    for (int i = 0; i < count; ++i) {
        const DeleteTarget target
            = DeleteTarget::token({tag + QLatin1Char('-') + QString::number(i), tag});
        if (failEvery > 0 && i % failEvery == failEvery - 1) {
            rlimit limit = unlimited;
            limit.rlim_cur = rlim_t(QFileInfo(path).size() + 7);
            setrlimit(RLIMIT_FSIZE, &limit);
            const bool ok = !journal.recordIntent(target).isEmpty();
            setrlimit(RLIMIT_FSIZE, &unlimited);
            if (ok) {
                ++written; // the other writer moved the end past the limit's reach: no failure
                continue;
            }
            ++failedAsInjected;
        }
        if (journal.recordIntent(target).isEmpty()) {
            QTextStream(stderr) << journal.errorString() << Qt::endl;
            return 1;
        }
        ++written;
    }
    QTextStream(stdout) << written << ' ' << failedAsInjected << Qt::endl;
    return 0;
}
