#include "SignedOutPage.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

SignedOutPage::SignedOutPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("signedOutPage"));
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("You are not signed in."), this);
    label->setObjectName(QStringLiteral("signedOutLabel"));
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    QFont bigger = label->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.2);
    label->setFont(bigger);
    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("signedOutDetail"));
    m_detail->setAlignment(Qt::AlignCenter);
    m_detail->setWordWrap(true);
    auto *signIn = new QPushButton(tr("Sign In..."), this);
    signIn->setObjectName(QStringLiteral("signedOutSignInButton"));
    connect(signIn, &QPushButton::clicked, this, &SignedOutPage::signInRequested);
    layout->addStretch();
    layout->addWidget(label);
    layout->addWidget(m_detail);
    layout->addWidget(signIn, 0, Qt::AlignHCenter);
    layout->addStretch();
}

void SignedOutPage::setDetail(const QString &text)
{
    m_detail->setText(text);
}
