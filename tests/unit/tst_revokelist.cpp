// The list format of Revoke From List (RevokeList::parse) and the bookkeeping of a revoke from a
// list across passes (ListRevocation): pure functions, no network.
#include "AuditJournal.h"
#include "ListRevocation.h"
#include "RevokeList.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using Kind = RevokeListLine::Kind;

class TestRevokeList : public QObject
{
    Q_OBJECT

private slots:
    void everyKindOfLine_data();
    void everyKindOfLine();
    void lineNumbersCountBlankAndCommentLines();
    void lineEndsAndByteOrderMarkAreNotPartOfNames();
    void spacesAreKeptAndReported();
    void filesMustBeUtf8Text();
    void targetsAreEachTokenOnceInLineOrder();
    void outcomesAndNewTokensPerLine();
    void journalRecordsTheSourceAndEachLine();

private:
    static ListLineResult found(const QList<TokenKey> &keys)
    {
        ListLineResult result;
        result.state
            = keys.isEmpty() ? ListLineResult::State::NoneFound : ListLineResult::State::Found;
        result.matches = keys;
        return result;
    }
    static BulkRevoker::Item item(const TokenKey &key, RevokeOutcome::Kind kind)
    {
        BulkRevoker::Item item {DeleteTarget::token(key), {}};
        item.outcome.kind = kind;
        return item;
    }
};

void TestRevokeList::everyKindOfLine_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("clientId");

    const auto row = [](const char *name, const QString &text, Kind kind, const QString &user = {},
                        const QString &client = {}) {
        QTest::newRow(name) << text << int(kind) << user << client;
    };
    row("user", QStringLiteral("ada"), Kind::User, QStringLiteral("ada"));
    row("user with odd characters", QStringLiteral("a/b%c+d e\u00E9"), Kind::User,
        QStringLiteral("a/b%c+d e\u00E9"));
    row("user: prefix", QStringLiteral("user:client:x"), Kind::User, QStringLiteral("client:x"));
    row("client", QStringLiteral("client:web-app"), Kind::Client, {}, QStringLiteral("web-app"));
    row("client with a comma", QStringLiteral("client:a,b"), Kind::Client, {},
        QStringLiteral("a,b"));
    row("tab pair", QStringLiteral("ada\tweb"), Kind::Pair, QStringLiteral("ada"),
        QStringLiteral("web"));
    row("comma pair", QStringLiteral("ada,web"), Kind::Pair, QStringLiteral("ada"),
        QStringLiteral("web"));
    row("quoted CSV pair", QStringLiteral("\"a,\"\"b\"\"\",\"web\""), Kind::Pair,
        QStringLiteral("a,\"b\""), QStringLiteral("web"));
    row("tab pair keeps commas", QStringLiteral("a,b\tweb"), Kind::Pair, QStringLiteral("a,b"),
        QStringLiteral("web"));
    row("comment", QStringLiteral("# incident 42"), Kind::Comment);
    row("indented comment", QStringLiteral("   # note"), Kind::Comment);
    row("blank", QStringLiteral("  \t "), Kind::Blank);
    row("CSV header", QStringLiteral("username,client_id"), Kind::Header);
    row("three fields", QStringLiteral("a,b,c"), Kind::Malformed);
    row("three tab fields", QStringLiteral("a\tb\tc"), Kind::Malformed);
    row("empty client", QStringLiteral("ada,"), Kind::Malformed);
    row("empty user", QStringLiteral("\tweb"), Kind::Malformed);
    row("client: nothing", QStringLiteral("client:"), Kind::Malformed);
    row("user: nothing", QStringLiteral("user: "), Kind::Malformed);
    row("unpaired quote", QStringLiteral("\"ada,web"), Kind::Malformed);
    row("text after a quote", QStringLiteral("\"ada\"x,web"), Kind::Malformed);
    row("control character", QStringLiteral("ad\u0007a"), Kind::Malformed);
    row("zero-width space", QStringLiteral("ad\u200Ba"), Kind::Malformed);
    row("quoted username", QStringLiteral("\"ada\""), Kind::User, QStringLiteral("ada"));
    row("quoted pair, username starting client:", QStringLiteral("\"client:x\",web"), Kind::Pair,
        QStringLiteral("client:x"), QStringLiteral("web"));
}

