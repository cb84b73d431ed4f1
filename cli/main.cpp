// knetik-tokens: the console's core from the command line (see CommandLine.cpp for what it
// takes, Cli.h for how a command runs).
#include "Cli.h"
#include "CommandLine.h"
#include "Settings.h"
#include "XdgRuntimeDir.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

// --lang must be known before the first text is translated.
static QLocale requestedLocale(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments[i].startsWith(QLatin1String("--lang=")))
            return QLocale(arguments[i].mid(7));
        if (arguments[i] == QLatin1String("--lang") && i + 1 < arguments.size())
            return QLocale(arguments[i + 1]);
    }
    return QLocale();
}

static void installTranslators(QCoreApplication &app, const QLocale &locale)
{
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    // The console's translations (the same core's messages); English holds the plural forms.
    auto *translator = new QTranslator(&app);
    if (translator->load(locale, QStringLiteral("knetik"), QStringLiteral("_"),
                         QStringLiteral(":/i18n"))
        || translator->load(QStringLiteral(":/i18n/knetik_en")))
        QCoreApplication::installTranslator(translator);
}

int main(int argc, char *argv[])
{
    ensureXdgRuntimeDir();
    QCoreApplication app(argc, argv);
    // The console's names: its settings (saved servers), keychain entries and journal.
    QCoreApplication::setOrganizationName(QStringLiteral("Knetik Token Console"));
    QCoreApplication::setApplicationName(QStringLiteral("knetik-token-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KNETIK_VERSION));
    const QStringList arguments = QCoreApplication::arguments();
    const QLocale locale = requestedLocale(arguments);
    QLocale::setDefault(locale);
    installTranslators(app, locale);

    CommandLine commandLine;
    const bool parsed = commandLine.parse(arguments);
    QTextStream out(stdout);
    out.setEncoding(QStringConverter::Utf8);
    if (!parsed) {
        QTextStream(stderr) << "knetik-tokens: " << commandLine.error() << '\n'
                            << QCoreApplication::translate(
                                   "main", "“knetik-tokens --help” lists the commands and options.")
                            << '\n';
        return Cli::Usage;
    }
    if (commandLine.manPageRequested()) {
        out << CommandLine::manPage();
        return Cli::Done;
    }
    if (commandLine.versionRequested()) {
        out << CommandLine::program() << ' ' << QCoreApplication::applicationVersion() << '\n';
        return Cli::Done;
    }
    if (commandLine.helpRequested() || commandLine.commandName().isEmpty()) {
        out << CommandLine::helpText(commandLine.commandName());
        return commandLine.helpRequested() ? Cli::Done : Cli::Usage;
    }
    Settings settings; // the console's file, read only
    Cli cli(commandLine, &settings);
    const int exit = cli.run();
    return exit;
}
