// knetik-tokens through QProcess against the sandbox (in this process, so that its request log
// shows what the program sent), with a private home: settings, journal and keychain of its own.
#include "AuditJournal.h"
#include "Sandbox.h"
#include "ServerProfiles.h"
#include "Settings.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void helpListsEveryCommandAndOption();
    void usageErrorsExitTwoAndSendNothing();
    void listShowsAPageAsJson();
    void listAllReadsEveryToken();
    void tsvAndTableKeepOddNamesOnOneLine();
    void getMasksTheTokenUnlessAsked();
    void exitCodesSayWhatWentWrong_data();
    void exitCodesSayWhatWentWrong();
    void exportWritesAFileOrStandardOutput();
    void revokeNeedsTheExactCountWithoutATerminal();
    void revokeSendsOnePairEachAndJournalsIt();
    void wideFormsNeedTheNameAndSendOneParameter();
    void dryRunSendsNoDelete();
    void dryRunPrintsWhatTheRunSendsInItsOrder();
    void revokeFromAFileWithEveryKindOfLine();
    void ownTokenIsRevokedLast();
    void productionServerNeedsItsName();
    void ctrlCStopsARevocation();
    void historyFiltersTheJournal();
    void onATerminalItAsksAndHidesTheToken();
    void aWideFormWithoutTokensSendsNothing();
    void aRefusedSessionStopsTheRun();
    void csvKeepsValuesExact();
    void outputThatCannotBeWrittenIsAFailure();
    void serversUnlikeTheSandboxAreReadExactlyOrRefused();
    void versionNamesTheCommitItWasBuiltFrom();
    void statsCountsAndNamesTheOutliers();
    void shellsCompleteCommandsOptionsAndSavedServers();

private:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QString err;
        QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    };
    QStringList connection() const
    {
        return {QStringLiteral("--base-url"), m_sandbox->url().toString(),
                QStringLiteral("--token-stdin")};
    }
    QProcessEnvironment environment() const;
    // Runs knetik-tokens; stdinText goes to its standard input (the token, usually).
    Result run(const QStringList &arguments, const QByteArray &stdinText = {});
    Result runSignedIn(const QStringList &arguments)
    {
        return run(connection() + arguments, m_sandbox->adminToken().toUtf8() + '\n');
    }
    int requestsWith(const QByteArray &method) const;
    QList<Sandbox::RecordedRequest> deletes() const;
    QString journalPath() const
    {
        return m_home->filePath(
            QStringLiteral("data/Knetik Token Console/knetik-token-console/revocations.jsonl"));
    }
    QString settingsPath() const
    {
        return m_home->filePath(
            QStringLiteral("config/Knetik Token Console/knetik-token-console.conf"));
    }
    bool hasToken(const QString &username, const QString &clientId)
    {
        return m_sandbox->withStore(
            [&](TokenStore &store) { return store.find(username, clientId).has_value(); });
    }

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<Sandbox> m_sandbox;
};

QProcessEnvironment TestCli::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_home->path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home->filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")); // no keychain of the user's
    return env;
}

TestCli::Result TestCli::run(const QStringList &arguments, const QByteArray &stdinText)
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(QStringLiteral(KNETIK_TOKENS_BINARY), arguments);
    Result result;
    if (!process.waitForStarted(10000))
        return result;
    process.write(stdinText);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = process.readAllStandardOutput();
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

int TestCli::requestsWith(const QByteArray &method) const
{
    int n = 0;
    for (const Sandbox::RecordedRequest &r : m_sandbox->requests())
        n += r.method == method;
    return n;
}

QList<Sandbox::RecordedRequest> TestCli::deletes() const
{
    QList<Sandbox::RecordedRequest> list;
    for (const Sandbox::RecordedRequest &r : m_sandbox->requests()) {
        if (r.method == "DELETE")
            list.append(r);
    }
    return list;
}

void TestCli::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    Sandbox::Options options;
    options.tokens = 300;
    m_sandbox = std::make_unique<Sandbox>(options);
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
}

void TestCli::cleanup()
{
    m_sandbox.reset();
    m_home.reset();
}

