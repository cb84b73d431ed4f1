#pragma once

#include <QLocale>

class QCoreApplication;

// The language of a program's texts, shared by knetik-token-console and knetik-tokens: both
// carry the same translations (qt_add_translations embeds them under :/i18n).
namespace Translations {

// The locale asked for with --lang CODE or --lang=CODE, else the system's. It must be known
// before the command-line parser's own texts are translated, so it is read from argv.
QLocale requested(int argc, char *argv[]);
// Installs Qt's own translation and ours for locale; English is the fallback, as it holds the
// plural forms ("1 token", "2 tokens") that the source texts write as "token(s)".
void install(QCoreApplication &app, const QLocale &locale);

} // namespace Translations
