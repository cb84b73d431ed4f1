#include "CommandLine.h"

#include "BuildInfo.h"
#include "ManPage.h"

namespace {

QCommandLineOption valueOption(const QString &name, const QString &description,
                               const QString &valueName)
{
    return QCommandLineOption(name, description, valueName);
}

QCommandLineOption flagOption(const QString &name, const QString &description)
{
    return QCommandLineOption(name, description);
}

// "-o, --output FILE" as a help line shows it.
QString optionSyntax(const QCommandLineOption &option)
{
    const QStringList names = ManPage::typedNames(option);
    QString syntax = names.join(QStringLiteral(", "));
    if (!option.valueName().isEmpty())
        syntax += QLatin1Char(' ') + option.valueName();
    return syntax;
}

// Words of text on lines of at most width characters, each line starting with indent.
QString wrapped(const QString &text, int indent, int width = 79)
{
    QString out;
    QString line;
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (!line.isEmpty() && indent + line.size() + 1 + word.size() > width) {
            out += QString(indent, QLatin1Char(' ')) + line + QLatin1Char('\n');
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty())
        out += QString(indent, QLatin1Char(' ')) + line + QLatin1Char('\n');
    return out;
}

QString optionLines(const QList<QCommandLineOption> &options)
{
    QString out;
    for (const QCommandLineOption &option : options) {
        if (option.flags() & QCommandLineOption::HiddenFromHelp)
            continue;
        const QString syntax = QStringLiteral("  ") + optionSyntax(option);
        QString description = wrapped(option.description(), 26);
        if (syntax.size() < 25)
            description.replace(0, syntax.size(), syntax);
        else
            description.prepend(syntax + QLatin1Char('\n'));
        out += description;
    }
    return out;
}

} // namespace

const QList<QCommandLineOption> &CommandLine::globalOptions()
{
    static const QList<QCommandLineOption> options = [] {
        QList<QCommandLineOption> list {
            valueOption(QStringLiteral("server"),
                        tr("A server saved in the console (File > Servers), by its name. Its "
                           "address, its environment (a production server asks for its name "
                           "before a revocation) and its CA file apply."),
                        tr("NAME")),
            valueOption(QStringLiteral("base-url"),
                        tr("The server's address (https://...). A server saved at that address "
                           "applies as with --server. Without --server and --base-url: the server "
                           "whose session the console remembered (revoke needs one of them)."),
                        tr("URL")),
            flagOption(QStringLiteral("token-stdin"),
                       tr("Read the access token from the first line of standard input (needs "
                          "--server or --base-url). Without it, the session the console "
                          "remembered for the server in the system keychain is used. A token is "
                          "never taken from an argument or an environment variable.")),
            valueOption(QStringLiteral("ca-file"),
                        tr("Also trust the CA certificates in this PEM file, for this server only "
                           "(TLS errors are never ignored)."),
                        tr("FILE")),
            valueOption(QStringLiteral("format"),
                        tr("How results are written: table (the default on a terminal), tsv (the "
                           "default otherwise), csv or json. export writes csv (the default) or "
                           "jsonl."),
                        tr("FORMAT")),
            valueOption(QStringLiteral("lang"), tr("The language of the messages, e.g. de or en."),
                        tr("CODE")),
            QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")},
                               tr("Show the help of the program, or of the command before it.")),
            QCommandLineOption({QStringLiteral("v"), QStringLiteral("version")},
                               tr("Show the version.")),
        };
        QCommandLineOption manPage(QStringLiteral("man-page"), QStringLiteral("internal"));
        manPage.setFlags(QCommandLineOption::HiddenFromHelp); // the build writes the manual with it
        list.append(manPage);
        QCommandLineOption completion(QStringLiteral("completion"), QStringLiteral("internal"),
                                      QStringLiteral("SHELL"));
        completion.setFlags(QCommandLineOption::HiddenFromHelp); // and the shell completions
        list.append(completion);
        QCommandLineOption serverNames(QStringLiteral("complete-servers"),
                                       QStringLiteral("internal"));
        serverNames.setFlags(QCommandLineOption::HiddenFromHelp); // which they run
        list.append(serverNames);
        return list;
    }();
    return options;
}