void TestRevokeList::everyKindOfLine()
{
    QFETCH(QString, text);
    QFETCH(int, kind);
    QFETCH(QString, username);
    QFETCH(QString, clientId);
    const QList<RevokeListLine> lines = RevokeList::parse(text);
    QCOMPARE(lines.size(), 1);
    const RevokeListLine &line = lines.first();
    QCOMPARE(int(line.kind), kind);
    QCOMPARE(line.text, text);
    if (line.isTarget()) {
        QCOMPARE(line.username, username);
        QCOMPARE(line.clientId, clientId);
    }
    QCOMPARE(line.problem.isEmpty(), line.kind != Kind::Malformed);
}

void TestRevokeList::lineNumbersCountBlankAndCommentLines()
{
    const QList<RevokeListLine> lines
        = RevokeList::parse(QStringLiteral("# list\n\nada\nclient:web\n\nbob,cli\n"));
    QCOMPARE(lines.size(), 6); // the last '\n' ends line 6, it starts none
    QCOMPARE(lines.at(2).number, 3);
    QCOMPARE(lines.at(2).kind, Kind::User);
    QCOMPARE(lines.at(3).number, 4);
    QCOMPARE(lines.at(5).number, 6);
    QCOMPARE(lines.at(5).kind, Kind::Pair);
}

void TestRevokeList::lineEndsAndByteOrderMarkAreNotPartOfNames()
{
    const QList<RevokeListLine> lines
        = RevokeList::parse(QStringLiteral("\uFEFFada\r\nbob,web\r\n"));
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0).username, QStringLiteral("ada"));
    QCOMPARE(lines.at(1).clientId, QStringLiteral("web"));
    QVERIFY(!lines.at(0).spacesAround);
}

void TestRevokeList::spacesAreKeptAndReported()
{
    const QList<RevokeListLine> lines
        = RevokeList::parse(QStringLiteral(" ada\nbob, web\nclient:cli \nmary ann\n"));
    QCOMPARE(lines.at(0).username, QStringLiteral(" ada"));
    QVERIFY(lines.at(0).spacesAround);
    QCOMPARE(lines.at(0).trimmedUsername(), QStringLiteral("ada"));
    QCOMPARE(lines.at(1).clientId, QStringLiteral(" web"));
    QVERIFY(lines.at(1).spacesAround);
    QCOMPARE(lines.at(2).clientId, QStringLiteral("cli "));
    QVERIFY(lines.at(2).spacesAround);
    // Inside a name a space is part of it, not a problem.
    QCOMPARE(lines.at(3).username, QStringLiteral("mary ann"));
    QVERIFY(!lines.at(3).spacesAround);
}

void TestRevokeList::filesMustBeUtf8Text()
{
    QTemporaryDir dir;
    const auto write = [&dir](const char *name, const QByteArray &bytes) {
        QFile file(dir.filePath(QString::fromLatin1(name)));
        if (!file.open(QIODevice::WriteOnly))
            return QString();
        file.write(bytes);
        return file.fileName();
    };
    QString text, error;
    QVERIFY(RevokeList::readFile(write("ok.txt", "\xC3\xA5sa\nclient:web\n"), &text, &error));
    QCOMPARE(text, QStringLiteral("\u00E5sa\nclient:web\n"));
    QVERIFY(!RevokeList::readFile(write("latin1.txt", "\xE5sa\n"), &text, &error));
    QVERIFY2(error.contains(QStringLiteral("UTF-8")), qPrintable(error));
    QVERIFY(!RevokeList::readFile(write("binary.bin", QByteArray("ab\0cd", 5)), &text, &error));
    QVERIFY2(error.contains(QStringLiteral("NUL")), qPrintable(error));
    QVERIFY(!RevokeList::readFile(dir.filePath(QStringLiteral("missing.txt")), &text, &error));
    QVERIFY(!error.isEmpty());
}

