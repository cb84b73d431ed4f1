#include "ManPage.h"

#include "BuildInfo.h"

namespace ManPage {

namespace {

// Paragraphs of plain text, separated by .PP.
QString paragraphs(const QString &text)
{
    QStringList out;
    for (const QString &paragraph : text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts))
        out.append(roff(paragraph.simplified()));
    return out.join(QStringLiteral("\n.PP\n")) + QLatin1Char('\n');
}

} // namespace

QString typedName(const QString &name)
{
    return (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
}

QStringList typedNames(const QCommandLineOption &option)
{
    QStringList names;
    for (const QString &name : option.names())
        names.append(typedName(name));
    return names;
}

QString roff(QString text)
{
    text.replace(QLatin1Char('\\'), QLatin1String("\\e"));
    text.replace(QLatin1Char('-'), QLatin1String("\\-"));
    if (text.startsWith(QLatin1Char('.')) || text.startsWith(QLatin1Char('\'')))
        text.prepend(QLatin1String("\\&"));
    return text;
}

QString options(const QList<QCommandLineOption> &options)
{
    QString out;
    for (const QCommandLineOption &option : options) {
        if (option.flags() & QCommandLineOption::HiddenFromHelp)
            continue;
        QStringList names;
        for (const QString &name : typedNames(option))
            names.append(QStringLiteral("\\fB") + roff(name) + QStringLiteral("\\fR"));
        out += QStringLiteral(".TP\n") + names.join(QStringLiteral(", "));
        if (!option.valueName().isEmpty())
            out += QStringLiteral(" \\fI") + roff(option.valueName()) + QStringLiteral("\\fR");
        out += QLatin1Char('\n') + roff(option.description()) + QLatin1Char('\n');
    }
    return out;
}

QString write(const Page &page)
{
    QString out;
    out += QStringLiteral(".TH %1 1 \"\" \"%2 %3\" \"User Commands\"\n")
               .arg(page.program.toUpper(), page.program, BuildInfo::version());
    out += QStringLiteral(".SH NAME\n%1 \\- %2\n").arg(page.program, roff(page.summary));
    out += QStringLiteral(".SH SYNOPSIS\n.B %1\n%2\n").arg(page.program, page.synopsis);
    out += QStringLiteral(".SH DESCRIPTION\n") + paragraphs(page.description);
    out += QStringLiteral(".SH OPTIONS\n") + options(page.options);
    for (const auto &[title, text] : page.sections)
        out += QStringLiteral(".SH \"%1\"\n").arg(title) + paragraphs(text);
    if (!page.seeAlso.isEmpty())
        out += QStringLiteral(".SH \"SEE ALSO\"\n") + page.seeAlso + QLatin1Char('\n');
    return out;
}

} // namespace ManPage
