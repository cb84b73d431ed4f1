#include "ApiUrls.h"
#include "AuditJournal.h"
#include "MainWindow.h"
#include "Sandbox.h"
#include "Settings.h"
#include "TokensApi.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>

#include <memory>
#include <optional>

static void installTranslators(QApplication &app, const QLocale &locale)
{
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qtTranslator);
    auto *translator = new QTranslator(&app);
    // qt_add_translations embeds the .qm files under :/i18n. English is the fallback: it
    // holds the plural forms ("1 token", "2 tokens") that the source text writes as "token(s)".
    if (translator->load(locale, QStringLiteral("knetik"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || translator->load(QStringLiteral(":/i18n/knetik_en")))
        QApplication::installTranslator(translator);
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("knetik-token-console"));
    QApplication::setOrganizationName(QStringLiteral("Knetik Token Console"));
    QApplication::setApplicationDisplayName(QStringLiteral("Knetik Token Console"));
    QApplication::setApplicationVersion(QStringLiteral(KNETIK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("knetik-token-console"));
    installTranslators(app, QLocale());

    QCommandLineParser parser;
    parser.setApplicationDescription(
            QApplication::translate("main", "Admin console for the OAuth access tokens of a Knetik server."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
            QStringLiteral("demo"),
            QApplication::translate("main", "Start a local demo sandbox with 5,000 tokens and sign in to it."));
    const QCommandLineOption baseUrlOption(
            QStringLiteral("base-url"),
            QApplication::translate("main", "The server's base URL; the token comes from KNETIK_ACCESS_TOKEN."),
            QStringLiteral("url"));
    // For the startup benchmark: print when the first page is on screen, then quit.
    QCommandLineOption startupProbeOption(QStringLiteral("startup-probe"), QStringLiteral("internal"));
    startupProbeOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({demoOption, baseUrlOption, startupProbeOption});
    parser.process(app);

    QNetworkAccessManager network;
    TokensApi api(&network);
    std::unique_ptr<Sandbox> sandbox;
    QString serverLabel;
    std::optional<TokenKey> identity;
    QString journalPath = AuditJournal::defaultPath();
    if (parser.isSet(demoOption)) {
        Sandbox::Options options;
        options.tokens = 5000;
        sandbox = std::make_unique<Sandbox>(options);
        QString error;
        if (!sandbox->start(&error)) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Demo"), error);
            return 1;
        }
        api.setBaseUrl(sandbox->url());
        api.setAccessToken(sandbox->adminToken());
        serverLabel = QApplication::translate("main", "demo sandbox (%1)").arg(sandbox->url().authority());
        identity = TokenKey{QString::fromLatin1(Sandbox::AdminUsername), QString::fromLatin1(Sandbox::AdminClientId)};
        // Demo revocations are real, but of a throwaway server: keep them out of the real record.
        journalPath.replace(QLatin1String("revocations.jsonl"), QLatin1String("revocations-demo.jsonl"));
    } else {
        const QUrl url = QUrl::fromUserInput(parser.value(baseUrlOption));
        if (!ApiUrls::isUsableBaseUrl(url) || qEnvironmentVariableIsEmpty("KNETIK_ACCESS_TOKEN")) {
            QTextStream(stderr) << QApplication::translate(
                    "main", "Use --demo, or --base-url URL with the access token in KNETIK_ACCESS_TOKEN.")
                                << '\n';
            return 2;
        }
        if (ApiUrls::isInsecureRemote(url)) {
            QTextStream(stderr) << QApplication::translate(
                    "main", "Warning: %1 is plain http to a host that is not this computer; "
                            "the access token travels unencrypted.")
                                           .arg(url.toDisplayString())
                                << '\n';
        }
        api.setBaseUrl(url);
        api.setAccessToken(qEnvironmentVariable("KNETIK_ACCESS_TOKEN"));
        serverLabel = url.host();
    }

    Settings settings;
    AuditJournal journal(journalPath);
    MainWindow window(&api, &settings);
    window.setServerLabel(serverLabel);
    window.setSessionIdentity(identity);
    window.setAuditJournal(&journal);
    if (parser.isSet(startupProbeOption)) {
        QObject::connect(&window, &MainWindow::firstPageShown, &app, [] {
            // Let the frame with the rows be painted before the time is taken.
            QTimer::singleShot(0, [] {
                QTextStream(stdout) << "first-page-shown-at-ms " << QDateTime::currentMSecsSinceEpoch() << Qt::endl;
                QApplication::quit();
            });
        });
    }
    window.show();
    window.start();
    return app.exec();
}