void TestRevokeList::targetsAreEachTokenOnceInLineOrder()
{
    ListRevocation run;
    run.setLines(RevokeList::parse(QStringLiteral("ada\nclient:web\nada,web\nnobody\n")), {});
    const TokenKey adaWeb {QStringLiteral("ada"), QStringLiteral("web")};
    const TokenKey adaCli {QStringLiteral("ada"), QStringLiteral("cli")};
    const TokenKey bobWeb {QStringLiteral("bob"), QStringLiteral("web")};
    run.setResults({found({adaCli, adaWeb}), found({adaWeb, bobWeb}), found({adaWeb}), found({})},
                   7);
    QCOMPARE(run.session(), quint64(7));
    QVERIFY(run.isTicked(0) && run.isTicked(1) && run.isTicked(2));
    QVERIFY(!run.canTick(3)); // none found: nothing to tick
    QCOMPARE(run.targets(), (QList<TokenKey> {adaCli, adaWeb, bobWeb}));
    run.setTicked(0, false);
    QCOMPARE(run.targets(), (QList<TokenKey> {adaWeb, bobWeb}));
    run.setTicked(1, false);
    run.setTicked(2, false);
    QVERIFY(run.targets().isEmpty());
    run.setTicked(3, true); // cannot be ticked
    QVERIFY(!run.isTicked(3));
}

void TestRevokeList::outcomesAndNewTokensPerLine()
{
    ListRevocation run;
    run.setLines(RevokeList::parse(QStringLiteral("ada\nclient:web\nbob\n")), {});
    const TokenKey adaWeb {QStringLiteral("ada"), QStringLiteral("web")};
    const TokenKey adaCli {QStringLiteral("ada"), QStringLiteral("cli")};
    const TokenKey bobWeb {QStringLiteral("bob"), QStringLiteral("web")};
    const TokenKey bobApp {QStringLiteral("bob"), QStringLiteral("app")};
    run.setResults({found({adaCli, adaWeb}), found({adaWeb, bobWeb}), found({bobWeb})}, 1);
    run.setTicked(2, false); // bob left out
    run.beginPass();
    run.applyOutcomes({item(adaCli, RevokeOutcome::Kind::Revoked),
                       item(adaWeb, RevokeOutcome::Kind::AlreadyGone),
                       item(bobWeb, RevokeOutcome::Kind::Failed)});
    ListRevocation::LineSummary ada = run.summary(0);
    QCOMPARE(ada.revoked, 1);
    QCOMPARE(ada.alreadyGone, 1);
    QCOMPARE(ada.fresh, 0);
    const ListRevocation::LineSummary web = run.summary(1);
    QCOMPARE(web.alreadyGone, 1);
    QCOMPARE(web.failed, 1);
    QCOMPARE(run.journalOutcome(0), QStringLiteral("revoked 1, already-gone 1"));
    QCOMPARE(run.journalOutcome(1), QStringLiteral("already-gone 1, failed 1"));
    // bob,web was sent for line 2 only: line 3 was left out and sent nothing of its own.
    QCOMPARE(run.journalOutcome(2), QStringLiteral("left-out"));

    // Check again: ada,cli was issued again (new), bob,web failed and is still there (not new),
    // bob,app appeared (new for line 3).
    run.setResults({found({adaCli}), found({bobWeb}), found({bobApp, bobWeb})}, 1);
    ada = run.summary(0);
    QCOMPARE(ada.fresh, 1);
    QCOMPARE(run.summary(1).fresh, 0);
    // bob,app is new; bob,web was sent (for line 2), failed, and is still there: not new.
    QCOMPARE(run.summary(2).fresh, 1);
    QCOMPARE(run.journalOutcome(0), QStringLiteral("revoked 1, already-gone 1, new 1"));
    // The line the admin left out stays out through the check, until ticked again.
    QVERIFY(run.isTicked(0) && run.isTicked(1) && !run.isTicked(2));
    QCOMPARE(run.targets(), (QList<TokenKey> {adaCli, bobWeb}));
    run.setTicked(2, true);
    QCOMPARE(run.targets(), (QList<TokenKey> {adaCli, bobWeb, bobApp}));

    // A second pass: its outcomes add up with the first's.
    run.beginPass();
    run.applyOutcomes({item(adaCli, RevokeOutcome::Kind::Revoked),
                       item(bobWeb, RevokeOutcome::Kind::Revoked),
                       item(bobApp, RevokeOutcome::Kind::Unknown)});
    QCOMPARE(run.passes(), 2);
    QVERIFY(run.targets().isEmpty()); // a check is good for one pass
    // ada,cli was revoked, issued again and revoked again: two tokens.
    QCOMPARE(run.summary(0).revoked, 2);
    // bob,web failed in the first pass and was revoked in the second: revoked, not failed.
    QCOMPARE(run.summary(1).revoked, 1);
    QCOMPARE(run.summary(1).alreadyGone, 1);
    QCOMPARE(run.summary(1).failed, 0);
    QCOMPARE(run.journalOutcome(1), QStringLiteral("revoked 1, already-gone 1"));
    QCOMPARE(run.journalOutcome(2), QStringLiteral("revoked 1, unknown 1"));
    QCOMPARE(run.summary(2).fresh, 0); // only a check after the pass tells what is new
}

