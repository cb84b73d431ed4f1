#include "AuditJournal.h"
#include "RevocationHistoryDialog.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#endif

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(bytes) == bytes.size();
}

// One complete journal line, '\n' included, as AuditJournal writes it.
QByteArray goodLine(const QString &username, const QString &message = {})
{
    const QJsonObject object {{QStringLiteral("time"), QStringLiteral("2024-05-01T10:00:00.000Z")},
                              {QStringLiteral("event"), QStringLiteral("outcome")},
                              {QStringLiteral("id"), QStringLiteral("abcdef01-1")},
                              {QStringLiteral("username"), username},
                              {QStringLiteral("client_id"), QStringLiteral("console")},
                              {QStringLiteral("scope"), QStringLiteral("token")},
                              {QStringLiteral("outcome"), QStringLiteral("revoked")},
                              {QStringLiteral("message"), message}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

// Empty if every line of the journal is a whole JSON object ending in '\n', else what is wrong.
QString wholeLinesProblem(const QByteArray &journal)
{
    if (!journal.endsWith('\n'))
        return QStringLiteral("does not end in a newline");
    const QList<QByteArray> lines = journal.chopped(1).split('\n');
    for (const QByteArray &line : lines) {
        QJsonParseError error;
        if (!QJsonDocument::fromJson(line, &error).isObject())
            return QStringLiteral("not a JSON object: ") + QString::fromUtf8(line.left(80));
    }
    return {};
}

DeleteTarget target(const QString &username)
{
    return DeleteTarget::token({username, QStringLiteral("console")});
}

} // namespace

class TestAuditJournal : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void partialWriteIsUndone_data();
    void partialWriteIsUndone();
    void tornTailIsSetAsideOnOpening_data();
    void tornTailIsSetAsideOnOpening();
    void recoverTornTailLeavesACompleteJournalAlone();
    void tornTailThatCannotBeSetAsideStillGetsAFreshLine();
    void historyShowsTornLineNotice();
    void csvQuotesAndGuardsFormulas();
    void twoProcessesWriteOneJournal();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestAuditJournal::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("revocations.jsonl"));
}

void TestAuditJournal::partialWriteIsUndone_data()
{
    QTest::addColumn<int>("room");
    QTest::newRow("no byte fits") << 0;
    QTest::newRow("one byte fits") << 1;
    QTest::newRow("a few bytes fit") << 7;
    QTest::newRow("all but the newline fits") << -1;
}

void TestAuditJournal::partialWriteIsUndone()
{
#ifndef Q_OS_UNIX
    QSKIP("RLIMIT_FSIZE is POSIX");
#else
    QFETCH(int, room);
    AuditJournal journal(m_path);
    journal.setContext(QUrl(QStringLiteral("https://knetik.example")), QStringLiteral("admin"));
    const QString firstId = journal.recordIntent(target(QStringLiteral("first")));
    QVERIFY(!firstId.isEmpty());
    QVERIFY(journal.recordOutcome(firstId, target(QStringLiteral("first")),
                                  QStringLiteral("revoked"), 204, QString()));
    const QByteArray before = readAll(m_path);
    QVERIFY(wholeLinesProblem(before).isEmpty());
    // The next intent line has the same length as the first: same-length username and id.
    const qint64 lineSize = before.indexOf('\n') + 1;
    if (room < 0)
        room = int(lineSize) - 1;

    // A real short write: the kernel takes only `room` bytes, then fails with EFBIG.
    using Handler = void (*)(int);
    const Handler oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit oldLimit {};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &oldLimit), 0);
    rlimit limit = oldLimit;
    limit.rlim_cur = rlim_t(before.size() + room);
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &limit), 0);
    const QString failedId = journal.recordIntent(target(QStringLiteral("other")));
    // Nothing between the two setrlimit calls may write to a file (test logs included).
    const int restored = setrlimit(RLIMIT_FSIZE, &oldLimit);
    std::signal(SIGXFSZ, oldHandler);
    QCOMPARE(restored, 0);

    QVERIFY(failedId.isEmpty());
    QVERIFY(journal.errorString().contains(QDir::toNativeSeparators(m_path)));
    QCOMPARE(readAll(m_path), before);

    // The limit lifted, the next line is whole and starts on its own line.
    const QString id = journal.recordIntent(target(QStringLiteral("third")));
    QVERIFY2(!id.isEmpty(), qPrintable(journal.errorString()));
    QVERIFY(journal.recordOutcome(id, target(QStringLiteral("third")), QStringLiteral("revoked"),
                                  204, QString()));
    const QByteArray after = readAll(m_path);
    QVERIFY(after.startsWith(before));
    QCOMPARE(after.count('\n'), before.count('\n') + 2);
    const QString problem = wholeLinesProblem(after);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(AuditJournal::read(m_path).size(), 4);
    QVERIFY(!QFile::exists(AuditJournal::sideFilePath(m_path)));
