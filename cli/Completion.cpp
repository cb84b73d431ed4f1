// Shell completion for knetik-tokens (bash, zsh, fish), written by the program itself
// (--completion SHELL, run at build time) from the table that drives its --help and manual page,
// so that the three cannot drift from it. Saved server names are asked of the program when
// completing (--complete-servers: the names only, from the console's settings).
#include "CommandLine.h"
#include "ManPage.h"

namespace {

enum class Values { None, Servers, Files, Words };

struct ValueHint
{
    Values kind = Values::None;
    QStringList words; // Values::Words
};

// What an option's value completes to, by its name (the same name in every command).
ValueHint valueHint(const QCommandLineOption &option)
{
    const QString name = option.names().constLast();
    if (name == QLatin1String("server"))
        return {Values::Servers, {}};
    if (name == QLatin1String("from-file") || name == QLatin1String("output")
        || name == QLatin1String("ca-file"))
        return {Values::Files, {}};
    if (name == QLatin1String("format"))
        return {Values::Words,
                {QStringLiteral("table"), QStringLiteral("tsv"), QStringLiteral("csv"),
                 QStringLiteral("json"), QStringLiteral("jsonl")}};
    if (name == QLatin1String("outcome"))
        return {Values::Words,
                {QStringLiteral("revoked"), QStringLiteral("already-gone"),
                 QStringLiteral("failed"), QStringLiteral("unknown"), QStringLiteral("not-sent")}};
    if (name == QLatin1String("by"))
        return {Values::Words, {QStringLiteral("client"), QStringLiteral("user")}};
    if (name == QLatin1String("lang"))
        return {Values::Words, {QStringLiteral("de"), QStringLiteral("en")}};
    return {};
}

bool shown(const QCommandLineOption &option)
{
    return !(option.flags() & QCommandLineOption::HiddenFromHelp);
}

bool takesValue(const QCommandLineOption &option)
{
    return !option.valueName().isEmpty();
}

// The first sentence of a description ("e.g." does not end one), at most about 80 characters:
// what a menu of completions has room for.
QString firstSentence(const QString &text)
{
    QString out = text;
    qsizetype end = out.indexOf(QLatin1String(". "));
    while (end >= 0 && out.mid(end - 3, 4) == QLatin1String("e.g."))
        end = out.indexOf(QLatin1String(". "), end + 2);
    if (end >= 0)
        out.truncate(end);
    if (out.endsWith(QLatin1Char('.')))
        out.chop(1);
    if (out.size() > 80) {
        out.truncate(out.lastIndexOf(QLatin1Char(' '), 77));
        out += QStringLiteral("...");
    }
    return out;
}

// A single-quoted shell word.
QString quoted(QString text)
{
    text.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + text + QLatin1Char('\'');
}

QString header(const QString &shell)
{
    return QStringLiteral("# %1 completion for %2, written by \"%2 --completion %1\" from the "
                          "table of its --help.\n")
        .arg(shell, CommandLine::program());
}

QStringList optionWords(const QList<QCommandLineOption> &options, bool withValue)
{
    QStringList words;
    for (const QCommandLineOption &option : options) {
        if (!shown(option) || takesValue(option) != withValue)
            continue;
        for (const QString &name : option.names())
            words.append(ManPage::typedName(name));
    }
    return words;
}

QString bash()
{
    const QString program = CommandLine::program();
    const QString function = QStringLiteral("_knetik_tokens");
    QString out = header(QStringLiteral("bash"));
    out += function + QStringLiteral("()\n{\n");
    // bash splits "--server=NAME" into "--server", "=" and "NAME": the option before the "=".
    out += QStringLiteral("    local cur=${COMP_WORDS[COMP_CWORD]} prev=\"\" command=\"\" i\n"
                          "    ((COMP_CWORD > 0)) && prev=${COMP_WORDS[COMP_CWORD - 1]}\n"
                          "    if [[ $cur == = ]]; then\n"
                          "        cur=\"\"\n"
                          "    elif [[ $prev == = ]] && ((COMP_CWORD > 1)); then\n"
                          "        prev=${COMP_WORDS[COMP_CWORD - 2]}\n"
                          "    fi\n"
                          "    COMPREPLY=()\n");
    // The command: the first word that is neither an option nor a global option's value.
    out += QStringLiteral("    for ((i = 1; i < COMP_CWORD; i++)); do\n"
                          "        [[ ${COMP_WORDS[i + 1]} == = ]] && { ((i += 2)); continue; }\n"
                          "        case ${COMP_WORDS[i]} in\n");
    const QStringList globalValued = optionWords(CommandLine::globalOptions(), true);
    if (!globalValued.isEmpty())
        out += QStringLiteral("        %1) ((i++)) ;;\n").arg(globalValued.join(QLatin1Char('|')));
    out += QStringLiteral("        -*) ;;\n"
                          "        *) command=${COMP_WORDS[i]}; break ;;\n"
                          "        esac\n"
                          "    done\n");
    // The value of the option before the cursor.
    QList<QCommandLineOption> all = CommandLine::globalOptions();
    for (const CommandLine::Command &c : CommandLine::commands())
        all += c.options;
    QStringList seen;
    out += QStringLiteral("    case $prev in\n");
    for (const QCommandLineOption &option : std::as_const(all)) {
        if (!shown(option) || !takesValue(option))
            continue;
        QStringList names;
        for (const QString &name : option.names()) {
            if (!seen.contains(ManPage::typedName(name)))
                names.append(ManPage::typedName(name));
        }
        if (names.isEmpty())
            continue;
        seen += names;
        const ValueHint hint = valueHint(option);
        out += QStringLiteral("    %1)\n").arg(names.join(QLatin1Char('|')));
        switch (hint.kind) {
        case Values::Servers:
            // Names may hold spaces: one per line, quoted for the command line.
            out += QStringLiteral("        local name quoted\n"
                                  "        while IFS= read -r name; do\n"
                                  "            quoted=$(printf '%q' \"$name\")\n"
                                  "            [[ $name == \"$cur\"* || $quoted == \"$cur\"* ]] "
                                  "&& COMPREPLY+=(\"$quoted\")\n"
                                  "        done < <(\"$1\" --complete-servers 2>/dev/null)\n"
                                  "        return ;;\n");
            break;
        case Values::Files:
            out += QStringLiteral("        compopt -o filenames 2>/dev/null\n"
                                  "        mapfile -t COMPREPLY < <(compgen -f -- \"$cur\")\n"
                                  "        return ;;\n");
            break;
        case Values::Words:
            out += QStringLiteral("        mapfile -t COMPREPLY < <(compgen -W %1 -- \"$cur\")\n"
                                  "        return ;;\n")
                       .arg(quoted(hint.words.join(QLatin1Char(' '))));
            break;
        case Values::None:
            out += QStringLiteral("        return ;;\n");
            break;
        }
    }
    out += QStringLiteral("    esac\n");
    const QStringList global = optionWords(CommandLine::globalOptions(), false)
        + optionWords(CommandLine::globalOptions(), true);
    QStringList commandNames;
    for (const CommandLine::Command &c : CommandLine::commands())
        commandNames.append(c.name);
    out += QStringLiteral("    local words\n    case $command in\n");
    out += QStringLiteral("    \"\") words=%1 ;;\n")
               .arg(quoted((commandNames + global).join(QLatin1Char(' '))));
    for (const CommandLine::Command &c : CommandLine::commands()) {
        const QStringList own
            = optionWords(c.options, false) + optionWords(c.options, true) + global;
        out += QStringLiteral("    %1) words=%2 ;;\n")
                   .arg(c.name, quoted(own.join(QLatin1Char(' '))));
    }
    out += QStringLiteral("    *) return ;;\n    esac\n");
    // After a command: its options when the word starts with a dash, else nothing (revoke's
    // pairs and the like are the admin's to type).
    out += QStringLiteral("    if [[ -n $command && $cur != -* ]]; then\n"
                          "        return\n"
                          "    fi\n"
                          "    mapfile -t COMPREPLY < <(compgen -W \"$words\" -- \"$cur\")\n"
                          "}\n");
    out += QStringLiteral("complete -F %1 %2\n").arg(function, program);
    return out;
}

// A zsh _arguments specification of one option name.
QString zshSpec(const QCommandLineOption &option, const QString &name)
{
    QString description = firstSentence(option.description());
    description.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    description.replace(QLatin1Char('['), QLatin1String("\\["));
    description.replace(QLatin1Char(']'), QLatin1String("\\]"));
    QString spec = ManPage::typedName(name);
    if (takesValue(option))
        spec += name.size() == 1 ? QStringLiteral("+") : QStringLiteral("=");
    spec += QLatin1Char('[') + description + QLatin1Char(']');
    if (takesValue(option)) {
        QString message = option.valueName();
        message.replace(QLatin1Char(':'), QLatin1String("\\:"));
        const ValueHint hint = valueHint(option);
        QString action;
        switch (hint.kind) {
        case Values::Servers:
            action = QStringLiteral("_knetik_tokens_servers");
            break;
        case Values::Files:
            action = QStringLiteral("_files");
            break;
        case Values::Words:
            action = QLatin1Char('(') + hint.words.join(QLatin1Char(' ')) + QLatin1Char(')');
            break;
        case Values::None:
            action = QStringLiteral(" ");
            break;
        }
        spec += QLatin1Char(':') + message + QLatin1Char(':') + action;
    }
    return quoted(spec);
}

QString zshSpecs(const QList<QCommandLineOption> &options)
{
    QStringList specs;
    for (const QCommandLineOption &option : options) {
        if (!shown(option))
            continue;
        for (const QString &name : option.names())
            specs.append(QStringLiteral("        ") + zshSpec(option, name));
    }
    return specs.join(QLatin1Char('\n'));
}

QString zsh()
{
    const QString program = CommandLine::program();
    QString out = QStringLiteral("#compdef %1\n").arg(program) + header(QStringLiteral("zsh"));
    out += QStringLiteral("_knetik_tokens_servers()\n{\n"
                          "    local -a servers\n"
                          "    servers=(${(f)\"$(${words[1]:-%1} --complete-servers "
                          "2>/dev/null)\"})\n"
                          "    _wanted servers expl 'saved server' compadd -a servers\n"
                          "}\n\n")
               .arg(program);
    out += QStringLiteral("_knetik_tokens()\n{\n"
                          "    local curcontext=$curcontext state line\n"
                          "    local -a global commands\n"
                          "    global=(\n")
        + zshSpecs(CommandLine::globalOptions()) + QStringLiteral("\n    )\n");
    out += QStringLiteral("    commands=(\n");
    for (const CommandLine::Command &c : CommandLine::commands()) {
        QString summary = firstSentence(c.summary);
        summary.replace(QLatin1Char(':'), QLatin1String("\\:"));
        out += QStringLiteral("        ") + quoted(c.name + QLatin1Char(':') + summary)
            + QLatin1Char('\n');
    }
    out += QStringLiteral(
        "    )\n"
        "    _arguments -C $global '1:command:->command' '*::argument:->argument'\n"
        "    case $state in\n"
        "    command) _describe -t commands command commands ;;\n"
        "    argument)\n"
        "        case $line[1] in\n");
    for (const CommandLine::Command &c : CommandLine::commands()) {
        out += QStringLiteral("        %1) _arguments $global \\\n").arg(c.name)
            + zshSpecs(c.options).replace(QLatin1Char('\n'), QLatin1String(" \\\n"))
            + QStringLiteral(" \\\n        '*: :_default' ;;\n");
    }
    out += QStringLiteral("        esac ;;\n"
                          "    esac\n"
                          "}\n\n"
                          "_knetik_tokens \"$@\"\n");
    return out;
}

QString fishLine(const QCommandLineOption &option, const QString &condition)
{
    const QString program = CommandLine::program();
    QString line = QStringLiteral("complete -c %1").arg(program);
    if (!condition.isEmpty())
        line += QStringLiteral(" -n ") + quoted(condition);
    for (const QString &name : option.names())
        line += (name.size() == 1 ? QStringLiteral(" -s ") : QStringLiteral(" -l ")) + name;
    if (takesValue(option)) {
        const ValueHint hint = valueHint(option);
        switch (hint.kind) {
        case Values::Servers:
            line += QStringLiteral(" -x -a ")
                + quoted(QStringLiteral("(%1 --complete-servers 2>/dev/null)").arg(program));
            break;
        case Values::Files:
            line += QStringLiteral(" -r -F");
            break;
        case Values::Words:
            line += QStringLiteral(" -x -a ") + quoted(hint.words.join(QLatin1Char(' ')));
            break;
        case Values::None:
            line += QStringLiteral(" -x");
            break;
        }
    }
    line += QStringLiteral(" -d ") + quoted(firstSentence(option.description()));
    return line + QLatin1Char('\n');
}

QString fish()
{
    const QString program = CommandLine::program();
    QString out = header(QStringLiteral("fish"));
    QStringList commandNames;
    for (const CommandLine::Command &c : CommandLine::commands())
        commandNames.append(c.name);
    const QString noCommand
        = QStringLiteral("not __fish_seen_subcommand_from ") + commandNames.join(QLatin1Char(' '));
    out += QStringLiteral("complete -c %1 -f\n").arg(program);
    for (const CommandLine::Command &c : CommandLine::commands()) {
        out += QStringLiteral("complete -c %1 -n %2 -a %3 -d %4\n")
                   .arg(program, quoted(noCommand), c.name, quoted(firstSentence(c.summary)));
    }
    for (const QCommandLineOption &option : CommandLine::globalOptions()) {
        if (shown(option))
            out += fishLine(option, QString());
    }
    for (const CommandLine::Command &c : CommandLine::commands()) {
        for (const QCommandLineOption &option : c.options) {
            if (shown(option))
                out += fishLine(option, QStringLiteral("__fish_seen_subcommand_from ") + c.name);
        }
    }
    return out;
}

} // namespace

QString CommandLine::completion(const QString &shell)
{
    if (shell == QLatin1String("bash"))
        return bash();
    if (shell == QLatin1String("zsh"))
        return zsh();
    if (shell == QLatin1String("fish"))
        return fish();
    return {};
}