void TestRevokeList::journalRecordsTheSourceAndEachLine()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.jsonl"));
    AuditJournal journal(path);
    journal.setContext(QUrl(QStringLiteral("http://127.0.0.1:1")), QStringLiteral("admin@cli"));
    ListRevocation run;
    run.setLines(RevokeList::parse(QStringLiteral("# c\nada\na,b,c\nnobody\n\nclient:web\n")),
                 QStringLiteral("incident.txt"));
    QCOMPARE(run.journalSource(), QStringLiteral("list: incident.txt"));
    const TokenKey adaWeb {QStringLiteral("ada"), QStringLiteral("web")};
    ListLineResult failed;
    failed.state = ListLineResult::State::Failed;
    run.setResults(
        {ListLineResult(), found({adaWeb}), ListLineResult(), found({}), ListLineResult(), failed},
        1);
    run.beginPass();
    run.applyOutcomes({item(adaWeb, RevokeOutcome::Kind::Revoked)});
    journal.setSource(run.journalSource());
    QVERIFY(run.writeJournal(&journal));
    const QList<JournalEntry> entries = AuditJournal::read(path);
    QCOMPARE(entries.size(), 4); // not the comment, the blank line
    QStringList outcomes, messages;
    for (const JournalEntry &e : entries) {
        QCOMPARE(e.event, QStringLiteral("list-line"));
        QCOMPARE(e.source, QStringLiteral("list: incident.txt"));
        QCOMPARE(e.identity, QStringLiteral("admin@cli"));
        outcomes << e.outcome;
        messages << e.message;
    }
    QCOMPARE(outcomes,
             (QStringList {QStringLiteral("revoked 1"), QStringLiteral("malformed"),
                           QStringLiteral("none-found"), QStringLiteral("not-checked")}));
    QCOMPARE(messages.first(), QStringLiteral("line 2: ada"));
    QCOMPARE(entries.at(0).scope, QStringLiteral("user"));
    QCOMPARE(entries.at(3).scope, QStringLiteral("client"));
    QCOMPARE(entries.at(3).clientId, QStringLiteral("web"));
    ListRevocation pasted;
    pasted.setLines({}, {});
    QCOMPARE(pasted.journalSource(), QStringLiteral("pasted list"));
}

QTEST_GUILESS_MAIN(TestRevokeList)
#include "tst_revokelist.moc"
