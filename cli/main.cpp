// knetik-tokens: the console's core from the command line (see CommandLine.cpp for what it
// takes, Cli.h for how a command runs).
#include "BuildInfo.h"
#include "Cli.h"
#include "CommandLine.h"
#include "ServerProfiles.h"
#include "Settings.h"
#include "Translations.h"
#include "XdgRuntimeDir.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextStream>

int main(int argc, char *argv[])
{
    ensureXdgRuntimeDir();
    QCoreApplication app(argc, argv);
    // The console's names: its settings (saved servers), keychain entries and journal.
    QCoreApplication::setOrganizationName(QStringLiteral("Knetik Token Console"));
    QCoreApplication::setApplicationName(QStringLiteral("knetik-token-console"));
    QCoreApplication::setApplicationVersion(BuildInfo::versionText());
    const QLocale locale = Translations::requested(argc, argv);
    QLocale::setDefault(locale);
    Translations::install(app, locale);

    CommandLine commandLine;
    const bool parsed = commandLine.parse(QCoreApplication::arguments());
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
    if (!commandLine.completionRequested().isEmpty()) {
        const QString script = CommandLine::completion(commandLine.completionRequested());
        if (script.isEmpty()) {
            QTextStream(stderr) << "knetik-tokens: --completion takes bash, zsh or fish\n";
            return Cli::Usage;
        }
        out << script;
        return Cli::Done;
    }
    if (commandLine.serverNamesRequested()) {
        // For the shell completions: the names only, one per line (never an address's
        // secret: the saved servers hold none). Nothing is written to the settings.
        Settings settings;
        const ServerList servers = ServerList::load(&settings, nullptr, false);
        for (const ServerProfile &server : servers.servers()) {
            if (!server.name.contains(QLatin1Char('\n')))
                out << server.name << '\n';
        }
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
