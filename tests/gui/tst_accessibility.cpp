// Every control has an accessible name (what a screen reader says for it), in the main window
// and in every dialog; and a keyboard-only walk through browse, details and revoke works
// without the mouse.
#include "AuditJournal.h"
#include "BulkRevoker.h"
#include "EnglishTexts.h"
#include "FilterLineEdit.h"
#include "MainWindow.h"
#include "RevocationHistoryDialog.h"
#include "RevokeConfirmDialog.h"
#include "RevokeListDialog.h"
#include "RevokeProgressDialog.h"
#include "ServersDialog.h"
#include "SignInDialog.h"
#include "Tls.h"
#include "TokenDetailsDialog.h"
#include "WindowFixture.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QWindow>

#include <memory>

class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(installEnglishTexts()); }
    void init();
    void cleanup();

    void everyControlOfTheMainWindowHasAName();
    void everyControlOfEachDialogHasAName();
    void browseDetailsAndRevokeWithTheKeyboardOnly();
    void addAProductionServerWithTheKeyboardOnly();

private:
    // The controls a keyboard or screen reader user reaches that have no accessible name.
    static QStringList unnamed(QWidget *top);
    void press(int key, Qt::KeyboardModifiers modifiers = {})
    {
        QWidget *target = QApplication::focusWidget();
        QVERIFY2(target, "nothing has the focus");
        QTest::keyClick(target, Qt::Key(key), modifiers);
    }

    WindowFixture m_f;
};

void TestAccessibility::init()
{
    QVERIFY(m_f.start(60, 4));
}

void TestAccessibility::cleanup()
{
    m_f.stop();
}

QStringList TestAccessibility::unnamed(QWidget *top)
{
    QStringList missing;
    const QList<QWidget *> widgets = top->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisibleTo(top))
            continue;
        const bool reachable
            = (widget->focusPolicy() & Qt::TabFocus) || qobject_cast<QAbstractButton *>(widget);
        if (!reachable)
            continue;
        // The editor inside a spin box or an editable combo box is part of it: the screen
        // reader names the box (which is checked itself).
        if (qobject_cast<QAbstractSpinBox *>(widget->parentWidget())
            || qobject_cast<QComboBox *>(widget->parentWidget()))
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
        const QString name = iface ? iface->text(QAccessible::Name).trimmed() : QString();
        if (name.isEmpty()) {
            missing << QStringLiteral("%1 \"%2\" in %3")
                           .arg(QString::fromLatin1(widget->metaObject()->className()),
                                widget->objectName(),
                                widget->parentWidget() ? widget->parentWidget()->objectName()
                                                       : QString());
        }
    }
    return missing;
}

void TestAccessibility::everyControlOfTheMainWindowHasAName()
{
    // With text in the filters, their clear buttons show.
    auto *filter = m_f.window->findChild<FilterLineEdit *>(QStringLiteral("usernameFilterEdit"));
    QTest::keyClicks(filter, QStringLiteral("a"));
    auto *clientFilter
        = m_f.window->findChild<FilterLineEdit *>(QStringLiteral("clientIdFilterEdit"));
    QTest::keyClicks(clientFilter, QStringLiteral("a"));
    const QStringList missing = unnamed(m_f.window.get());
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1String("; "))));
}

void TestAccessibility::everyControlOfEachDialogHasAName()
{
    TrustingNetwork network;
    SignInDialog signIn(&network, m_f.window.get());
    signIn.show();
    QStringList missing = unnamed(&signIn);
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("sign-in: ") + missing.join(QLatin1String("; "))));

    const QList<TokenKey> keys {m_f.window->model()->keyAt(0), m_f.window->model()->keyAt(1)};
    RevokeConfirmDialog confirm(m_f.api.get(), RevokeConfirmDialog::Mode::Selection, keys, {},
                                std::nullopt, m_f.window.get());
    ServerProfile production = ServerProfile::unsaved(m_f.sandbox->url());
    production.id = ServerList::newId();
    production.name = QStringLiteral("EU Production");
    production.environment = ServerEnvironment::Production;
    confirm.setServer(production); // the server's name field shows too
    confirm.show();
    missing = unnamed(&confirm);
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("confirmation: ") + missing.join(QLatin1String("; "))));

    TokenDetailsDialog details(m_f.api.get(), keys.first(), m_f.window.get());
    details.show();
    QTest::qWait(200); // its value arrives
    missing = unnamed(&details);
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("details: ") + missing.join(QLatin1String("; "))));

    RevocationHistoryDialog history(m_f.journal->path(), m_f.window.get());
    history.show();
    missing = unnamed(&history);
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("history: ") + missing.join(QLatin1String("; "))));

    ServersDialog servers({production}, production.id, m_f.window.get());
    servers.show();
    missing = unnamed(&servers);
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("servers: ") + missing.join(QLatin1String("; "))));

    RevokeListDialog list(m_f.api.get(), m_f.window.get());
    list.show();
    missing = unnamed(&list);
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("list: ") + missing.join(QLatin1String("; "))));

    m_f.window->startRevocation({DeleteTarget::token(keys.first())});
    QTRY_VERIFY_WITH_TIMEOUT(m_f.window->revoker() && !m_f.window->revoker()->isRunning(), 10000);
    auto *progress = m_f.window->findChild<RevokeProgressDialog *>();
    QVERIFY(progress);
    missing = unnamed(progress);
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("progress: ") + missing.join(QLatin1String("; "))));
}