const QList<CommandLine::Command> &CommandLine::commands()
{
    static const QList<Command> list = [] {
        const QCommandLineOption order = valueOption(
            QStringLiteral("order"),
            tr("The server's sort, e.g. username:asc,client_id:desc (the default: username:asc)."),
            tr("ORDER"));
        const QCommandLineOption userFilter = valueOption(
            QStringLiteral("user"),
            tr("Only tokens whose username contains TEXT (ignoring case, as the server filters)."),
            tr("TEXT"));
        const QCommandLineOption clientFilter = valueOption(
            QStringLiteral("client"),
            tr("Only tokens whose client id contains TEXT (ignoring case, as the server "
               "filters)."),
            tr("TEXT"));
        const QCommandLineOption includeUnmatched = flagOption(
            QStringLiteral("include-unmatched"),
            tr("Also write the rows the server listed that do not match --user and --client (a "
               "server that ignores a filter). Without it they are left out, counted on "
               "standard error, and the exit code is 1."));
        return QList<Command> {
            {QStringLiteral("list"),
             QString(),
             tr("List tokens, a page at a time or all of them."),
             tr("Lists the (username, client id) pairs that have a token, as the console's table "
                "does. The list endpoint never returns a token's value."),
             {userFilter, clientFilter, order,
              valueOption(QStringLiteral("page"), tr("The page to show, from 1 (the default: 1)."),
                          tr("N")),
              valueOption(QStringLiteral("size"),
                          tr("Tokens per page, 1 to 1000 (the default: 25)."), tr("N")),
              flagOption(QStringLiteral("all"),
                         tr("Every page, read several at once (instead of --page and "
                            "--size). Exit code 1 when the server's pages do not add up to a "
                            "complete list (it says why).")),
              includeUnmatched}},
            {QStringLiteral("get"),
             tr("USERNAME CLIENT_ID"),
             tr("Show one token."),
             tr("Shows the token of one (username, client id) pair. Its value is masked (eight "
                "bullets and its last four characters) unless --show-token is given. Exit code "
                "1 when the pair has no token."),
             {flagOption(QStringLiteral("show-token"), tr("Show the token's value in full."))}},
            {QStringLiteral("export"),
             QString(),
             tr("Write every matching token to a file, as the console exports."),
             tr("Writes every (username, client id) pair that matches the filters as CSV (with a "
                "header; a leading = + - @ gets an apostrophe, so that a spreadsheet does not run "
                "it) or JSON Lines, reading the pages several at once. A file appears only when "
                "the export is complete: every page read and the server's pages adding up to its "
                "total (else exit code 1, saying why)."),
             {userFilter, clientFilter, order, includeUnmatched,
              QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")},
                                 tr("Write to FILE instead of standard output."), tr("FILE"))}},
            {QStringLiteral("revoke"),
             tr("[USERNAME CLIENT_ID]..."),
             tr("Revoke tokens: pairs, the lines of a file, or every token of a user or client."),
             tr("Revokes the tokens of the pairs given as arguments, of the lines of a file "
                "(--from-file), or every token of one user (--user) or one client (--client). "
                "It first says what it will revoke and how many tokens that is, then asks: on a "
                "terminal for that number (a user's or client's name for --user and --client); "
                "otherwise --yes must give it. Each target's outcome is reported (revoked, "
                "already gone, failed, unknown, not sent) and written to the console's "
                "revocation journal. Ctrl+C sends nothing more and reports what was on the "
                "wire."),
             {valueOption(QStringLiteral("from-file"),
                          tr("Revoke what the lines of FILE name, in the format of the console's "
                             "Revoke From List (a username, client:ID, or a username and a "
                             "client id separated by a tab or a comma, per line); each line is "
                             "matched exactly against the server's tokens first. - reads "
                             "standard input."),
                          tr("FILE")),
              valueOption(QStringLiteral("user"),
                          tr("Every token of the user NAME, exactly (one DELETE with the "
                             "username only)."),
                          tr("NAME")),
              valueOption(QStringLiteral("client"),
                          tr("Every token of the client ID, exactly (one DELETE with the client "
                             "id only)."),
                          tr("ID")),
              valueOption(QStringLiteral("yes"),
                          tr("Confirm without asking: the exact number of tokens that will be "
                             "revoked, or for --user and --client the name given there (on a "
                             "production server the number there too, as the console asks). "
                             "Anything else refuses."),
                          tr("N|NAME")),
              valueOption(QStringLiteral("confirm-server"),
                          tr("The server's name, which a production server (and a server that "
                             "is not saved and not on this computer) needs typed before a "
                             "revocation, as the console asks for it."),
                          tr("NAME")),
              flagOption(QStringLiteral("dry-run"),
                         tr("Say what would be revoked and print each DELETE that would be sent, "
                            "in the order it would be sent; send no DELETE (the tokens are still "
                            "read, to count them and to find the token this program signs in "
                            "with).")),
              flagOption(QStringLiteral("no-verify"),
                         tr("Do not check what the server answered as revoked. By default each "
                            "such pair is read again (a user or client: its tokens are counted "
                            "again) and one still there is reported failed; the console's Tokens "
                            "> Verify Revocations turned off has the same effect."))}},
            {QStringLiteral("history"),
             QString(),
             tr("Show the revocation journal."),
             tr("Shows the lines of the revocation journal that the console and this program "
                "write (intents, outcomes, and list lines), oldest first. Nothing is sent to any "
                "server; --server and --base-url select the lines of that server."),
             {valueOption(QStringLiteral("user"), tr("Only lines of the username NAME, exactly."),
                          tr("NAME")),
              valueOption(QStringLiteral("client"), tr("Only lines of the client id ID, exactly."),
                          tr("ID")),
              valueOption(QStringLiteral("since"),
                          tr("Only lines from DATE on (YYYY-MM-DD, local time, or an ISO 8601 "
                             "date and time)."),
                          tr("DATE")),
              valueOption(QStringLiteral("until"),
                          tr("Only lines before the end of DATE (or before that date and time)."),
                          tr("DATE")),
              valueOption(QStringLiteral("outcome"),
                          tr("Only outcome lines of this kind: revoked, already-gone, failed, "
                             "unknown or not-sent."),
                          tr("KIND"))}},
            {QStringLiteral("stats"),
             QString(),
             tr("Count tokens per client and per user, and find the outliers."),
             tr("Reads every token that matches the filters, as export does (the read proved "
                "complete, else no figures and exit code 1), and counts them: per client and "
                "per user (the largest named, the rest as others), users by number of tokens "
                "(1, 2-5, 6-20, 21-100, 101-1,000, more), and the outliers: users and clients "
                "holding more than 10 times the median and at least 20 tokens. Only counts are "
                "kept, never the rows. --format json gives every figure as one object; tsv and "
                "csv a row per figure (section, name, count)."),
             {userFilter, clientFilter,
              valueOption(QStringLiteral("by"),
                          tr("Only the counts per client, or per user (the default: both)."),
                          tr("client|user")),
              valueOption(QStringLiteral("top"),
                          tr("How many clients and users to name, largest first (the default: "
                             "20; the rest are counted as others)."),
                          tr("N"))}},
        };
    }();
    return list;
}

