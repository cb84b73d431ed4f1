#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

QLocale Translations::requested(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg = argv[i];
        if (arg.startsWith("--lang="))
            return QLocale(QString::fromLocal8Bit(arg.mid(7)));
        if (arg == "--lang" && i + 1 < argc)
            return QLocale(QString::fromLocal8Bit(argv[i + 1]));
    }
    return QLocale();
}

void Translations::install(QCoreApplication &app, const QLocale &locale)
{
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto *translator = new QTranslator(&app);
    if (translator->load(locale, QStringLiteral("knetik"), QStringLiteral("_"),
                         QStringLiteral(":/i18n"))
        || translator->load(QStringLiteral(":/i18n/knetik_en")))
        QCoreApplication::installTranslator(translator);
}
