#pragma once

#include <QLineEdit>
#include <QTimer>

// A filter field: applies after a pause in typing, at once on Enter, and Esc clears it
// (DB4S FilterLineEdit). filterChanged() is emitted only when the text differs from the last
// text it announced.
class FilterLineEdit : public QLineEdit
{
    Q_OBJECT

public:
    static constexpr int DebounceMs = 300;

    explicit FilterLineEdit(QWidget *parent = nullptr);

    QString appliedText() const { return m_applied; }
    // Sets the text and its applied value without announcing it (restoring state).
    void setAppliedText(const QString &text);

signals:
    void filterChanged(const QString &text);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void apply();

    QTimer m_debounce;
    QString m_applied;
};