const CommandLine::Command *CommandLine::command(const QString &name)
{
    for (const Command &c : commands()) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

QList<QPair<int, QString>> CommandLine::exitCodes()
{
    return {
        {0, tr("Everything was done (for revoke: every target revoked or already gone).")},
        {1,
         tr("Some targets failed: a token that could not be revoked, whose outcome is "
            "unknown, or that was not sent; get of a pair without a token.")},
        {2,
         tr("Usage: a wrong option or argument, or a revocation that was not confirmed "
            "(nothing was sent).")},
        {3,
         tr("Authentication: no token, a token the server refuses (401), or one without "
            "the TOKENS_ADMIN permission (403).")},
        {4,
         tr("Network or server: unreachable, TLS failure, time-out, a server error or an "
            "answer the program cannot read.")},
        {130,
         tr("Interrupted with Ctrl+C (for revoke: after reporting every target's "
            "outcome).")},
    };
}

bool CommandLine::parse(const QStringList &arguments)
{
    // The command is the first argument that is neither an option nor a global option's value.
    QString commandName;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments[i];
        if (arg == QLatin1String("--")) {
            m_error = tr("Name the command before “--”.");
            return false;
        }
        if (arg.startsWith(QLatin1Char('-')) && arg.size() > 1) {
            for (const QCommandLineOption &option : globalOptions()) {
                if (!option.valueName().isEmpty() && !arg.contains(QLatin1Char('='))
                    && option.names().contains(arg.mid(2)))
                    ++i; // its value
            }
            continue;
        }
        commandName = arg;
        break;
    }
    QList<QCommandLineOption> options = globalOptions();
    const Command *chosen = commandName.isEmpty() ? nullptr : command(commandName);
    if (!commandName.isEmpty() && !chosen) {
        m_error = tr("“%1” is not a command: use list, get, export, revoke, history or stats.")
                      .arg(commandName);
        return false;
    }
    if (chosen)
        options += chosen->options;
    m_parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    if (!m_parser.addOptions(options)) {
        m_error = QStringLiteral("internal: an option is defined twice");
        return false;
    }
    if (!m_parser.parse(arguments)) {
        m_error = m_parser.errorText();
        return false;
    }
    m_arguments = m_parser.positionalArguments();
    if (!m_arguments.isEmpty())
        m_command = m_arguments.takeFirst();
    if (m_command != commandName) {
        // An option of the command before it took the command as its value.
        m_error = tr("Name the command before its options (“%1 %2 --help”).")
                      .arg(program(), m_command.isEmpty() ? commandName : m_command);
        return false;
    }
    return true;
}

