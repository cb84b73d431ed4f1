#pragma once

#include <QCoreApplication>

class QWidget;

// Help > About: the version, the Qt it was built with and runs on, and where the documentation
// is (installed beside the program, or in the source tree of a build).
class AboutBox
{
    Q_DECLARE_TR_FUNCTIONS(AboutBox)

public:
    static void show(QWidget *parent);
};
