// The program itself through QProcess: what the command line promises.
#include "BuildInfo.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void helpWorksWithoutADisplay();
    void versionPrintsTheVersion();
    void langDeShowsGerman();
    void anUnknownOptionIsRefused();
    void aMalformedBaseUrlIsRefused();

private:
    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    // Runs the console with a private home and no display at all (or offscreen).
    Result run(const QStringList &arguments, bool offscreen = false);
    QTemporaryDir m_dir;
};

TestCommandLine::Result TestCommandLine::run(const QStringList &arguments, bool offscreen)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    if (offscreen)
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), m_dir.path());
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(KNETIK_CONSOLE_BINARY), arguments);
    Result result;
    if (!process.waitForStarted(10000) || !process.waitForFinished(20000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void TestCommandLine::helpWorksWithoutADisplay()
{
    const Result result = run({QStringLiteral("--help")});
    QCOMPARE(result.exitCode, 0);
    for (const char *option : {"--base-url", "--demo", "--token-stdin", "--no-remember",
                               "--ca-file", "--lang", "--version"})
        QVERIFY2(result.out.contains(QLatin1String(option)), option);
    QVERIFY(!result.out.contains(QStringLiteral("startup-probe"))); // internal, hidden
}

void TestCommandLine::versionPrintsTheVersion()
{
    const Result result = run({QStringLiteral("--version")});
    QCOMPARE(result.exitCode, 0);
    // The version and the commit (BuildInfo; tst_cli checks the commit against git).
    QCOMPARE(result.out.trimmed(),
             QStringLiteral("knetik-token-console ") + BuildInfo::versionText());
    QVERIFY(result.out.startsWith(QStringLiteral("knetik-token-console " KNETIK_VERSION)));
}

void TestCommandLine::langDeShowsGerman()
{
    const Result result
        = run({QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--help")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QStringLiteral(
                 "Verwaltungskonsole für die OAuth-Zugriffstokens eines Knetik-Servers.")),
             qPrintable(result.out));
}

void TestCommandLine::anUnknownOptionIsRefused()
{
    const Result result = run({QStringLiteral("--bogus")}, true);
    QVERIFY(result.exitCode != 0);
    QVERIFY2(result.err.contains(QStringLiteral("bogus")), qPrintable(result.err));
}

void TestCommandLine::aMalformedBaseUrlIsRefused()
{
    const Result result
        = run({QStringLiteral("--base-url"), QStringLiteral("ftp://example.com/x?y")}, true);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QStringLiteral("is not a server address")),
             qPrintable(result.err));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