QString CommandLine::helpText(const QString &commandName)
{
    const QString program = CommandLine::program();
    QString out;
    if (const Command *c = command(commandName)) {
        out += tr("Usage: %1 %2 [options] %3").arg(program, c->name, c->arguments).trimmed()
            + QStringLiteral("\n\n");
        out += wrapped(c->description, 0) + QLatin1Char('\n');
        out += tr("Options:") + QLatin1Char('\n') + optionLines(c->options) + QLatin1Char('\n');
        out += tr("Global options:") + QLatin1Char('\n') + optionLines(globalOptions());
        return out;
    }
    out += tr("Usage: %1 [options] COMMAND [options] [arguments]").arg(program)
        + QStringLiteral("\n\n");
    out += wrapped(tr("The OAuth access tokens of a Knetik server from the command line: the "
                      "same core as Knetik Token Console, with its confirmations, outcomes and "
                      "journal."),
                   0)
        + QLatin1Char('\n');
    out += tr("Commands:") + QLatin1Char('\n');
    for (const Command &c : commands())
        out += QStringLiteral("  %1").arg(c.name, -10) + c.summary + QLatin1Char('\n');
    out += QLatin1Char('\n') + tr("Options:") + QLatin1Char('\n') + optionLines(globalOptions());
    out += QLatin1Char('\n') + tr("Exit codes:") + QLatin1Char('\n');
    for (const auto &[code, meaning] : exitCodes()) {
        QString line = wrapped(meaning, 8);
        line.replace(0, 8, QStringLiteral("  %1").arg(code, -6));
        out += line;
    }
    out += QLatin1Char('\n')
        + wrapped(tr("“%1 COMMAND --help” shows a command's options.").arg(program), 0);
    return out;
}

QString CommandLine::manPage()
{
    const QString program = CommandLine::program();
    QString out;
    out += QStringLiteral(".TH KNETIK-TOKENS 1 \"\" \"%1 %2\" \"User Commands\"\n")
               .arg(program, BuildInfo::version());
    out += QStringLiteral(".SH NAME\n%1 \\- %2\n")
               .arg(program,
                    ManPage::roff(tr("the OAuth access tokens of a Knetik server from the "
                                     "command line")));
    out += QStringLiteral(".SH SYNOPSIS\n.B %1\n[\\fIoptions\\fR] \\fICOMMAND\\fR "
                          "[\\fIoptions\\fR] [\\fIarguments\\fR]\n")
               .arg(program);
    out += QStringLiteral(".SH DESCRIPTION\n")
        + ManPage::roff(
               tr("%1 lists, exports and revokes the OAuth access tokens of a Knetik platform "
                  "server over the same core as Knetik Token Console: the same requests, "
                  "confirmations, per-token outcomes and revocation journal, and the servers "
                  "and sessions the console saved.")
                   .arg(program))
        + QLatin1Char('\n');
    out += QStringLiteral(".SH COMMANDS\n");
    for (const Command &c : commands()) {
        out += QStringLiteral(".SS \"%1 %2\"\n")
                   .arg(c.name, ManPage::roff(c.arguments))
                   .replace(QStringLiteral(" \"\n"), QStringLiteral("\"\n"));
        out += ManPage::roff(c.description) + QLatin1Char('\n') + ManPage::options(c.options);
    }
    out += QStringLiteral(".SH OPTIONS\n") + ManPage::options(globalOptions());
    out += QStringLiteral(".SH \"EXIT STATUS\"\n");
    for (const auto &[code, meaning] : exitCodes())
        out += QStringLiteral(".TP\n.B %1\n").arg(code) + ManPage::roff(meaning)
            + QLatin1Char('\n');
    out += QStringLiteral(".SH EXAMPLES\n.nf\n")
        + ManPage::roff(
               QStringLiteral("%1 --server Staging list --user ada\n"
                              "%1 --server Staging export -o tokens.csv\n"
                              "pass show knetik | %1 --base-url https://api.example.com "
                              "--token-stdin revoke ada web-app\n"
                              "%1 --server Staging revoke --from-file incident.txt --dry-run\n"
                              "%1 --server Staging revoke --user ada --yes=ada\n"
                              "%1 history --since 2026-11-01 --format csv")
                   .arg(program))
        + QStringLiteral("\n.fi\n");
    out += QStringLiteral(".SH FILES\n")
        + ManPage::roff(
               tr("The saved servers are read from the console's settings, a remembered session "
                  "from the system keychain (Secret Service); the revocation journal is the "
                  "console's (revocations.jsonl in its data folder). Nothing is written but "
                  "the journal."))
        + QLatin1Char('\n');
    out += QStringLiteral(".SH \"SEE ALSO\"\n\\fBknetik\\-token\\-console\\fR(1), "
                          "\\fBknetik\\-sandbox\\fR(1); ")
        + ManPage::roff(tr("the README in /usr/share/doc/knetik-token-console."))
        + QLatin1Char('\n');
    return out;
}