#endif
}

void TestAuditJournal::tornTailIsSetAsideOnOpening_data()
{
    QTest::addColumn<QByteArray>("complete");
    QTest::addColumn<QByteArray>("torn");
    const QByteArray two = goodLine(QStringLiteral("alice")) + goodLine(QStringLiteral("bob"));
    QTest::newRow("half a line") << two << goodLine(QStringLiteral("carol")).left(40);
    QTest::newRow("a line without its newline")
        << two << goodLine(QStringLiteral("carol")).chopped(1);
    QTest::newRow("a last line that is not JSON") << two << QByteArray("{\"time\":\"2024-05\n");
    QTest::newRow("a torn tail longer than the read window")
        << two << goodLine(QStringLiteral("carol"), QString(200000, QLatin1Char('x'))).left(150000);
    QTest::newRow("a long last line, then a torn tail") << goodLine(QStringLiteral("alice"))
            + goodLine(QStringLiteral("bob"), QString(200000, QLatin1Char('y')))
                                                        << QByteArray("{\"ti");
    QTest::newRow("nothing but a torn line") << QByteArray() << QByteArray("{\"time\":\"20");
}

void TestAuditJournal::tornTailIsSetAsideOnOpening()
{
    QFETCH(QByteArray, complete);
    QFETCH(QByteArray, torn);
    QVERIFY(writeAll(m_path, complete + torn));
    const int completeLines = int(complete.count('\n'));

    // Before it is set aside, reading skips the torn line and says so.
    bool tornTail = false;
    QCOMPARE(AuditJournal::read(m_path, nullptr, &tornTail).size(), completeLines);
    QVERIFY(tornTail);

    AuditJournal journal(m_path);
    QVERIFY(journal.tornTailNote().isEmpty());
    const QString id = journal.recordIntent(target(QStringLiteral("dave")));
    QVERIFY2(!id.isEmpty(), qPrintable(journal.errorString()));

    const QByteArray after = readAll(m_path);
    QVERIFY(after.startsWith(complete));
    QCOMPARE(after.count('\n'), complete.count('\n') + 1);
    const QString problem = wholeLinesProblem(after);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QList<JournalEntry> entries = AuditJournal::read(m_path, nullptr, &tornTail);
    QVERIFY(!tornTail);
    QCOMPARE(entries.size(), completeLines + 1);
    QCOMPARE(entries.last().id, id);

    // Nothing lost: the side file holds the torn bytes, after a line saying when.
    const QString sidePath = AuditJournal::sideFilePath(m_path);
    QCOMPARE(sidePath, m_path + QStringLiteral(".torn"));
    const QByteArray side = readAll(sidePath);
    QVERIFY(side.startsWith("# "));
    QVERIFY(side.contains(" set aside "));
    QVERIFY(side.contains('\n' + torn));
    QVERIFY(journal.tornTailNote().contains(QDir::toNativeSeparators(sidePath)));

    // A second torn write is added to the same side file; the first stays.
    QVERIFY(writeAll(m_path, after + "{\"second"));
    AuditJournal again(m_path);
    QVERIFY(again.recoverTornTail());
    QCOMPARE(readAll(m_path), after);
    const QByteArray sideAfter = readAll(sidePath);
    QVERIFY(sideAfter.startsWith(side));
    QVERIFY(sideAfter.endsWith("\n{\"second\n"));
}