void TestAccessibility::browseDetailsAndRevokeWithTheKeyboardOnly()
{
    auto *table = m_f.window->findChild<QTableView *>(QStringLiteral("tokenTable"));
    m_f.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_f.window.get()));
    // Ctrl+F: the username filter; type, Enter applies it.
    const TokenKey target = m_f.window->model()->keyAt(3);
    QTest::keyClick(m_f.window.get(), Qt::Key_F, Qt::ControlModifier);
    auto *filter = m_f.window->findChild<FilterLineEdit *>(QStringLiteral("usernameFilterEdit"));
    QTRY_COMPARE(QApplication::focusWidget(), filter);
    QTest::keyClicks(filter, target.username);
    press(Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!m_f.window->model()->isLoading(), 10000);
    const int row = m_f.window->model()->rowOf(target);
    QVERIFY(row >= 0);
    // Tab to the client filter, Tab to the table; Down moves to the rows.
    int tabs = 0;
    while (QApplication::focusWidget() != table && tabs++ < 10)
        press(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), table);
    press(Qt::Key_Home, Qt::ControlModifier);
    for (int i = 0; i < row; ++i)
        press(Qt::Key_Down);
    QTRY_COMPARE(m_f.window->selectedKeys(), QList<TokenKey> {target});
    // Return: the details; Escape closes them.
    press(Qt::Key_Return);
    TokenDetailsDialog *details = nullptr;
    QTRY_VERIFY((details = m_f.window->findChild<TokenDetailsDialog *>()) && details->isVisible());
    QTRY_VERIFY(QApplication::activeWindow() == details);
    press(Qt::Key_Escape);
    QTRY_VERIFY(!m_f.window->findChild<TokenDetailsDialog *>()
                || !m_f.window->findChild<TokenDetailsDialog *>()->isVisible());
    QTRY_COMPARE(QApplication::focusWidget(), table);
    // Delete: the confirmation; Tab to Revoke, Space presses it.
    press(Qt::Key_Delete);
    RevokeConfirmDialog *confirm = nullptr;
    QTRY_VERIFY((confirm = m_f.window->findChild<RevokeConfirmDialog *>()) && confirm->isVisible());
    QTRY_VERIFY(QApplication::activeWindow() == confirm);
    auto *revoke = confirm->findChild<QPushButton *>(QStringLiteral("revokeButton"));
    tabs = 0;
    while (QApplication::focusWidget() != revoke && tabs++ < 10)
        press(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), revoke);
    press(Qt::Key_Space);
    QTRY_VERIFY_WITH_TIMEOUT(m_f.window->revoker() && !m_f.window->revoker()->isRunning(), 10000);
    QCOMPARE(m_f.window->revoker()->count(RevokeOutcome::Kind::Revoked), 1);
    QVERIFY(!m_f.sandbox->withStore(
        [&](TokenStore &s) { return s.find(target.username, target.clientId).has_value(); }));
}

// File > Servers... without the mouse: Tab to Add, Space, the name, Tab to the address, Tab to
// the environment, Return (OK).
void TestAccessibility::addAProductionServerWithTheKeyboardOnly()
{
    ServersDialog servers({}, {}, m_f.window.get());
    servers.open(); // as File > Servers... opens it
    QVERIFY(QTest::qWaitForWindowExposed(&servers));
    servers.windowHandle()->requestActivate();
    QTRY_COMPARE(QGuiApplication::focusWindow(), servers.windowHandle());
    QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("serverList"));
    press(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("addServerButton"));
    press(Qt::Key_Space);
    QCOMPARE(servers.servers().size(), 1);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("serverNameEdit"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Keyboard Prod"));
    press(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("serverUrlEdit"));
    press(Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("https://prod.invalid"));
    press(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("serverEnvironmentCombo"));
    press(Qt::Key_Up); // Production -> Test
    press(Qt::Key_Down); // and back
    press(Qt::Key_Return);
    QTRY_VERIFY(!servers.isVisible());
    QCOMPARE(servers.result(), int(QDialog::Accepted));
    QCOMPARE(servers.servers().size(), 1);
    QCOMPARE(servers.servers().first().name, QStringLiteral("Keyboard Prod"));
    QCOMPARE(servers.servers().first().baseUrl, QUrl(QStringLiteral("https://prod.invalid")));
    QCOMPARE(servers.servers().first().environment, ServerEnvironment::Production);
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
