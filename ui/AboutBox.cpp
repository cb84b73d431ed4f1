#include "AboutBox.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QUrl>

void AboutBox::show(QWidget *parent)
{
    // The documentation: installed beside the program, or in the source tree of a build.
    QString docs;
    for (const QString &candidate :
         {QStringLiteral(KNETIK_DOC_DIR "/README.md"),
          QDir(QApplication::applicationDirPath()).filePath(QStringLiteral("../README.md"))}) {
        if (QFileInfo::exists(candidate)) {
            docs = QFileInfo(candidate).canonicalFilePath();
            break;
        }
    }
    QMessageBox box(parent);
    box.setObjectName(QStringLiteral("aboutBox"));
    box.setWindowTitle(tr("About Knetik Token Console"));
    box.setIconPixmap(parent->windowIcon().pixmap(64, 64));
    box.setTextFormat(Qt::RichText);
    QString text
        = tr("<p><b>Knetik Token Console</b> %1</p>"
             "<p>Browse and revoke the OAuth access tokens of a Knetik platform server.</p>"
             "<p>Built with Qt %2, running on Qt %3.</p>"
             "<p>Licensed under the MIT License.</p>")
              .arg(QApplication::applicationVersion().toHtmlEscaped(),
                   QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()));
    if (!docs.isEmpty())
        text += tr("<p>Documentation: <a href=\"%1\">%2</a></p>")
                    .arg(QUrl::fromLocalFile(docs).toString(QUrl::FullyEncoded).toHtmlEscaped(),
                         QDir::toNativeSeparators(docs).toHtmlEscaped());
    box.setText(text);
    box.setTextInteractionFlags(Qt::TextBrowserInteraction);
    QPushButton *aboutQt = box.addButton(tr("About &Qt"), QMessageBox::HelpRole);
    box.addButton(QMessageBox::Close);
    box.exec();
    if (box.clickedButton() == aboutQt)
        QApplication::aboutQt();
}
