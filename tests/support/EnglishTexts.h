#pragma once

#include <QCoreApplication>
#include <QTranslator>

// The English translation, as the console loads it: the source texts write plurals as
// "token(s)", and only the translation turns them into "1 token" and "2 tokens". Tests that
// check what an admin reads install it (the .qm files are built beside the program).
inline bool installEnglishTexts()
{
    static QTranslator translator;
    if (!translator.isEmpty())
        return true;
    return translator.load(QStringLiteral(KNETIK_QM_DIR "/knetik_en.qm"))
        && QCoreApplication::installTranslator(&translator);
}
