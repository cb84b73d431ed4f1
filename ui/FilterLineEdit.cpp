#include "FilterLineEdit.h"

#include <QAction>
#include <QKeyEvent>
#include <QToolButton>

FilterLineEdit::FilterLineEdit(QWidget *parent) : QLineEdit(parent)
{
    setClearButtonEnabled(true);
    // The clear button is Qt's own: it gets a name a screen reader can say.
    if (auto *clear = findChild<QAction *>(QStringLiteral("_q_qlineeditclearaction"))) {
        clear->setText(tr("Clear filter"));
        clear->setToolTip(tr("Clear filter (Escape)"));
    }
    for (QToolButton *button : findChildren<QToolButton *>())
        button->setAccessibleName(tr("Clear filter"));
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(DebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &FilterLineEdit::apply);
    connect(this, &QLineEdit::textEdited, this, [this] { m_debounce.start(); });
    // The clear button changes the text without textEdited.
    connect(this, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            apply();
    });
    connect(this, &QLineEdit::returnPressed, this, &FilterLineEdit::apply);
}

void FilterLineEdit::setAppliedText(const QString &text)
{
    const QSignalBlocker blocker(this);
    setText(text);
    m_applied = text;
}

void FilterLineEdit::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && !text().isEmpty()) {
        clear();
        apply();
        event->accept();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void FilterLineEdit::apply()
{
    m_debounce.stop();
    if (text() == m_applied)
        return;
    m_applied = text();
    emit filterChanged(m_applied);
}
