#pragma once

#include <QWidget>

class QLabel;

// What the window shows before sign-in and after Sign Out, instead of an empty table: that no
// one is signed in, why (the session status), and a Sign In button.
class SignedOutPage : public QWidget
{
    Q_OBJECT

public:
    explicit SignedOutPage(QWidget *parent = nullptr);
    void setDetail(const QString &text);

signals:
    void signInRequested();

private:
    QLabel *m_detail;
};