void TestCli::helpListsEveryCommandAndOption()
{
    Result r = run({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    for (const char *word : {"list", "get", "export", "revoke", "history", "--server", "--base-url",
                             "--token-stdin", "--format", "130"})
        QVERIFY2(r.out.contains(word), word);
    QVERIFY(!r.out.contains("man-page")); // internal
    r = run({QStringLiteral("revoke"), QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    for (const char *word : {"--from-file", "--user", "--client", "--yes", "--dry-run",
                             "--confirm-server", "USERNAME CLIENT_ID"})
        QVERIFY2(r.out.contains(word), word);
    r = run({QStringLiteral("--version")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("knetik-tokens " KNETIK_VERSION)); // and the commit: below
    // The manual page is the same table: every command has its section.
    r = run({QStringLiteral("--man-page")});
    QCOMPARE(r.exitCode, 0);
    for (const char *section : {".SS \"list\"", ".SS \"revoke [USERNAME CLIENT_ID]...\"",
                                ".SH \"EXIT STATUS\"", "\\-\\-dry\\-run"})
        QVERIFY2(r.out.contains(section), section);
    // German, as the console speaks it.
    r = run({QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("Befehle:"), r.out.constData());
}

void TestCli::usageErrorsExitTwoAndSendNothing()
{
    const QList<QStringList> cases {
        {QStringLiteral("frobnicate")},
        {QStringLiteral("list"), QStringLiteral("--bogus")},
        {QStringLiteral("list"), QStringLiteral("--size"), QStringLiteral("0")},
        {QStringLiteral("list"), QStringLiteral("--order"), QStringLiteral("password:asc")},
        {QStringLiteral("list"), QStringLiteral("--all"), QStringLiteral("--page"),
         QStringLiteral("2")},
        {QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("xml")},
        {QStringLiteral("get"), QStringLiteral("admin")},
        {QStringLiteral("revoke")},
        {QStringLiteral("revoke"), QStringLiteral("a")},
        {QStringLiteral("revoke"), QStringLiteral("a"), QStringLiteral("b"),
         QStringLiteral("--user"), QStringLiteral("c")},
        {QStringLiteral("revoke"), QStringLiteral("--user"), QStringLiteral(" ")},
        {QStringLiteral("revoke"), QStringLiteral("--client"), QString()},
        {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json")},
        // A command's option before it would take the command as its value.
        {QStringLiteral("--client"), QStringLiteral("list"), QStringLiteral("revoke")},
        {QStringLiteral("--"), QStringLiteral("list")},
    };
    for (const QStringList &args : cases) {
        const Result r = runSignedIn(args);
        QVERIFY2(r.exitCode == 2,
                 qPrintable(args.join(QLatin1Char(' ')) + QLatin1String(": ")
                            + QString::number(r.exitCode) + r.err));
        QVERIFY2(r.err.count(QLatin1Char('\n')) <= 2, qPrintable(r.err)); // a line, and a hint
    }
    // A revocation names its server: not the one the console happened to remember.
    {
        Settings settings(settingsPath());
        settings.setValue(Settings::Key::RememberedServer, m_sandbox->url().toString());
        settings.setValue(Settings::Key::ServersMigrated, true);
    }
    const Result unnamed = run({QStringLiteral("revoke"), QStringLiteral("a"), QStringLiteral("b"),
                                QStringLiteral("--yes=1")});
    QCOMPARE(unnamed.exitCode, 2);
    QVERIFY2(unnamed.err.contains(QStringLiteral("Say on which server to revoke")),
             qPrintable(unnamed.err));
    // --token-stdin without a server: the token is never sent to a server chosen for it.
    const Result r = run({QStringLiteral("--token-stdin"), QStringLiteral("list")},
                         m_sandbox->adminToken().toUtf8());
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QStringLiteral("--token-stdin needs")));
    QCOMPARE(m_sandbox->requests().size(), 0);
}

void TestCli::listShowsAPageAsJson()
{
    const Result r = runSignedIn(
        {QStringLiteral("list"), QStringLiteral("--size"), QStringLiteral("7"),
         QStringLiteral("--page"), QStringLiteral("2"), QStringLiteral("--order"),
         QStringLiteral("username:desc"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject json = r.json();
    QCOMPARE(json.value(QStringLiteral("page")).toInt(), 2);
    QCOMPARE(json.value(QStringLiteral("total_elements")).toInt(), 300);
    const QJsonArray tokens = json.value(QStringLiteral("tokens")).toArray();
    QCOMPARE(tokens.size(), 7);
    // The server's order, descending: page 2 starts after the first seven.
    const auto pairs = m_sandbox->withStore([](TokenStore &s) { return s.allPairs(); });
    QStringList expected;
    for (const auto &p : pairs)
        expected.append(p.username);
    std::sort(expected.begin(), expected.end(), std::greater<>());
    QCOMPARE(tokens.first().toObject().value(QStringLiteral("username")).toString(), expected[7]);
    // What the server was asked: the page, the size and the order on the wire.
    const Sandbox::RecordedRequest list = m_sandbox->requests().last();
    QVERIFY2(list.rawTarget.contains("page=2") && list.rawTarget.contains("size=7")
                 && list.rawTarget.contains("order=username%3ADESC"),
             list.rawTarget.constData());
}

void TestCli::listAllReadsEveryToken()
{
    const Result r = runSignedIn({QStringLiteral("list"), QStringLiteral("--all"),
                                  QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray tokens = r.json().value(QStringLiteral("tokens")).toArray();
    QCOMPARE(tokens.size(), 300);
    QSet<QPair<QString, QString>> seen;
    for (const QJsonValue &v : tokens)
        seen.insert(
            {v[QStringLiteral("username")].toString(), v[QStringLiteral("client_id")].toString()});
    QCOMPARE(seen.size(), 300);
    QVERIFY(seen.contains({QStringLiteral("admin"), QStringLiteral("knetik-admin")}));
}

void TestCli::tsvAndTableKeepOddNamesOnOneLine()
{
    m_sandbox->issueToken(QStringLiteral("tab\there"), QStringLiteral("line\nbreak"), false);
    m_sandbox->issueToken(QStringLiteral("esc\x1b[31mred"), QStringLiteral("c"), false);
    Result r = runSignedIn({QStringLiteral("list"), QStringLiteral("--all"),
                            QStringLiteral("--format"), QStringLiteral("tsv")});
    QCOMPARE(r.exitCode, 0);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 1 + 302); // the header and one line per token
    QVERIFY(lines.contains(QByteArray("tab\\there\tline\\nbreak")));
    r = runSignedIn({QStringLiteral("list"), QStringLiteral("--user"), QStringLiteral("esc"),
                     QStringLiteral("--format"), QStringLiteral("table")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(!r.out.contains('\x1b'), r.out.constData()); // nothing moves the terminal
    QVERIFY(r.out.contains("esc\\u{1b}[31mred"));
    r = runSignedIn({QStringLiteral("list"), QStringLiteral("--user"), QStringLiteral("tab"),
                     QStringLiteral("--format"), QStringLiteral("table")});
    QCOMPARE(r.exitCode, 0);
    // The header, one row, a blank line and the page line: a line break in a name is shown.
    QCOMPARE(r.out.count('\n'), 4);
    QVERIFY(r.out.contains("tab\\there  line\\nbreak"));
    // JSON carries them exactly.
    r = runSignedIn({QStringLiteral("list"), QStringLiteral("--user"), QStringLiteral("e"),
                     QStringLiteral("--all"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.exitCode, 0);
    QJsonParseError parseError;
    const QJsonObject json = QJsonDocument::fromJson(r.out, &parseError).object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QSet<QString> names;
    for (const QJsonValue &v : json.value(QStringLiteral("tokens")).toArray())
        names.insert(v[QStringLiteral("username")].toString() + QLatin1Char('|')
                     + v[QStringLiteral("client_id")].toString());
    QVERIFY(names.contains(QStringLiteral("tab\there|line\nbreak")));
    QVERIFY(names.contains(QStringLiteral("esc\x1b[31mred|c")));
}

void TestCli::getMasksTheTokenUnlessAsked()
{
    const QString token = m_sandbox->adminToken();
    Result r = runSignedIn({QStringLiteral("get"), QStringLiteral("admin"),
                            QStringLiteral("knetik-admin"), QStringLiteral("--format"),
                            QStringLiteral("json")});
    QCOMPARE(r.exitCode, 0);
    const QString shown = r.json()[QStringLiteral("tokens")][0][QStringLiteral("token")].toString();
    QCOMPARE(shown, QString(8, QChar(0x2022)) + token.right(4));
    QVERIFY(!r.out.contains(token.toUtf8()) && !r.err.contains(token));
    r = runSignedIn({QStringLiteral("get"), QStringLiteral("admin"), QStringLiteral("knetik-admin"),
                     QStringLiteral("--show-token"), QStringLiteral("--format"),
                     QStringLiteral("json")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json()[QStringLiteral("tokens")][0][QStringLiteral("token")].toString(), token);
    // A pair without a token: a failed target, said in one line.
    r = runSignedIn({QStringLiteral("get"), QStringLiteral("nobody"), QStringLiteral("web")});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
}

void TestCli::exitCodesSayWhatWentWrong_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("invalid token: 3") << "401" << 3;
    QTest::newRow("no TOKENS_ADMIN: 3") << "403" << 3;
    QTest::newRow("server error: 4") << "500" << 4;
    QTest::newRow("malformed JSON: 4") << "malformed" << 4;
    QTest::newRow("unreachable: 4") << "unreachable" << 4;
    QTest::newRow("not the API (404): 4") << "404" << 4;
}

void TestCli::exitCodesSayWhatWentWrong()
{
    QFETCH(QString, fault);
    QFETCH(int, exitCode);
    QString token = m_sandbox->adminToken();
    QString url = m_sandbox->url().toString();
    if (fault == QLatin1String("401"))
        token = QStringLiteral("not-a-token");
    else if (fault == QLatin1String("403"))
        token = m_sandbox->issueToken(QStringLiteral("viewer"), QStringLiteral("console"), false);
    else if (fault == QLatin1String("500"))
        m_sandbox->failNext(100, 500, "GET");
    else if (fault == QLatin1String("404"))
        url += QStringLiteral("/not-the-api"); // a wrong address: nothing there answers the API
    else if (fault == QLatin1String("malformed"))
        m_sandbox->addFault(
            {Sandbox::FaultKind::Malformed, 200, -1, 1.0, "GET", {}, {}, 1, {}, {}});
    else {
        m_sandbox->stop(); // nothing listens there now
    }
    const Result r = run({QStringLiteral("--base-url"), url, QStringLiteral("--token-stdin"),
                          QStringLiteral("list")},
                         token.toUtf8());
    QCOMPARE(r.exitCode, exitCode);
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    QVERIFY(!r.err.contains(token));
}

void TestCli::exportWritesAFileOrStandardOutput()
{
    const QString file = m_home->filePath(QStringLiteral("tokens.csv"));
    Result r = runSignedIn({QStringLiteral("export"), QStringLiteral("-o"), file});
    QCOMPARE(r.exitCode, 0);
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().split('\n');
    QCOMPARE(lines.first(), QByteArray("username,client_id\r"));
    QCOMPARE(lines.size(), 1 + 300 + 1); // the header, the rows, and the empty rest
    r = runSignedIn({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("jsonl"),
                     QStringLiteral("--client"), QStringLiteral("twitch")});
    QCOMPARE(r.exitCode, 0);
    const QList<QByteArray> rows = r.out.trimmed().split('\n');
    QVERIFY(!rows.isEmpty());
    for (const QByteArray &row : rows) {
        const QJsonObject o = QJsonDocument::fromJson(row).object();
        QVERIFY2(o.value(QStringLiteral("client_id"))
                     .toString()
                     .contains(QStringLiteral("twitch"), Qt::CaseInsensitive),
                 row.constData());
    }
    // A failed export leaves no file.
    m_sandbox->failNext(100, 500, "GET");
    const QString failed = m_home->filePath(QStringLiteral("failed.csv"));
    r = runSignedIn({QStringLiteral("export"), QStringLiteral("-o"), failed});
    QCOMPARE(r.exitCode, 4);
    QVERIFY(!QFile::exists(failed));
}

void TestCli::revokeNeedsTheExactCountWithoutATerminal()
{
    const QStringList pairs {QStringLiteral("admin"), QStringLiteral("knetik-admin")};
    m_sandbox->issueToken(QStringLiteral("ada"), QStringLiteral("web"), false);
    m_sandbox->issueToken(QStringLiteral("ada"), QStringLiteral("ios"), false);
    const QStringList args {QStringLiteral("revoke"), QStringLiteral("ada"), QStringLiteral("web"),
                            QStringLiteral("ada"),    QStringLiteral("ios"), QStringLiteral("ada"),
                            QStringLiteral("web")}; // a pair given twice is one token
    Result r = runSignedIn(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("--yes=2")), qPrintable(r.err));
    for (const QString &wrong : {QStringLiteral("3"), QStringLiteral("1"), QStringLiteral("ada"),
                                 QStringLiteral("2 "), QString()}) {
        r = runSignedIn(args + QStringList {QStringLiteral("--yes=") + wrong});
        QVERIFY2(r.exitCode == 2, qPrintable(wrong + r.err));
    }
    QCOMPARE(requestsWith("DELETE"), 0);
    QVERIFY(hasToken(QStringLiteral("ada"), QStringLiteral("web")));
    r = runSignedIn(args + QStringList {QStringLiteral("--yes=2")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(requestsWith("DELETE"), 2);
    QVERIFY(!hasToken(QStringLiteral("ada"), QStringLiteral("web")));
    QVERIFY(!hasToken(QStringLiteral("ada"), QStringLiteral("ios")));
}

void TestCli::revokeSendsOnePairEachAndJournalsIt()
{
    // Names that must travel exactly: a slash, a percent sign, a plus, spaces, non-ASCII.
    const QList<QPair<QString, QString>> odd {
        {QStringLiteral("a/b"), QStringLiteral("c%d")},
        {QStringLiteral("x+y z"), QStringLiteral("web app")},
        {QStringLiteral("Åsa Öberg"), QStringLiteral("客户端")},
    };
    QStringList args {QStringLiteral("revoke")};
    for (const auto &[user, client] : odd) {
        m_sandbox->issueToken(user, client, false);
        args << user << client;
    }
    args << QStringLiteral("gone") << QStringLiteral("already"); // never had a token
    const Result r
        = runSignedIn(args
                      + QStringList {QStringLiteral("--yes=4"), QStringLiteral("--format"),
                                     QStringLiteral("json")});
    QCOMPARE(r.exitCode, 0); // revoked and already gone are both done
    const QJsonArray results = r.json().value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), 4);
    QMap<QString, QString> outcomeOf;
    for (const QJsonValue &v : results)
        outcomeOf.insert(v[QStringLiteral("username")].toString(),
                         v[QStringLiteral("outcome")].toString());
    for (const auto &[user, client] : odd) {
        QCOMPARE(outcomeOf.value(user), QStringLiteral("revoked"));
        QVERIFY(!hasToken(user, client));
    }
    QCOMPARE(outcomeOf.value(QStringLiteral("gone")), QStringLiteral("already-gone"));
    QCOMPARE(r.json()[QStringLiteral("summary")][QStringLiteral("revoked")].toInt(), 3);
    // Each DELETE names both sides of its pair, decoded by the server as given.
    const QList<Sandbox::RecordedRequest> sent = deletes();
    QCOMPARE(sent.size(), 4);
    for (const Sandbox::RecordedRequest &d : sent) {
        QCOMPARE(d.query.size(), 2);
    }
    // The console's journal: an intent and an outcome per pair, from this program.
    const QList<JournalEntry> journal = AuditJournal::read(journalPath());
    QCOMPARE(journal.size(), 8);
    QCOMPARE(journal.first().event, QStringLiteral("intent"));
    QCOMPARE(journal.first().source, QStringLiteral("knetik-tokens"));
    QCOMPARE(journal.first().server, m_sandbox->url().toString());
    QFile journalFile(journalPath());
    QVERIFY(journalFile.open(QIODevice::ReadOnly));
    QVERIFY(!journalFile.readAll().contains(m_sandbox->adminToken().toUtf8()));
}

void TestCli::wideFormsNeedTheNameAndSendOneParameter()
{
    for (const QString &client :
         {QStringLiteral("web"), QStringLiteral("ios"), QStringLiteral("tv")})
        m_sandbox->issueToken(QStringLiteral("bob"), client, false);
    m_sandbox->issueToken(QStringLiteral("bobby"), QStringLiteral("web"), false); // not bob's
    const QStringList args {QStringLiteral("revoke"), QStringLiteral("--user"),
                            QStringLiteral("bob")};
    Result r = runSignedIn(args + QStringList {QStringLiteral("--yes=3")}); // the count is not it
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("3 token")) || r.err.contains(QStringLiteral("“bob”")),
             qPrintable(r.err));
    r = runSignedIn(args + QStringList {QStringLiteral("--yes=Bob")});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(requestsWith("DELETE"), 0);
    r = runSignedIn(args + QStringList {QStringLiteral("--yes=bob")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains(QStringLiteral("3 tokens now")), qPrintable(r.err));
    const QList<Sandbox::RecordedRequest> sent = deletes();
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().query.size(), 1);
    QCOMPARE(sent.first().query.first().first, QStringLiteral("username"));
    QVERIFY(!hasToken(QStringLiteral("bob"), QStringLiteral("web")));
    QVERIFY(hasToken(QStringLiteral("bobby"), QStringLiteral("web")));
}

void TestCli::dryRunSendsNoDelete()
{
    m_sandbox->issueToken(QStringLiteral("carol"), QStringLiteral("web"), false);
    const QList<QStringList> forms {
        {QStringLiteral("carol"), QStringLiteral("web")},
        {QStringLiteral("--user"), QStringLiteral("carol")},
        {QStringLiteral("--client"), QStringLiteral("web")},
    };
    for (const QStringList &form : forms) {
        const Result r
            = runSignedIn(QStringList {QStringLiteral("revoke"), QStringLiteral("--dry-run"),
                                       QStringLiteral("--format"), QStringLiteral("json")}
                          + form);
        QCOMPARE(r.exitCode, 0);
        const QJsonArray requests = r.json().value(QStringLiteral("requests")).toArray();
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first()[QStringLiteral("method")].toString(), QStringLiteral("DELETE"));
        QVERIFY(requests.first()[QStringLiteral("url")].toString().contains(
            QStringLiteral("/auth/tokens?")));
    }
    QCOMPARE(requestsWith("DELETE"), 0);
    QVERIFY(hasToken(QStringLiteral("carol"), QStringLiteral("web")));
    QVERIFY(!QFile::exists(journalPath())); // nothing to journal
}

// The dry run lists the DELETEs the run sends, in its order: the token this program signs in
// with last (found by the same reads), and a pair that cannot be sent (a name a trimming server
// reads as empty) left out and named, not printed with an empty address nor counted in --yes.
void TestCli::dryRunPrintsWhatTheRunSendsInItsOrder()
{
    m_sandbox->issueToken(QStringLiteral("kim"), QStringLiteral("dry-run-kiosk"), false);
    m_sandbox->issueToken(QStringLiteral("\u0001"), QStringLiteral("dry-run-kiosk"), false);
    m_sandbox->issueToken(QStringLiteral("lou"), QStringLiteral("web"), false);
    const QString path = m_home->filePath(QStringLiteral("list.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("admin,knetik-admin\nclient:dry-run-kiosk\nlou,web\n");
    file.close();
    const QStringList args {QStringLiteral("revoke"), QStringLiteral("--from-file"), path,
                            QStringLiteral("--format"), QStringLiteral("json")};
    const Result dry = runSignedIn(args + QStringList {QStringLiteral("--dry-run")});
    QVERIFY2(dry.exitCode == 1, qPrintable(dry.err)); // a pair was left out
    QCOMPARE(dry.json().value(QStringLiteral("tokens")).toInt(), 3);
    QVERIFY2(dry.err.contains(QStringLiteral("Left out, it cannot be sent")), qPrintable(dry.err));
    QStringList printed;
    for (const QJsonValue &v : dry.json().value(QStringLiteral("requests")).toArray()) {
        QVERIFY(!v[QStringLiteral("url")].toString().isEmpty());
        printed << v[QStringLiteral("username")].toString();
    }
    QCOMPARE(printed,
             QStringList({QStringLiteral("kim"), QStringLiteral("lou"), QStringLiteral("admin")}));
    QCOMPARE(requestsWith("DELETE"), 0);

    // The run sends exactly that, in that order, confirmed with the same count.
    const Result run = runSignedIn(args + QStringList {QStringLiteral("--yes=3")});
    QVERIFY2(run.exitCode == 1, qPrintable(run.err));
    QStringList sent;
    for (const Sandbox::RecordedRequest &d : deletes())
        sent << d.query.first().second;
    // Those before the own token go out together, on connections of their own: the server may
    // see them in either order (under ASan it did). The own token goes last, after they answered.
    QCOMPARE(sent.size(), printed.size());
    QCOMPARE(sent.last(), printed.last());
    QCOMPARE(QSet<QString>(sent.begin(), sent.end()),
             QSet<QString>(printed.begin(), printed.end()));
    QVERIFY(hasToken(QStringLiteral("\u0001"), QStringLiteral("dry-run-kiosk")));
}

void TestCli::revokeFromAFileWithEveryKindOfLine()
{
    m_sandbox->issueToken(QStringLiteral("dave"), QStringLiteral("web"), false);
    m_sandbox->issueToken(QStringLiteral("dave"), QStringLiteral("ios"), false);
    m_sandbox->issueToken(QStringLiteral("Erin"), QStringLiteral("web"), false); // case only
    m_sandbox->issueToken(QStringLiteral("frank"), QStringLiteral("web"), false); // " frank"
    m_sandbox->issueToken(QStringLiteral("a,b"), QStringLiteral("web"), false);
    m_sandbox->issueToken(QStringLiteral("client:x"), QStringLiteral("tv"), false);
    m_sandbox->issueToken(QStringLiteral("gina"), QStringLiteral("only-client"), false);
    m_sandbox->issueToken(QStringLiteral("hal"), QStringLiteral("only-client"), false);
    const QString path = m_home->filePath(QStringLiteral("incident.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("username,client_id\n" // header
               "# compromised on Friday\n" // comment
               "\n" // blank
               "dave\n" // a user: two tokens
               "client:only-client\n" // a client: two tokens
               "\"a,b\",web\n" // a quoted CSV pair
               "user:client:x\n" // a username that looks like a client line
               "dave\tweb\n" // a pair already covered by line 4
               "erin\n" // only when case is ignored: left out
               " frank\n" // spaces around: left out
               "nobody\n" // nothing found
               "x\ty\tz\n"); // malformed
    file.close();
    const QStringList args {QStringLiteral("revoke"), QStringLiteral("--from-file"), path,
                            QStringLiteral("--format"), QStringLiteral("json")};
    Result r = runSignedIn(args + QStringList {QStringLiteral("--dry-run")});
    QCOMPARE(r.exitCode, 1); // the malformed line
    QCOMPARE(r.json().value(QStringLiteral("tokens")).toInt(), 6);
    QCOMPARE(requestsWith("DELETE"), 0); // read, never deleted
    QVERIFY(requestsWith("GET") > 0);
    QVERIFY2(r.err.contains(QStringLiteral("Line 12 is not understood")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("only when case is ignored")), qPrintable(r.err));

    r = runSignedIn(args + QStringList {QStringLiteral("--yes=6")});
    QCOMPARE(r.exitCode, 1); // six revoked; the malformed line is a target that failed
    const QJsonArray results = r.json().value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), 6);
    for (const QJsonValue &v : results) {
        QCOMPARE(v[QStringLiteral("outcome")].toString(), QStringLiteral("revoked"));
        QCOMPARE(v[QStringLiteral("scope")].toString(), QStringLiteral("token"));
        QVERIFY(v[QStringLiteral("line")].toInt() >= 4);
    }
    QCOMPARE(requestsWith("DELETE"), 6);
    for (const Sandbox::RecordedRequest &d : deletes())
        QCOMPARE(d.query.size(), 2); // a list revokes token by token, never user-wide
    QVERIFY(hasToken(QStringLiteral("Erin"), QStringLiteral("web")));
    QVERIFY(hasToken(QStringLiteral("frank"), QStringLiteral("web")));
    QVERIFY(!hasToken(QStringLiteral("client:x"), QStringLiteral("tv")));
    // The list's lines in the journal, as the console writes them.
    int listLines = 0;
    for (const JournalEntry &e : AuditJournal::read(journalPath())) {
        if (e.event == QLatin1String("list-line"))
            ++listLines;
        QCOMPARE(e.source, QStringLiteral("list: incident.txt"));
    }
    QCOMPARE(listLines, 9); // every line but the header, the comment and the blank one
}

void TestCli::ownTokenIsRevokedLast()
{
    m_sandbox->issueToken(QStringLiteral("ivy"), QStringLiteral("web"), false);
    m_sandbox->issueToken(QStringLiteral("jon"), QStringLiteral("web"), false);
    const Result r
        = runSignedIn({QStringLiteral("revoke"), QStringLiteral("admin"),
                       QStringLiteral("knetik-admin"), QStringLiteral("ivy"), QStringLiteral("web"),
                       QStringLiteral("jon"), QStringLiteral("web"), QStringLiteral("--yes=3")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains(QStringLiteral("signs in with")), qPrintable(r.err));
    const QList<Sandbox::RecordedRequest> sent = deletes();
    QCOMPARE(sent.size(), 3);
    QCOMPARE(sent.last().query.first().second, QStringLiteral("admin"));
}

void TestCli::productionServerNeedsItsName()
{
    {
        Settings settings(settingsPath());
        ServerList servers;
        ServerProfile prod;
        prod.name = QStringLiteral("EU Prod");
        prod.baseUrl = m_sandbox->url();
        prod.environment = ServerEnvironment::Production;
        servers.add(prod);
        servers.save(&settings);
        settings.setValue(Settings::Key::ServersMigrated, true);
        settings.sync();
    }
    m_sandbox->issueToken(QStringLiteral("kim"), QStringLiteral("web"), false);
    const QStringList args {QStringLiteral("--server"),      QStringLiteral("EU Prod"),
                            QStringLiteral("--token-stdin"), QStringLiteral("revoke"),
                            QStringLiteral("kim"),           QStringLiteral("web"),
                            QStringLiteral("--yes=1")};
    const QByteArray token = m_sandbox->adminToken().toUtf8();
    Result r = run(args, token);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("--confirm-server=EU Prod")), qPrintable(r.err));
    r = run(args + QStringList {QStringLiteral("--confirm-server=eu prod")}, token);
    QCOMPARE(r.exitCode, 2); // exact, as in the console
    QCOMPARE(requestsWith("DELETE"), 0);
    r = run(args + QStringList {QStringLiteral("--confirm-server=EU Prod")}, token);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(requestsWith("DELETE"), 1);
    const QList<JournalEntry> journal = AuditJournal::read(journalPath());
    QCOMPARE(journal.last().serverName, QStringLiteral("EU Prod"));
    QCOMPARE(journal.last().environment, QStringLiteral("production"));
    // The wide forms there need the number of tokens, as the console asks (not the name again).
    m_sandbox->issueToken(QStringLiteral("kim"), QStringLiteral("ios"), false);
    const QStringList wide {QStringLiteral("--server"),
                            QStringLiteral("EU Prod"),
                            QStringLiteral("--token-stdin"),
                            QStringLiteral("revoke"),
                            QStringLiteral("--user"),
                            QStringLiteral("kim"),
                            QStringLiteral("--confirm-server=EU Prod")};
    r = run(wide + QStringList {QStringLiteral("--yes=kim")}, token);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(requestsWith("DELETE"), 1);
    r = run(wide + QStringList {QStringLiteral("--yes=1")}, token);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(requestsWith("DELETE"), 2);
    QVERIFY(!hasToken(QStringLiteral("kim"), QStringLiteral("ios")));
    // An unknown name is refused before anything is sent.
    r = run({QStringLiteral("--server"), QStringLiteral("Nope"), QStringLiteral("--token-stdin"),
             QStringLiteral("list")},
            token);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QStringLiteral("“EU Prod”")));
}

void TestCli::ctrlCStopsARevocation()
{
    constexpr int Count = 60;
    QStringList args {QStringLiteral("revoke")};
    for (int i = 0; i < Count; ++i) {
        const QString client = QStringLiteral("app-%1").arg(i);
        m_sandbox->issueToken(QStringLiteral("lee"), client, false);
        args << QStringLiteral("lee") << client;
    }
    args << QStringLiteral("--yes=%1").arg(Count) << QStringLiteral("--format")
         << QStringLiteral("json");
    m_sandbox->setLatencyMs(300); // six at a time: about 3 s for all
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(QStringLiteral(KNETIK_TOKENS_BINARY), connection() + args);
    QVERIFY(process.waitForStarted());
    process.write(m_sandbox->adminToken().toUtf8() + '\n');
    process.closeWriteChannel();
    // Once some were revoked: Ctrl+C.
    QTRY_VERIFY_WITH_TIMEOUT(deletes().size() >= 8, 20000);
    ::kill(pid_t(process.processId()), SIGINT);
    const int sentBefore = int(deletes().size());
    QVERIFY(process.waitForFinished(20000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 130);
    const QJsonObject json = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    const QJsonObject summary = json.value(QStringLiteral("summary")).toObject();
    const int revoked = summary.value(QStringLiteral("revoked")).toInt();
    const int notSent = summary.value(QStringLiteral("not-sent")).toInt();
    QVERIFY2(notSent > 0 && revoked >= 8, qPrintable(QString::number(revoked)));
    QCOMPARE(revoked + notSent, Count); // each reported: those on the wire were waited for
    QCOMPARE(json.value(QStringLiteral("results")).toArray().size(), Count);
    // Nothing more leaves: the DELETEs are exactly those reported revoked, and no more than
    // were sent or on their way (six at a time) when Ctrl+C was pressed.
    QCOMPARE(int(deletes().size()), revoked);
    QVERIFY2(revoked <= sentBefore + 6,
             qPrintable(QStringLiteral("%1 sent before, %2 after").arg(sentBefore).arg(revoked)));
    const qint64 left = m_sandbox->withStore([](TokenStore &store) {
        qint64 n = 0;
        for (const auto &p : store.allPairs())
            n += p.username == QLatin1String("lee");
        return n;
    });
    QCOMPARE(left, qint64(notSent));
}

void TestCli::historyFiltersTheJournal()
{
    m_sandbox->issueToken(QStringLiteral("mia"), QStringLiteral("web"), false);
    m_sandbox->issueToken(QStringLiteral("ned"), QStringLiteral("web"), false);
    QCOMPARE(runSignedIn({QStringLiteral("revoke"), QStringLiteral("mia"), QStringLiteral("web"),
                          QStringLiteral("ned"), QStringLiteral("web"), QStringLiteral("gone"),
                          QStringLiteral("web"), QStringLiteral("--yes=3")})
                 .exitCode,
             0);
    const qsizetype requestsBefore = m_sandbox->requests().size();
    Result r = run({QStringLiteral("history"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json().value(QStringLiteral("entries")).toArray().size(), 6);
    r = run({QStringLiteral("history"), QStringLiteral("--user"), QStringLiteral("mia"),
             QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonArray mia = r.json().value(QStringLiteral("entries")).toArray();
    QCOMPARE(mia.size(), 2);
    for (const QJsonValue &v : mia)
        QCOMPARE(v[QStringLiteral("username")].toString(), QStringLiteral("mia"));
    r = run({QStringLiteral("history"), QStringLiteral("--outcome"), QStringLiteral("already-gone"),
             QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonArray gone = r.json().value(QStringLiteral("entries")).toArray();
    QCOMPARE(gone.size(), 1);
    QCOMPARE(gone.first()[QStringLiteral("username")].toString(), QStringLiteral("gone"));
    r = run({QStringLiteral("history"), QStringLiteral("--since"), QStringLiteral("2999-01-01"),
             QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.json().value(QStringLiteral("entries")).toArray().size(), 0);
    r = run({QStringLiteral("history"), QStringLiteral("--base-url"),
             QStringLiteral("http://127.0.0.1:1"), QStringLiteral("--format"),
             QStringLiteral("json")});
    QCOMPARE(r.json().value(QStringLiteral("entries")).toArray().size(), 0);
    // CSV is the console's export of the journal.
    r = run({QStringLiteral("history"), QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.left(r.out.indexOf('\r')),
             AuditJournal::toCsv({}).left(AuditJournal::toCsv({}).indexOf('\r')));
    QCOMPARE(r.out.count('\n'), 7);
    QCOMPARE(m_sandbox->requests().size(), requestsBefore); // history sends nothing
}

// On a terminal (a pseudo-terminal from script(1)): the token is asked for and not echoed, the
// count is asked for, a wrong answer sends nothing, the right one revokes.
void TestCli::onATerminalItAsksAndHidesTheToken()
{
    if (QStandardPaths::findExecutable(QStringLiteral("script")).isEmpty())
        QSKIP("script(1) (util-linux) is not installed: no pseudo-terminal to run in");
    m_sandbox->issueToken(QStringLiteral("oz"), QStringLiteral("web"), false);
    m_sandbox->issueToken(QStringLiteral("oz"), QStringLiteral("ios"), false);
    const QString token = m_sandbox->adminToken();
    const auto session = [&](const QString &answer, QByteArray *screen) {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.setProcessChannelMode(QProcess::MergedChannels);
        const QString command
            = QStringLiteral("'%1' --base-url '%2' --token-stdin revoke oz web oz ios")
                  .arg(QStringLiteral(KNETIK_TOKENS_BINARY), m_sandbox->url().toString());
        process.start(QStringLiteral("script"),
                      {QStringLiteral("-q"), QStringLiteral("-e"), QStringLiteral("-c"), command,
                       QStringLiteral("/dev/null")});
        if (!process.waitForStarted())
            return -1;
        const auto waitFor = [&](const QByteArray &text) {
            return QTest::qWaitFor(
                [&] {
                    process.waitForReadyRead(50);
                    *screen += process.readAll();
                    return screen->contains(text);
                },
                20000);
        };
        if (!waitFor("Access token (not shown):"))
            return -3;
        process.write(token.toUtf8() + '\n');
        if (!waitFor("Type the number of tokens to revoke (2)"))
            return -4;
        process.write(answer.toUtf8() + '\n');
        if (!process.waitForFinished(20000))
            return -5;
        *screen += process.readAll();
        return process.exitCode();
    };
    QByteArray screen;
    QCOMPARE(session(QStringLiteral("3"), &screen), 2);
    QVERIFY2(screen.contains("Not confirmed: nothing was sent."), screen.constData());
    QVERIFY2(!screen.contains(token.toUtf8()), screen.constData()); // typed, never shown
    QCOMPARE(requestsWith("DELETE"), 0);
    screen.clear();
    QCOMPARE(session(QStringLiteral("2"), &screen), 0);
    QVERIFY2(!screen.contains(token.toUtf8()), screen.constData());
    QCOMPARE(requestsWith("DELETE"), 2);
    QVERIFY(!hasToken(QStringLiteral("oz"), QStringLiteral("web")));
}

void TestCli::aWideFormWithoutTokensSendsNothing()
{
    m_sandbox->issueToken(QStringLiteral("Pat"), QStringLiteral("web"), false); // case only
    const Result r = runSignedIn({QStringLiteral("revoke"), QStringLiteral("--user"),
                                  QStringLiteral("pat"), QStringLiteral("--yes=pat")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains(QStringLiteral("Nothing to revoke")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("differs only in case")), qPrintable(r.err));
    QCOMPARE(requestsWith("DELETE"), 0);
    QVERIFY(hasToken(QStringLiteral("Pat"), QStringLiteral("web")));
}

// The server refuses the token halfway (401): nobody can sign in again here, so the rest is
// not sent, each said so, and the exit code is 3.
void TestCli::aRefusedSessionStopsTheRun()
{
    QStringList args {QStringLiteral("revoke")};
    for (int i = 0; i < 20; ++i) {
        m_sandbox->issueToken(QStringLiteral("quinn"), QStringLiteral("app-%1").arg(i), false);
        args << QStringLiteral("quinn") << QStringLiteral("app-%1").arg(i);
    }
    m_sandbox->failNext(1, 401, "DELETE");
    const Result r
        = runSignedIn(args
                      + QStringList {QStringLiteral("--yes=20"), QStringLiteral("--format"),
                                     QStringLiteral("json")});
    QCOMPARE(r.exitCode, 3);
    const QJsonObject summary = r.json().value(QStringLiteral("summary")).toObject();
    const int revoked = summary.value(QStringLiteral("revoked")).toInt();
    const int notSent = summary.value(QStringLiteral("not-sent")).toInt();
    QVERIFY(notSent >= 1);
    QCOMPARE(revoked + notSent, 20);
    QCOMPARE(int(deletes().size()), revoked + 1); // the refused one, and those that went
    bool saidWhy = false;
    for (const QJsonValue &v : r.json().value(QStringLiteral("results")).toArray())
        saidWhy |= v[QStringLiteral("detail")].toString().contains(QStringLiteral("401"));
    QVERIFY(saidWhy);
}

void TestCli::csvKeepsValuesExact()
{
    m_sandbox->issueToken(QStringLiteral("-svc"), QStringLiteral("=calc"), false);
    m_sandbox->issueToken(QStringLiteral("say \"hi\", ok"), QStringLiteral("web"), false);
    const Result r = runSignedIn({QStringLiteral("list"), QStringLiteral("--all"),
                                  QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("\r\n-svc,=calc\r\n"), r.out.constData());
    QVERIFY(r.out.contains("\r\n\"say \"\"hi\"\", ok\",web\r\n"));
}

// A full disk (/dev/full): what was asked for did not arrive, so it was not done (exit 1).
void TestCli::outputThatCannotBeWrittenIsAFailure()
{
    if (!QFile::exists(QStringLiteral("/dev/full")))
        QSKIP("No /dev/full on this system");
    for (const QStringList &args :
         {QStringList {QStringLiteral("list"), QStringLiteral("--all"), QStringLiteral("--format"),
                       QStringLiteral("json")},
          QStringList {QStringLiteral("export")}}) {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.setStandardOutputFile(QStringLiteral("/dev/full"));
        process.start(QStringLiteral(KNETIK_TOKENS_BINARY), connection() + args);
        QVERIFY(process.waitForStarted());
        process.write(m_sandbox->adminToken().toUtf8() + '\n');
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 1);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QCOMPARE(err.count(QLatin1Char('\n')), 1);
        QVERIFY2(err.contains(QStringLiteral("No space left")), qPrintable(err));
    }
}

void TestCli::serversUnlikeTheSandboxAreReadExactlyOrRefused()
{
    // The issue's servers (docs/api.md, "Servers unlike the sandbox"): what knetik-tokens counts,
    // exports and revokes there is the server's truth, or it refuses and says why.
    m_sandbox->withStore([](TokenStore &store) {
        for (int i = 0; i < 679; ++i)
            store.put(QStringLiteral("w%1").arg(i), QStringLiteral("web"), false);
        for (int i = 0; i < 70; ++i)
            store.put(QStringLiteral("ada%1").arg(i), QStringLiteral("web-app"), false);
        store.put(QStringLiteral("ada"), QStringLiteral("ios"), false);
        return 0;
    });
    const qint64 all = m_sandbox->withStore([](TokenStore &store) { return store.size(); });
    auto exactCount = [this](const QString &client) {
        return m_sandbox->withStore([&](TokenStore &store) {
            qint64 n = 0;
            for (const TokenStore::Pair &pair : store.allPairs())
                n += pair.clientId == client;
            return n;
        });
    };

    // At most 100 rows a page: the count a wide revoke is confirmed with is every token.
    Sandbox::Variant variant;
    variant.pageSizeLimit = 100;
    m_sandbox->setVariant(variant);
    Result r = runSignedIn({QStringLiteral("revoke"), QStringLiteral("--client"),
                            QStringLiteral("web"), QStringLiteral("--dry-run")});
    QCOMPARE(r.exitCode, 0);
    const qint64 web = exactCount(QStringLiteral("web")); // 679 and the seeded ones
    QVERIFY(web > 679);
    QVERIFY2(r.err.contains(QStringLiteral("“web”: %1 tokens now").arg(web)), qPrintable(r.err));
    const QString file = m_home->filePath(QStringLiteral("all.csv"));
    r = runSignedIn({QStringLiteral("export"), QStringLiteral("-o"), file});
    QCOMPARE(r.exitCode, 0);
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QCOMPARE(csv.readAll().count('\n'), all + 1);
    csv.close();
    // A list's client line finds them all, and revokes exactly them.
    QFile list(m_home->filePath(QStringLiteral("list.txt")));
    QVERIFY(list.open(QIODevice::WriteOnly));
    list.write("client:web\n");
    list.close();
    r = runSignedIn({QStringLiteral("revoke"), QStringLiteral("--from-file"), list.fileName(),
                     QStringLiteral("--yes=%1").arg(web)});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(exactCount(QStringLiteral("web")), 0);
    QCOMPARE(m_sandbox->withStore([](TokenStore &store) { return store.size(); }), all - web);

    // A total capped below the truth: nothing is exported, nothing is counted for a
    // confirmation; exit 1 with the reason.
    variant = {};
    variant.totalCap = 100;
    m_sandbox->setVariant(variant);
    const QString capped = m_home->filePath(QStringLiteral("capped.csv"));
    r = runSignedIn({QStringLiteral("export"), QStringLiteral("-o"), capped});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("does not add up")), qPrintable(r.err));
    QVERIFY(!QFile::exists(capped));
    m_sandbox->clearRequests();
    r = runSignedIn({QStringLiteral("revoke"), QStringLiteral("--client"),
                     QStringLiteral("web-app"), QStringLiteral("--yes=web-app")});
    QCOMPARE(r.exitCode, 0); // 70 tokens: under the cap, proved complete
    QCOMPARE(exactCount(QStringLiteral("web-app")), 0);
    QCOMPARE(deletes().size(), 1);

    // Filters ignored: the rows that do not match are left out and counted; exit 1 unless
    // --include-unmatched.
    variant = {};
    variant.ignoreFilters = true;
    m_sandbox->setVariant(variant);
    r = runSignedIn({QStringLiteral("list"), QStringLiteral("--all"), QStringLiteral("--user"),
                     QStringLiteral("ada"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.exitCode, 1);
    const QJsonArray tokens = r.json().value(QStringLiteral("tokens")).toArray();
    for (const QJsonValue &token : tokens)
        QVERIFY(token.toObject()
                    .value(QStringLiteral("username"))
                    .toString()
                    .contains(QStringLiteral("ada"), Qt::CaseInsensitive));
    QVERIFY(!tokens.isEmpty());
    QVERIFY2(r.err.contains(QStringLiteral("do not match")), qPrintable(r.err));
    r = runSignedIn({QStringLiteral("list"), QStringLiteral("--all"), QStringLiteral("--user"),
                     QStringLiteral("ada"), QStringLiteral("--format"), QStringLiteral("json"),
                     QStringLiteral("--include-unmatched")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json().value(QStringLiteral("tokens")).toArray().size(),
             m_sandbox->withStore([](TokenStore &store) { return store.size(); }));
}

void TestCli::versionNamesTheCommitItWasBuiltFrom()
{
    // The commit git says the sources are at (the build reads it at every build, not only when
    // it was configured), with -dirty when tracked files differ from it.
    QProcess git;
    git.setWorkingDirectory(QStringLiteral(KNETIK_SOURCE_DIR));
    git.start(QStringLiteral("git"),
              {QStringLiteral("rev-parse"), QStringLiteral("--short=12"), QStringLiteral("HEAD")});
    QVERIFY2(git.waitForFinished(10000) && git.exitCode() == 0,
             "the sources are not a git checkout: nothing to compare --version with");
    const QByteArray head = git.readAllStandardOutput().trimmed();
    git.start(QStringLiteral("git"),
              {QStringLiteral("status"), QStringLiteral("--porcelain"),
               QStringLiteral("--untracked-files=no")});
    QVERIFY(git.waitForFinished(10000) && git.exitCode() == 0);
    const QByteArray dirty = git.readAllStandardOutput().isEmpty() ? "" : "-dirty";
    const Result r = run({QStringLiteral("--version")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), "knetik-tokens " KNETIK_VERSION " (commit " + head + dirty + ")");
}

void TestCli::shellsCompleteCommandsOptionsAndSavedServers()
{
    // Saved servers, as the console saves them; their names (and only those) complete after
    // --server. One has a space and one a quote: quoted for the command line.
    const QStringList names {QStringLiteral("Staging EU"), QStringLiteral("Stage's local"),
                             QStringLiteral("EU Prod")};
    {
        Settings settings(settingsPath());
        ServerList servers;
        for (const QString &name : names) {
            ServerProfile server;
            server.name = name;
            server.baseUrl = QUrl(QStringLiteral("https://%1.example.invalid")
                                      .arg(QString::number(servers.servers().size())));
            servers.add(server);
        }
        servers.save(&settings);
        settings.setValue(Settings::Key::ServersMigrated, true);
        settings.sync();
    }
    const Result listed = run({QStringLiteral("--complete-servers")});
    QCOMPARE(listed.exitCode, 0);
    QCOMPARE(QString::fromUtf8(listed.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts), names);
    // The completions the build wrote, driven in bash, fish and zsh by the script that
    // tools/check-package.sh runs on the installed ones.
    const QString folder = QStringLiteral(KNETIK_COMPLETIONS_DIR);
    QProcess script;
    script.setProcessEnvironment(environment());
    script.setProcessChannelMode(QProcess::MergedChannels);
    script.start(QStringLiteral(KNETIK_SOURCE_DIR "/tests/support/completion-test.sh"),
                 QStringList {QFileInfo(QStringLiteral(KNETIK_TOKENS_BINARY)).absolutePath(),
                              folder + QStringLiteral("/bash/knetik-tokens"),
                              folder + QStringLiteral("/zsh/_knetik-tokens"),
                              folder + QStringLiteral("/fish/knetik-tokens.fish")}
                     + names);
    QVERIFY2(script.waitForFinished(60000), qPrintable(script.errorString()));
    const QByteArray output = script.readAll();
    QVERIFY2(script.exitStatus() == QProcess::NormalExit && script.exitCode() == 0,
             (output + QByteArray::number(script.exitCode())).constData());
}

void TestCli::statsCountsAndNamesTheOutliers()
{
    // A user stuck in a loop: 60 tokens, where users hold one to nine.
    for (int i = 1; i <= 60; ++i)
        m_sandbox->issueToken(QStringLiteral("loop-bot"), QStringLiteral("device-%1").arg(i),
                              false);
    Result r = runSignedIn({QStringLiteral("stats"), QStringLiteral("--format"),
                            QStringLiteral("json"), QStringLiteral("--top"), QStringLiteral("3")});
    QCOMPARE(r.exitCode, 0);
    QJsonObject o = r.json();
    QCOMPARE(o.value(QStringLiteral("tokens")).toInteger(), 360);
    const QJsonArray users = o.value(QStringLiteral("top_users")).toArray();
    QCOMPARE(users.size(), 3);
    QCOMPARE(users.first()[QStringLiteral("username")].toString(), QStringLiteral("loop-bot"));
    QCOMPARE(users.first()[QStringLiteral("tokens")].toInteger(), 60);
    qint64 sum = o.value(QStringLiteral("other_clients"))[QStringLiteral("tokens")].toInteger();
    for (const QJsonValue &v : o.value(QStringLiteral("top_clients")).toArray())
        sum += v[QStringLiteral("tokens")].toInteger();
    QCOMPARE(sum, 360);
    qint64 binned = 0;
    for (const QJsonValue &v : o.value(QStringLiteral("users_by_tokens")).toArray())
        binned += v[QStringLiteral("users")].toInteger();
    QCOMPARE(binned, o.value(QStringLiteral("users")).toInteger());
    const QJsonArray outliers = o.value(QStringLiteral("outliers")).toArray();
    QCOMPARE(outliers.size(), 1);
    QCOMPARE(outliers.first()[QStringLiteral("name")].toString(), QStringLiteral("loop-bot"));
    QCOMPARE(outliers.first()[QStringLiteral("kind")].toString(), QStringLiteral("user"));
    // The same as a report and as rows; --by leaves the other part out.
    r = runSignedIn({QStringLiteral("stats"), QStringLiteral("--format"), QStringLiteral("table")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("user loop-bot: 60 tokens (median"), r.out.constData());
    r = runSignedIn({QStringLiteral("stats"), QStringLiteral("--by"), QStringLiteral("client"),
                     QStringLiteral("--format"), QStringLiteral("tsv")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("\noutlier_user\tloop-bot\t60\n"));
    QVERIFY(r.out.contains("\nclient\t"));
    QVERIFY(!r.out.contains("\nuser\t"));
    const int reads = requestsWith("GET");
    r = runSignedIn({QStringLiteral("stats"), QStringLiteral("--by"), QStringLiteral("host")});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(requestsWith("GET"), reads); // a usage error sends nothing
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