void TestAuditJournal::recoverTornTailLeavesACompleteJournalAlone()
{
    AuditJournal missing(m_path);
    QVERIFY(missing.recoverTornTail());
    QVERIFY(!QFile::exists(m_path));

    const QByteArray complete = goodLine(QStringLiteral("alice")) + goodLine(QStringLiteral("bob"));
    QVERIFY(writeAll(m_path, complete));
    AuditJournal journal(m_path);
    QVERIFY(journal.recoverTornTail());
    QVERIFY(journal.tornTailNote().isEmpty());
    QCOMPARE(readAll(m_path), complete);
    QVERIFY(!QFile::exists(AuditJournal::sideFilePath(m_path)));
    QVERIFY(!journal.recordIntent(target(QStringLiteral("carol"))).isEmpty());
    QCOMPARE(AuditJournal::read(m_path).size(), 3);
    QVERIFY(!QFile::exists(AuditJournal::sideFilePath(m_path)));

    // A complete last line longer than the window read from the end is complete all the same.
    const QByteArray longLast
        = complete + goodLine(QStringLiteral("dave"), QString(300000, QLatin1Char('z')));
    QVERIFY(writeAll(m_path, longLast));
    AuditJournal longJournal(m_path);
    QVERIFY(longJournal.recoverTornTail());
    QCOMPARE(readAll(m_path), longLast);
    QVERIFY(!QFile::exists(AuditJournal::sideFilePath(m_path)));
}

void TestAuditJournal::tornTailThatCannotBeSetAsideStillGetsAFreshLine()
{
    // A directory where the side file should be: the torn bytes stay in the journal, and the
    // new line must not be glued onto them.
    QVERIFY(QDir().mkpath(AuditJournal::sideFilePath(m_path)));
    const QByteArray complete = goodLine(QStringLiteral("alice"));
    const QByteArray torn = goodLine(QStringLiteral("bob")).left(30);
    QVERIFY(writeAll(m_path, complete + torn));

    AuditJournal journal(m_path);
    const QString id = journal.recordIntent(target(QStringLiteral("carol")));
    QVERIFY2(!id.isEmpty(), qPrintable(journal.errorString()));
    QVERIFY(!journal.tornTailNote().isEmpty());
    const QByteArray after = readAll(m_path);
    QVERIFY(after.startsWith(complete + torn + '\n'));
    const QList<JournalEntry> entries = AuditJournal::read(m_path);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.first().username, QStringLiteral("alice"));
    QCOMPARE(entries.last().id, id);
}

void TestAuditJournal::historyShowsTornLineNotice()
{
    const QString sideNative = QDir::toNativeSeparators(AuditJournal::sideFilePath(m_path));
    const QByteArray complete = goodLine(QStringLiteral("alice")) + goodLine(QStringLiteral("bob"));
    QVERIFY(writeAll(m_path, complete));
    {
        RevocationHistoryDialog dialog(m_path);
        dialog.show();
        auto *notice = dialog.findChild<QLabel *>(QStringLiteral("tornLineNotice"));
        QVERIFY(notice);
        QVERIFY(!notice->isVisible());
        QCOMPARE(dialog.shownEntries().size(), 2);
    }

    // A torn last line not yet set aside: skipped, and said so.
    QVERIFY(writeAll(m_path, complete + "{\"time\":\"2024"));
    RevocationHistoryDialog dialog(m_path);
    dialog.show();
    auto *notice = dialog.findChild<QLabel *>(QStringLiteral("tornLineNotice"));
    QVERIFY(notice->isVisible());
    QVERIFY(notice->text().contains(sideNative));
    QCOMPARE(dialog.shownEntries().size(), 2);

    // Set aside by the journal: the notice names the side file.
    AuditJournal journal(m_path);
    QVERIFY(!journal.recordIntent(target(QStringLiteral("carol"))).isEmpty());
    dialog.reload();
    QVERIFY(notice->isVisible());
    QVERIFY(notice->text().contains(sideNative));
    QVERIFY(notice->text().contains(QStringLiteral("set aside")));
    QCOMPARE(dialog.shownEntries().size(), 3);

    // No side file, nothing torn: hidden again.
    QVERIFY(QFile::remove(AuditJournal::sideFilePath(m_path)));
    dialog.reload();
    QVERIFY(!notice->isVisible());
    QVERIFY(notice->text().isEmpty());
}

