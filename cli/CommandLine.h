#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>
#include <QString>

// What knetik-tokens understands: its commands, each with its options, and the global options.
// One table (CommandLine.cpp) drives the parsing, --help of the program and of each command,
// and the manual page (--man-page, run at build time), so that they never disagree.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    // The program's name, as messages and the help write it.
    static QString program() { return QStringLiteral("knetik-tokens"); }

    struct Command
    {
        QString name;
        QString arguments; // "USERNAME CLIENT_ID", for the usage line
        QString summary; // one line, for the list of commands
        QString description; // what --help of the command says first
        QList<QCommandLineOption> options;
    };

    // The commands, in the order --help lists them.
    static const QList<Command> &commands();
    static const Command *command(const QString &name);
    // Options every command takes (where to connect, the output format, the language).
    static const QList<QCommandLineOption> &globalOptions();
    // The exit codes and what each means, for --help and the manual page.
    static QList<QPair<int, QString>> exitCodes();

    // Parses the arguments (the program's name first). False: a usage error (error()).
    bool parse(const QStringList &arguments);
    QString error() const { return m_error; }

    // Empty when no command was named (then --help, --version or nothing was asked).
    QString commandName() const { return m_command; }
    // The arguments after the command.
    QStringList arguments() const { return m_arguments; }
    bool isSet(const QString &option) const { return m_parser.isSet(option); }
    QString value(const QString &option) const { return m_parser.value(option); }

    bool helpRequested() const { return m_parser.isSet(QStringLiteral("help")); }
    bool versionRequested() const { return m_parser.isSet(QStringLiteral("version")); }
    bool manPageRequested() const { return m_parser.isSet(QStringLiteral("man-page")); }
    // --completion SHELL (the build writes the completions with it); empty when not asked.
    QString completionRequested() const { return m_parser.value(QStringLiteral("completion")); }
    // --complete-servers: the completions ask it for the saved servers' names.
    bool serverNamesRequested() const { return m_parser.isSet(QStringLiteral("complete-servers")); }

    // The help of the program (no command), or of one command.
    static QString helpText(const QString &commandName = {});
    // The manual page, in roff (man(7)), in the current language.
    static QString manPage();
    // The completion script for bash, zsh or fish (Completion.cpp); empty for another shell.
    static QString completion(const QString &shell);

private:
    QCommandLineParser m_parser;
    QString m_command;
    QStringList m_arguments;
    QString m_error;
};
