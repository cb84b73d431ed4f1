#include "BuildInfo.h"
#include "ConsoleController.h"
#include "CredentialStore.h"
#include "MainWindow.h"
#include "ManPage.h"
#include "Settings.h"
#include "SignInController.h"
#include "Translations.h"
#include "XdgRuntimeDir.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QIcon>
#include <QLocale>
#include <QTextStream>
#include <QTimer>

#include <memory>

int main(int argc, char *argv[])
{
    ensureXdgRuntimeDir(); // before Qt looks for it
    // --help and --version print and leave: they must work without a display (over ssh).
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg = argv[i];
        if (arg == "--help" || arg == "-h" || arg == "--version" || arg == "-v"
            || arg == "--man-page")
            qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("knetik-token-console"));
    QApplication::setOrganizationName(QStringLiteral("Knetik Token Console"));
    QApplication::setApplicationDisplayName(QStringLiteral("Knetik Token Console"));
    QApplication::setApplicationVersion(BuildInfo::versionText());
    QApplication::setDesktopFileName(QStringLiteral("knetik-token-console"));
    QApplication::setWindowIcon(
        QIcon::fromTheme(QStringLiteral("knetik-token-console"),
                         QIcon(QStringLiteral(":/icons/knetik-token-console.svg"))));
    const QLocale locale = Translations::requested(argc, argv);
    QLocale::setDefault(locale);
    Translations::install(app, locale);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Admin console for the OAuth access tokens of a Knetik server."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QApplication::translate("main",
                                "Start a local demo sandbox with 5,000 tokens and sign in to it."));
    const QCommandLineOption baseUrlOption(
        QStringLiteral("base-url"), QApplication::translate("main", "The server's base URL."),
        QStringLiteral("url"));
    const QCommandLineOption tokenStdinOption(
        QStringLiteral("token-stdin"),
        QApplication::translate("main",
                                "Read the access token from standard input (it then never shows in "
                                "the process list)."));
    const QCommandLineOption noRememberOption(
        QStringLiteral("no-remember"),
        QApplication::translate("main", "Neither use nor store a session in the system keychain."));
    const QCommandLineOption caFileOption(
        QStringLiteral("ca-file"),
        QApplication::translate(
            "main",
            "Also trust the CA certificates in this PEM file for the server of --base-url "
            "(TLS errors are never ignored)."),
        QStringLiteral("file"));
    const QCommandLineOption langOption(
        QStringLiteral("lang"),
        QApplication::translate("main", "The language of the interface, e.g. de or en."),
        QStringLiteral("code"));
    // For the startup benchmark: print when the first page is on screen, then quit.
    QCommandLineOption startupProbeOption(QStringLiteral("startup-probe"),
                                          QStringLiteral("internal"));
    startupProbeOption.setFlags(QCommandLineOption::HiddenFromHelp);
    // The build writes the manual page with it, from the options --help shows.
    QCommandLineOption manPageOption(QStringLiteral("man-page"), QStringLiteral("internal"));
    manPageOption.setFlags(QCommandLineOption::HiddenFromHelp);
    const QList<QCommandLineOption> shownOptions {helpOption,    versionOption,    demoOption,
                                                  baseUrlOption, tokenStdinOption, noRememberOption,
                                                  caFileOption,  langOption};
    parser.addOptions({demoOption, baseUrlOption, tokenStdinOption, noRememberOption, caFileOption,
                       langOption, startupProbeOption, manPageOption});
    parser.process(app);
    if (parser.isSet(manPageOption)) {
        ManPage::Page page;
        page.program = QStringLiteral("knetik-token-console");
        page.summary = QApplication::translate(
            "main", "admin console for the OAuth access tokens of a Knetik server");
        page.synopsis = QStringLiteral("[\\fIoptions\\fR]");
        page.description = QApplication::translate(
            "main",
            "Knetik Token Console signs in to a Knetik platform server with an access token (or "
            "gets one from the server's /oauth/token) and shows every OAuth access token there "
            "in a paged, filterable table sorted by the server. It shows one token's details and "
            "revokes tokens: one, a selection, every token of a user or a client, every token a "
            "filter matches, or the tokens a list names, each after a confirmation, with each "
            "token's outcome reported and written to the revocation journal.\n\n"
            "Without options it opens the sign-in window (or the session it remembered in the "
            "system keychain). Servers are saved under File > Servers; a server marked "
            "Production asks for its name before any revocation.");
        page.options = shownOptions;
        page.sections
            = {{QStringLiteral("FILES"),
                QApplication::translate(
                    "main",
                    "Settings (saved servers, window state) in "
                    "~/.config/Knetik Token Console/knetik-token-console.conf; the revocation "
                    "journal in ~/.local/share/Knetik Token Console/knetik-token-console/"
                    "revocations.jsonl; a remembered session in the system keychain (Secret "
                    "Service), never in a file.")}};
        page.seeAlso = QStringLiteral("\\fBknetik\\-tokens\\fR(1), "
                                      "\\fBknetik\\-sandbox\\fR(1)");
        QTextStream(stdout) << ManPage::write(page);
        return 0;
    }

    ConsoleController::Options options;
    options.demo = parser.isSet(demoOption);
    options.noRemember = parser.isSet(noRememberOption) || options.demo;
    options.caFile = parser.value(caFileOption);
    if (parser.isSet(baseUrlOption)) {
        const QString problem
            = SignInController::checkBaseUrl(parser.value(baseUrlOption), &options.baseUrl);
        if (!problem.isEmpty()) {
            QTextStream(stderr) << problem << '\n';
            return 2;
        }
    }
    if (!options.caFile.isEmpty() && !parser.isSet(baseUrlOption)) {
        // A CA is trusted for one server, never for every connection.
        QTextStream(stderr) << QApplication::translate(
            "main", "--ca-file needs --base-url: say which server the CA is for.")
                            << '\n';
        return 2;
    }
    if (parser.isSet(tokenStdinOption)) {
        if (!parser.isSet(baseUrlOption)) {
            // A token goes only to the server the admin names, never to the most recent one.
            QTextStream(stderr) << QApplication::translate(
                "main", "--token-stdin needs --base-url: say which server the token is for.")
                                << '\n';
            return 2;
        }
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            QTextStream(stderr) << QApplication::translate("main", "Cannot read standard input.")
                                << '\n';
            return 2;
        }
        // The first line; a token has no line breaks.
        options.token = QString::fromUtf8(in.readLine(64 * 1024)).trimmed();
        if (options.token.isEmpty()) {
            QTextStream(stderr) << QApplication::translate("main",
                                                           "No access token on standard input.")
                                << '\n';
            return 2;
        }
    }

    Settings settings;
    std::unique_ptr<CredentialStore> credentials;
    if (options.noRemember)
        credentials = std::make_unique<MemoryCredentialStore>();
    else
        credentials = std::make_unique<KeychainCredentialStore>();
    ConsoleController console(&settings, credentials.get(), options);
    QObject::connect(&console, &ConsoleController::gaveUp, &app, &QApplication::quit,
                     Qt::QueuedConnection);
    if (parser.isSet(startupProbeOption)) {
        QObject::connect(console.window(), &MainWindow::firstPageShown, &app, [] {
            // Let the frame with the rows be painted before the time is taken.
            QTimer::singleShot(0, [] {
                QTextStream(stdout)
                    << "first-page-shown-at-ms " << QDateTime::currentMSecsSinceEpoch() << Qt::endl;
                QApplication::quit();
            });
        });
    }
    console.start();
    return app.exec();
}
