#pragma once

#include "Sandbox.h"
#include "SignInDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>

// Fills the sign-in dialog as an admin would and presses Sign In.
namespace SignInForm {

// A pasted access token (typed, as a paste would arrive).
inline void withToken(SignInDialog *dialog, const QString &server, const QString &token,
                      bool remember = false)
{
    dialog->findChild<QComboBox *>(QStringLiteral("serverCombo"))->setEditText(server);
    dialog->findChild<QTabWidget *>(QStringLiteral("methodTabs"))->setCurrentIndex(0);
    auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("tokenEdit"));
    edit->clear();
    QTest::keyClicks(edit, token);
    dialog->findChild<QCheckBox *>(QStringLiteral("rememberCheck"))->setChecked(remember);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("signInButton")),
                      Qt::LeftButton);
}

// The sandbox's admin user through the password grant (a known identity: admin@console).
inline void withSandboxAdminPassword(SignInDialog *dialog, const QString &server)
{
    dialog->findChild<QComboBox *>(QStringLiteral("serverCombo"))->setEditText(server);
    dialog->findChild<QTabWidget *>(QStringLiteral("methodTabs"))->setCurrentIndex(2);
    dialog->findChild<QLineEdit *>(QStringLiteral("passwordClientIdEdit"))
        ->setText(QString::fromLatin1(Sandbox::PublicClientId));
    dialog->findChild<QLineEdit *>(QStringLiteral("usernameEdit"))
        ->setText(QString::fromLatin1(Sandbox::AdminUsername));
    dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))
        ->setText(QString::fromLatin1(Sandbox::AdminPassword));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("signInButton")),
                      Qt::LeftButton);
}

} // namespace SignInForm