// The History window's CSV: every field quoted, quotes doubled, line breaks kept inside the
// quotes, and a leading =, +, -, @ or tab prefixed with an apostrophe so that a spreadsheet
// does not run a username as a formula.
void TestAuditJournal::csvQuotesAndGuardsFormulas()
{
    QList<JournalEntry> entries;
    const QStringList usernames {QStringLiteral("=HYPERLINK(\"x\")"),
                                 QStringLiteral("+1"),
                                 QStringLiteral("-2"),
                                 QStringLiteral("@sum"),
                                 QStringLiteral("\tx"),
                                 QStringLiteral("two\nlines"),
                                 QStringLiteral("say \"hi\""),
                                 QStringLiteral("plain")};
    for (const QString &username : usernames) {
        JournalEntry e;
        e.time = QDateTime(QDate(2026, 11, 28), QTime(9, 30), Qt::UTC);
        e.event = QStringLiteral("outcome");
        e.id = QStringLiteral("id");
        e.username = username;
        e.clientId = QStringLiteral("web");
        e.scope = QStringLiteral("token");
        e.outcome = QStringLiteral("revoked");
        e.httpStatus = 204;
        entries.append(e);
    }
    const QString csv = QString::fromUtf8(AuditJournal::toCsv(entries));
    const QString row = QStringLiteral(
        "\"2026-11-28T09:30:00.000Z\",\"outcome\",\"id\",\"\",\"\",%1,\"web\",\"token\","
        "\"revoked\",\"204\",\"\",\"\",\"\",\"\"\r\n");
    QCOMPARE(csv,
             QStringLiteral("time,event,id,server,identity,username,client_id,scope,outcome,"
                            "http_status,message,source,server_name,environment\r\n")
                 + row.arg(QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\""))
                 + row.arg(QStringLiteral("\"'+1\"")) + row.arg(QStringLiteral("\"'-2\""))
                 + row.arg(QStringLiteral("\"'@sum\"")) + row.arg(QStringLiteral("\"'\tx\""))
                 + row.arg(QStringLiteral("\"two\nlines\""))
                 + row.arg(QStringLiteral("\"say \"\"hi\"\"\""))
                 + row.arg(QStringLiteral("\"plain\"")));
}

// The console and knetik-tokens append to one journal at once, one of them meeting short
// writes (the file size limit): every line of both is in the journal once, whole, and nothing
// is set aside. Unlocked, a failed write was cut back to a size read before the other process
// appended (its line lost), and a recovery could set the other's line aside.
void TestAuditJournal::twoProcessesWriteOneJournal()
{
#ifndef Q_OS_UNIX
    QSKIP("flock and RLIMIT_FSIZE are POSIX");
#else
    constexpr int Lines = 3000;
    QProcess a;
    QProcess b;
    a.start(QStringLiteral(KNETIK_JOURNAL_WRITER),
            {m_path, QStringLiteral("a"), QString::number(Lines), QStringLiteral("0")});
    b.start(QStringLiteral(KNETIK_JOURNAL_WRITER),
            {m_path, QStringLiteral("b"), QString::number(Lines), QStringLiteral("4")});
    QVERIFY(a.waitForFinished(120000));
    QVERIFY(b.waitForFinished(120000));
    QVERIFY2(a.exitCode() == 0, a.readAllStandardError().constData());
    QVERIFY2(b.exitCode() == 0, b.readAllStandardError().constData());
    const QList<QByteArray> bSaid = b.readAllStandardOutput().trimmed().split(' ');
    QCOMPARE(bSaid.size(), 2);
    QVERIFY2(bSaid[1].toInt() > 100, bSaid[1].constData()); // the failures were real
    const QByteArray journal = readAll(m_path);
    const QString problem = wholeLinesProblem(journal);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QHash<QString, int> seen;
    for (const JournalEntry &entry : AuditJournal::read(m_path))
        ++seen[entry.username];
    int missing = 0;
    int twice = 0;
    for (const QString &tag : {QStringLiteral("a"), QStringLiteral("b")}) {
        for (int i = 0; i < Lines; ++i) {
            const int n = seen.value(tag + QLatin1Char('-') + QString::number(i));
            missing += n == 0 ? 1 : 0;
            twice += n > 1 ? 1 : 0;
        }
    }
    QCOMPARE(missing, 0);
    QCOMPARE(twice, 0);
    QCOMPARE(seen.size(), 2 * Lines);
    QVERIFY(!QFile::exists(AuditJournal::sideFilePath(m_path)));
#endif
}

QTEST_MAIN(TestAuditJournal)
#include "tst_auditjournal.moc"
