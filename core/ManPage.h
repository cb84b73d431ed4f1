#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// Manual pages in roff (man(7)), written by each program from the options its --help shows
// (a hidden --man-page, run at build time), so that the page and the help cannot disagree.
namespace ManPage {

// "-o" or "--output": an option's name as it is typed.
QString typedName(const QString &name);
// Every name of an option as it is typed.
QStringList typedNames(const QCommandLineOption &option);
// Text for roff: backslashes and dashes escaped, a line never starting with a control character.
QString roff(QString text);
// The options as .TP entries ("\fB\-o\fR, \fB\-\-output\fR \fIFILE\fR" and the description);
// options hidden from --help are left out.
QString options(const QList<QCommandLineOption> &options);

struct Page
{
    QString program; // "knetik-sandbox"
    QString summary; // the NAME line after the dash
    QString synopsis; // roff, after the program's name: "[\fIoptions\fR]"
    QString description; // plain text, paragraphs separated by blank lines
    QList<QCommandLineOption> options;
    QList<QPair<QString, QString>> sections; // further sections: title, plain text
    QString seeAlso; // roff: "knetik\-tokens (1)"
};
// The whole page, section 1; the version from BuildInfo.
QString write(const Page &page);

} // namespace ManPage
