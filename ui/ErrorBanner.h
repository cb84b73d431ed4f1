#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

// An inline message above the table, with Retry: errors interrupt nothing.
class ErrorBanner : public QFrame
{
    Q_OBJECT

public:
    explicit ErrorBanner(QWidget *parent = nullptr);

    void showMessage(const QString &message, bool canRetry = true);
    QString message() const;

signals:
    void retryRequested();

private:
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_retry;
    QToolButton *m_close;
};
