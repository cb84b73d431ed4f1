// Saved servers in the whole console: the migration of the recent servers and of the
// remembered session, the environment strip and title, the production guard, switching
// servers (also while a revocation is paused), the sign-in dialog's offer to save, and the
// servers dialog (edit, delete, import, export).
#include "AuditJournal.h"
#include "BulkRevoker.h"
#include "ConsoleController.h"
#include "CredentialStore.h"
#include "EnglishTexts.h"
#include "EnvironmentStrip.h"
#include "MainWindow.h"
#include "RevokeConfirmDialog.h"
#include "RevokeProgressDialog.h"
#include "Sandbox.h"
#include "ServersDialog.h"
#include "Session.h"
#include "Settings.h"
#include "SignInDialog.h"
#include "SignInForm.h"
#include "TokensApi.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestServers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(installEnglishTexts()); }
    void init();
    void cleanup();

    void recentServersAndTheRememberedSessionMoveToSavedServers();
    void eachEnvironmentShowsInTheStripAndTitle();
    void aProductionRevokeCannotBeConfirmedWithoutTheName();
    void aWideProductionRevokeNeedsTheNameAndTheCount();
    void aDevelopmentRevokeAsksForNoName();
    void switchingServersWhileARevocationIsPausedSendsNothingMore();
    void theSignInDialogFillsASavedServerAndOffersToSaveANewOne();
    void theServersDialogEditsDeletesAndRefusesInvalidServers();
    void importReportsBadEntriesAndLosesNothing();
    void anAddressChangeDropsTheRememberedSession();
    void aTokenIsNeverSentToAnotherAddressThanItsOwn();
    void signOutStopsASwitchUnderWay();
    void twoServersAtOneAddressMustAgreeOnTheEnvironment();
    void aServerNotSavedIsTreatedAsProductionUnlessLocal();
    void everyKindOfRevokeOnProductionAsksForTheName();
    void aRunConfirmedBeforeTheServerBecameProductionIsNotRetried();

private:
    ServerProfile saved(const Sandbox &sandbox, const QString &name,
                        ServerEnvironment environment) const;
    // Saves the servers (as a console that has migrated already) and makes the console.
    void makeConsole(const QList<ServerProfile> &servers);
    void signInTo(const ServerProfile &server, const QString &token);
    SignInDialog *dialog() const { return m_console ? m_console->signInDialog() : nullptr; }
    MainWindow *window() const { return m_console->window(); }
    RevokeConfirmDialog *confirmDialog() const
    {
        return window()->findChild<RevokeConfirmDialog *>();
    }
    void waitIdle() { QTRY_VERIFY_WITH_TIMEOUT(!window()->model()->isLoading(), 10000); }
    void clickRow(int row);
    int deletes(const Sandbox &sandbox) const;
    void remember(const QString &account, const Sandbox &sandbox, const QString &issuedBy);
    ServersDialog *openServersDialog();
    QString journalPath() const { return m_dir->filePath(QStringLiteral("journal.jsonl")); }
    QString stripText() const
    {
        return window()->findChild<EnvironmentStrip *>(QStringLiteral("environmentStrip"))->text();
    }

    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<Sandbox> m_other;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    MemoryCredentialStore m_store;
    std::unique_ptr<ConsoleController> m_console;
};

void TestServers::init()
{
    Sandbox::Options options;
    options.tokens = 200;
    m_sandbox = std::make_unique<Sandbox>(options);
    QVERIFY(m_sandbox->start());
    options.tokens = 50;
    options.seed = 2;
    m_other = std::make_unique<Sandbox>(options);
    QVERIFY(m_other->start());
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
    m_store = MemoryCredentialStore();
}

void TestServers::cleanup()
{
    m_console.reset();
    m_settings.reset();
    m_other.reset();
    m_sandbox.reset();
    m_dir.reset();
}

ServerProfile TestServers::saved(const Sandbox &sandbox, const QString &name,
                                 ServerEnvironment environment) const
{
    ServerProfile server;
    server.id = ServerList::newId();
    server.name = name;
    server.baseUrl = sandbox.url();
    server.environment = environment;
    return server;
}

void TestServers::makeConsole(const QList<ServerProfile> &servers)
{
    ServerList list;
    list.replace(servers);
    m_settings->setValue(Settings::Key::ServersMigrated, true);
    list.save(m_settings.get());
    ConsoleController::Options options;
    options.journalPath = journalPath();
    m_console = std::make_unique<ConsoleController>(m_settings.get(), &m_store, options);
}

void TestServers::signInTo(const ServerProfile &server, const QString &token)
{
    if (!dialog()) {
        m_console->start();
        QTRY_VERIFY(dialog());
    }
    // Picked in "Saved server" with the keyboard, as an admin would.
    auto *combo = dialog()->findChild<QComboBox *>(QStringLiteral("savedServerCombo"));
    combo->setFocus();
    const int index = combo->findData(server.id);
    QVERIFY(index > 0);
    while (combo->currentIndex() != index)
        QTest::keyClick(combo, combo->currentIndex() < index ? Qt::Key_Down : Qt::Key_Up);
    QCOMPARE(dialog()->findChild<QComboBox *>(QStringLiteral("serverCombo"))->currentText(),
             server.baseUrl.toString());
    auto *edit = dialog()->findChild<QLineEdit *>(QStringLiteral("tokenEdit"));
    edit->clear();
    QTest::keyClicks(edit, token);
    QTest::mouseClick(dialog()->findChild<QPushButton *>(QStringLiteral("signInButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(m_console->session()->isActive()
                && m_console->session()->info().baseUrl == server.baseUrl);
    waitIdle();
}

void TestServers::clickRow(int row)
{
    auto *table = window()->findChild<QTableView *>(QStringLiteral("tokenTable"));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualRect(table->model()->index(row, 0)).center());
}

int TestServers::deletes(const Sandbox &sandbox) const
{
    QTest::qWait(100); // what is on its way arrives
    int n = 0;
    for (const auto &r : sandbox.requests())
        n += r.method == "DELETE" ? 1 : 0;
    return n;
}

void TestServers::remember(const QString &account, const Sandbox &sandbox, const QString &issuedBy)
{
    bool written = false;
    QObject context;
    m_store.write(account,
                  StoredCredentials {sandbox.adminToken(), {}, QString(), QString(), 0, issuedBy},
                  &context, [&](const CredentialStore::Result &) { written = true; });
    QTRY_VERIFY(written);
}

ServersDialog *TestServers::openServersDialog()
{
    window()->findChild<QAction *>(QStringLiteral("actionServers"))->trigger();
    ServersDialog *servers = nullptr;
    const bool opened = QTest::qWaitFor([&] {
        servers = window()->findChild<ServersDialog *>();
        return servers && servers->isVisible();
    });
    return opened ? servers : nullptr;
}

void TestServers::recentServersAndTheRememberedSessionMoveToSavedServers()
{
    // As an earlier version left it: recent addresses, a session kept under the address.
    const QString address = ServerList::normalisedUrl(m_sandbox->url());
    m_settings->setValue(Settings::Key::RecentBaseUrls,
                         QStringList {address, QStringLiteral("https://tokens.prod.invalid")});
    m_settings->setValue(Settings::Key::RememberedServer, address);
    bool written = false;
    QObject context;
    m_store.write(address,
                  StoredCredentials {m_sandbox->adminToken(), {}, QString(), QString(), 0, {}},
                  &context, [&](const CredentialStore::Result &) { written = true; });
    QTRY_VERIFY(written);
    ConsoleController::Options options;
    options.journalPath = journalPath();
    m_console = std::make_unique<ConsoleController>(m_settings.get(), &m_store, options);
    m_console->start();
    QTRY_VERIFY(m_console->session()->isActive());
    waitIdle();
    QCOMPARE(m_console->servers().size(), 2);
    const ServerProfile local = m_console->servers().servers()[0];
    QCOMPARE(local.baseUrl, m_sandbox->url());
    QCOMPARE(local.environment, ServerEnvironment::Development);
    QCOMPARE(m_console->servers().servers()[1].environment, ServerEnvironment::Production);
    QCOMPARE(m_console->server().id, local.id);
    // The remembered session now lives in the saved server's own entry, the old one is gone.
    QTRY_VERIFY(!m_store.contains(address));
    QVERIFY(m_store.contains(QStringLiteral("server:") + local.id));
    QCOMPARE(m_settings->value(Settings::Key::RememberedServer).toString(),
             QStringLiteral("server:") + local.id);
    // The File > Switch Server menu lists both, with Ctrl+1 and Ctrl+2.
    auto *menu = window()->findChild<QMenu *>(QStringLiteral("switchServerMenu"));
    QAction *first = menu->findChild<QAction *>(QStringLiteral("switchTo_") + local.id);
    QVERIFY(first);
    QVERIFY(first->isChecked());
    QCOMPARE(first->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_1));
    QVERIFY(window()->windowTitle().startsWith(local.name + QStringLiteral(" (Development)")));
    // No secret in the settings file.
    m_settings->sync();
    QFile ini(m_settings->fileName());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains(m_sandbox->adminToken().toUtf8()));
}

void TestServers::eachEnvironmentShowsInTheStripAndTitle()
{
    const ServerProfile dev
        = saved(*m_sandbox, QStringLiteral("Local dev"), ServerEnvironment::Development);
    ServerProfile test = saved(*m_other, QStringLiteral("Shared test"), ServerEnvironment::Test);
    test.colour = QStringLiteral("#ffeb3b"); // light: black text
    makeConsole({dev, test});
    signInTo(dev, m_sandbox->adminToken());
    auto *strip = window()->findChild<EnvironmentStrip *>(QStringLiteral("environmentStrip"));
    QVERIFY(strip->isVisible());
    QVERIFY2(stripText().startsWith(QStringLiteral("DEVELOPMENT · Local dev · ")),
             qPrintable(stripText()));
    QVERIFY(
        strip->styleSheet().contains(ServerProfile::defaultColour(ServerEnvironment::Development)));
    QCOMPARE(window()->windowTitle(),
             QStringLiteral("Local dev (Development) - Knetik Token Console"));
    signInTo(test, m_other->adminToken());
    QVERIFY(stripText().startsWith(QStringLiteral("TEST · Shared test · ")));
    QVERIFY(strip->styleSheet().contains(QStringLiteral("#ffeb3b")));
    QVERIFY(strip->styleSheet().contains(QStringLiteral("color: #000000")));
    QCOMPARE(window()->windowTitle(), QStringLiteral("Shared test (Test) - Knetik Token Console"));
    QVERIFY(!window()->windowTitle().contains(m_other->adminToken()));
}

void TestServers::aProductionRevokeCannotBeConfirmedWithoutTheName()
{
    const ServerProfile prod
        = saved(*m_sandbox, QStringLiteral("EU Prod"), ServerEnvironment::Production);
    makeConsole({prod});
    signInTo(prod, m_sandbox->adminToken());
    QVERIFY(stripText().startsWith(QStringLiteral("PRODUCTION · EU Prod")));
    m_sandbox->clearRequests();
    const TokenKey key = window()->model()->keyAt(3);
    clickRow(3);
    window()->findChild<QAction *>(QStringLiteral("actionRevokeSelected"))->trigger();
    RevokeConfirmDialog *confirm = confirmDialog();
    QVERIFY(confirm);
    // One token, yet the name: the environment in words, the field to type it in.
    QVERIFY(
        confirm->findChild<EnvironmentStrip *>()->text().startsWith(QStringLiteral("PRODUCTION")));
    auto *label = confirm->findChild<QLabel *>(QStringLiteral("serverConfirmLabel"));
    QVERIFY(label->isVisible());
    QVERIFY(label->text().contains(QStringLiteral("a production server")));
    auto *name = confirm->findChild<QLineEdit *>(QStringLiteral("serverConfirmEdit"));
    auto *revoke = confirm->findChild<QPushButton *>(QStringLiteral("revokeButton"));
    QTRY_VERIFY(!confirm->isCheckingOwnToken());
    QVERIFY(name->hasFocus());
    QVERIFY(!revoke->isEnabled());
    // Enter without the name, a click, the name in another case: nothing is sent.
    QTest::keyClick(name, Qt::Key_Return);
    QVERIFY(confirm->isVisible());
    QVERIFY(confirm->findChild<QLabel *>(QStringLiteral("confirmHint"))
                ->text()
                .contains(QStringLiteral("EU Prod")));
    QTest::mouseClick(revoke, Qt::LeftButton);
    QTest::keyClicks(name, QStringLiteral("eu prod"));
    QVERIFY(!revoke->isEnabled());
    QTest::keyClick(name, Qt::Key_Return);
    QVERIFY(confirm->isVisible());
    QCOMPARE(deletes(*m_sandbox), 0);
    name->clear();
    QTest::keyClicks(name, QStringLiteral("EU Prod"));
    QVERIFY(revoke->isEnabled());
    QTest::keyClick(name, Qt::Key_Return);
    QTRY_VERIFY(window()->revoker() && !window()->revoker()->isRunning());
    QCOMPARE(deletes(*m_sandbox), 1);
    QCOMPARE(window()->revoker()->count(RevokeOutcome::Kind::Revoked), 1);
    QVERIFY(!m_sandbox->withStore(
        [key](TokenStore &s) { return s.find(key.username, key.clientId).has_value(); }));
    // The journal says where, by name and environment.
    const QList<JournalEntry> entries = AuditJournal::read(journalPath());
    QCOMPARE(entries.size(), 2);
    for (const JournalEntry &e : entries) {
        QCOMPARE(e.serverName, QStringLiteral("EU Prod"));
        QCOMPARE(e.environment, QStringLiteral("production"));
    }
    QVERIFY(window()
                ->findChild<RevokeProgressDialog *>()
                ->findChild<EnvironmentStrip *>()
                ->text()
                .startsWith(QStringLiteral("PRODUCTION · EU Prod")));
}

void TestServers::aWideProductionRevokeNeedsTheNameAndTheCount()
{
    const ServerProfile prod
        = saved(*m_sandbox, QStringLiteral("EU Prod"), ServerEnvironment::Production);
    makeConsole({prod});
    signInTo(prod, m_sandbox->adminToken());
    const QString user = QStringLiteral("wide ada");
    for (const char *client : {"web", "ios", "cli"})
        m_sandbox->issueToken(user, QString::fromLatin1(client), false);
    auto *filter = window()->findChild<QLineEdit *>(QStringLiteral("usernameFilterEdit"));
    QTest::keyClicks(filter, user);
    QTest::keyClick(filter, Qt::Key_Return);
    waitIdle();
    const int row = window()->model()->rowOf({user, QStringLiteral("web")});
    QVERIFY(row >= 0);
    QTest::qWait(50);
    clickRow(row);
    m_sandbox->clearRequests();
    window()->findChild<QAction *>(QStringLiteral("actionRevokeAllOfUser"))->trigger();
    RevokeConfirmDialog *confirm = confirmDialog();
    QVERIFY(confirm);
    QTRY_COMPARE(confirm->expectedCount(), 3);
    QCOMPARE(confirm->requiredConfirmation(), QStringLiteral("3"));
    QCOMPARE(confirm->requiredServerName(), QStringLiteral("EU Prod"));
    QTRY_VERIFY(!confirm->isCheckingOwnToken()); // a pasted token: is it among these?
    auto *name = confirm->findChild<QLineEdit *>(QStringLiteral("serverConfirmEdit"));
    auto *count = confirm->findChild<QLineEdit *>(QStringLiteral("confirmEdit"));
    auto *revoke = confirm->findChild<QPushButton *>(QStringLiteral("revokeButton"));
    // The user's name does not confirm it here, nor the server's name alone, nor the count alone.
    QTest::keyClicks(count, user);
    QTest::keyClicks(name, QStringLiteral("EU Prod"));
    QVERIFY(!revoke->isEnabled());
    count->clear();
    QTest::keyClicks(count, QStringLiteral("3"));
    QVERIFY(revoke->isEnabled());
    name->clear();
    QVERIFY(!revoke->isEnabled());
    QTest::keyClick(count, Qt::Key_Return);
    QVERIFY(confirm->isVisible());
    QCOMPARE(deletes(*m_sandbox), 0);
    QTest::keyClicks(name, QStringLiteral("EU Prod"));
    QTest::keyClick(count, Qt::Key_Return); // counts again, then sends the user-wide DELETE
    QTRY_VERIFY(!confirmDialog());
    QTRY_VERIFY(window()->revoker() && !window()->revoker()->isRunning());
    QCOMPARE(deletes(*m_sandbox), 1);
    QCOMPARE(window()->revoker()->items().front().target.scope(), DeleteTarget::Scope::AllOfUser);
}

void TestServers::aDevelopmentRevokeAsksForNoName()
{
    const ServerProfile dev
        = saved(*m_sandbox, QStringLiteral("Local dev"), ServerEnvironment::Development);
    makeConsole({dev});
    signInTo(dev, m_sandbox->adminToken());
    m_sandbox->clearRequests();
    clickRow(2);
    window()->findChild<QAction *>(QStringLiteral("actionRevokeSelected"))->trigger();
    RevokeConfirmDialog *confirm = confirmDialog();
    QVERIFY(confirm);
    QVERIFY(!confirm->findChild<QLineEdit *>(QStringLiteral("serverConfirmEdit"))->isVisible());
    QVERIFY(confirm->requiredServerName().isEmpty());
    auto *revoke = confirm->findChild<QPushButton *>(QStringLiteral("revokeButton"));
    QTRY_VERIFY(revoke->isEnabled());
    QTest::mouseClick(revoke, Qt::LeftButton);
    QTRY_VERIFY(window()->revoker() && !window()->revoker()->isRunning());
    QCOMPARE(deletes(*m_sandbox), 1);
    const QList<JournalEntry> entries = AuditJournal::read(journalPath());
    QVERIFY(!entries.isEmpty());
    QCOMPARE(entries.first().environment, QStringLiteral("development"));
    QCOMPARE(entries.first().serverName, QStringLiteral("Local dev"));
}

void TestServers::switchingServersWhileARevocationIsPausedSendsNothingMore()
{
    const ServerProfile a
        = saved(*m_sandbox, QStringLiteral("Server A"), ServerEnvironment::Development);
    const ServerProfile b
        = saved(*m_other, QStringLiteral("Server B"), ServerEnvironment::Development);
    // B has a remembered session: Switch Server signs in to it without the dialog.
    remember(b.keychainAccount(), *m_other, ServerList::normalisedUrl(m_other->url()));
    makeConsole({a, b});
    m_console->start();
    QTRY_VERIFY(dialog());
    SignInForm::withSandboxAdminPassword(dialog(), m_sandbox->url().toString());
    QTRY_VERIFY(m_console->session()->isActive());
    waitIdle();
    QCOMPARE(m_console->server().id, a.id);
    QList<DeleteTarget> targets;
    const auto pairs = m_sandbox->withStore([](TokenStore &s) { return s.allPairs(); });
    for (const auto &p : pairs) {
        if (p.username != QLatin1String("admin") && targets.size() < 60)
            targets.append(DeleteTarget::token({p.username, p.clientId}));
    }
    m_sandbox->setLatencyMs(20);
    window()->startRevocation(targets);
    QTRY_VERIFY(window()->revoker()->doneCount() >= 10);
    // The session ends on A (401): the run pauses and asks for a sign-in.
    m_sandbox->withStore(
        [](TokenStore &s) { return s.remove(QStringLiteral("admin"), QStringLiteral("console")); });
    QTRY_VERIFY(window()->revoker()->isPaused());
    m_sandbox->setLatencyMs(0);
    const int deletesOnA = deletes(*m_sandbox);
    // The sign-in form asks for A again; the admin closes it (the run stays paused) and
    // switches with File > Switch Server > Server B (Ctrl+2) instead.
    QTRY_VERIFY(dialog());
    dialog()->reject();
    QTRY_VERIFY(!dialog());
    QVERIFY(window()->revoker()->isPaused());
    // File > Switch Server > Server B (Ctrl+2).
    auto *menu = window()->findChild<QMenu *>(QStringLiteral("switchServerMenu"));
    QAction *toB = menu->findChild<QAction *>(QStringLiteral("switchTo_") + b.id);
    QCOMPARE(toB->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_2));
    toB->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(m_console->server().id == b.id, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!window()->revoker()->isRunning(), 10000);
    QCOMPARE(window()->revoker()->stopReason(), BulkRevoker::Stop::SignedInElsewhere);
    QCOMPARE(deletes(*m_sandbox), deletesOnA);
    QCOMPARE(deletes(*m_other), 0);
    QVERIFY(window()->revoker()->count(RevokeOutcome::Kind::NotSent) > 0);
    QVERIFY(stripText().contains(QStringLiteral("Server B")));
    // Send the Rest is not offered on B for what was confirmed on A, and pressing it anyway
    // (its signal) sends nothing.
    auto *progress = window()->findChild<RevokeProgressDialog *>();
    auto *retry = progress->findChild<QPushButton *>(QStringLiteral("retryFailedButton"));
    QVERIFY(retry->isVisible());
    QVERIFY(!retry->isEnabled());
    emit progress->retryFailedRequested();
    QCOMPARE(deletes(*m_other), 0);
    QCOMPARE(deletes(*m_sandbox), deletesOnA);
    // Switching back to A (no remembered session) asks for a sign-in, with A picked.
    menu->findChild<QAction *>(QStringLiteral("switchTo_") + a.id)->trigger();
    QTRY_VERIFY(dialog());
    QCOMPARE(dialog()->selectedServerId(), a.id);
    QCOMPARE(m_console->server().id, b.id); // until then, B's session goes on
}

void TestServers::theSignInDialogFillsASavedServerAndOffersToSaveANewOne()
{
    ServerProfile withClient = saved(*m_other, QStringLiteral("Other"), ServerEnvironment::Test);
    withClient.method = SignInRequest::Method::Password;
    withClient.clientId = QStringLiteral("console");
    withClient.username = QStringLiteral("admin");
    makeConsole({withClient});
    m_console->start();
    QTRY_VERIFY(dialog());
    dialog()->selectServer(withClient.id);
    QCOMPARE(dialog()->findChild<QTabWidget *>(QStringLiteral("methodTabs"))->currentIndex(), 2);
    QCOMPARE(dialog()->findChild<QLineEdit *>(QStringLiteral("usernameEdit"))->text(),
             QStringLiteral("admin"));
    QCOMPARE(dialog()->findChild<QLineEdit *>(QStringLiteral("passwordClientIdEdit"))->text(),
             QStringLiteral("console"));
    auto *saveCheck = dialog()->findChild<QCheckBox *>(QStringLiteral("saveServerCheck"));
    QVERIFY(!saveCheck->isVisible()); // a saved server needs no saving
    // Its address typed by hand picks it too.
    auto *saved = dialog()->findChild<QComboBox *>(QStringLiteral("savedServerCombo"));
    saved->setCurrentIndex(0);
    auto *address = dialog()->findChild<QComboBox *>(QStringLiteral("serverCombo"));
    address->setEditText(QString());
    QTest::keyClicks(address, m_other->url().toString() + QStringLiteral("/"));
    QCOMPARE(dialog()->selectedServerId(), withClient.id);
    QVERIFY(!saveCheck->isVisible());
    // A new address: offered to be saved, named after its host, Development on loopback.
    auto *server = dialog()->findChild<QComboBox *>(QStringLiteral("serverCombo"));
    server->setEditText(m_sandbox->url().toString());
    QVERIFY(saveCheck->isVisible());
    QCOMPARE(dialog()->selectedServerId(), QString());
    auto *name = dialog()->findChild<QLineEdit *>(QStringLiteral("saveServerNameEdit"));
    QCOMPARE(name->text(), QStringLiteral("127.0.0.1"));
    auto *environment
        = dialog()->findChild<QComboBox *>(QStringLiteral("saveServerEnvironmentCombo"));
    QCOMPARE(environment->currentData().toInt(), int(ServerEnvironment::Development));
    saveCheck->setChecked(true);
    // A name in use is refused before anything is sent.
    name->setText(QStringLiteral("other"));
    m_sandbox->clearRequests();
    SignInForm::withToken(dialog(), m_sandbox->url().toString(), m_sandbox->adminToken(), true);
    QVERIFY(dialog()
                ->findChild<QLabel *>(QStringLiteral("statusLabel"))
                ->text()
                .contains(QStringLiteral("a saved server has this name")));
    QTest::qWait(100);
    QCOMPARE(m_sandbox->requests().size(), 0);
    name->setText(QStringLiteral("Local sandbox"));
    environment->setCurrentIndex(environment->findData(int(ServerEnvironment::Production)));
    QTest::mouseClick(dialog()->findChild<QPushButton *>(QStringLiteral("signInButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(m_console->session()->isActive());
    waitIdle();
    QCOMPARE(m_console->servers().size(), 2);
    const ServerProfile *added = m_console->servers().findByName(QStringLiteral("Local sandbox"));
    QVERIFY(added);
    QCOMPARE(added->environment, ServerEnvironment::Production);
    QCOMPARE(added->method, SignInRequest::Method::AccessToken);
    QCOMPARE(m_console->server().id, added->id);
    QCOMPARE(window()->windowTitle(),
             QStringLiteral("Local sandbox (Production) - Knetik Token Console"));
    // Remembered under its own keychain entry; saved (without the token) in the settings.
    QTRY_VERIFY(m_store.contains(added->keychainAccount()));
    QVERIFY(!m_store.contains(ServerList::normalisedUrl(m_sandbox->url())));
    Settings reread(m_settings->fileName());
    const ServerList reloaded = ServerList::load(&reread);
    QVERIFY(reloaded.find(added->id));
    QFile ini(m_settings->fileName());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains(m_sandbox->adminToken().toUtf8()));
}

void TestServers::theServersDialogEditsDeletesAndRefusesInvalidServers()
{
    const ServerProfile a
        = saved(*m_sandbox, QStringLiteral("Server A"), ServerEnvironment::Development);
    const ServerProfile b = saved(*m_other, QStringLiteral("Server B"), ServerEnvironment::Test);
    remember(b.keychainAccount(), *m_other, ServerList::normalisedUrl(m_other->url()));
    makeConsole({a, b});
    signInTo(a, m_sandbox->adminToken());
    // File > Servers...; Cancel changes nothing.
    window()->findChild<QAction *>(QStringLiteral("actionServers"))->trigger();
    QTRY_VERIFY(window()->findChild<ServersDialog *>());
    ServersDialog *servers = window()->findChild<ServersDialog *>();
    QTest::mouseClick(servers->findChild<QPushButton *>(QStringLiteral("addServerButton")),
                      Qt::LeftButton);
    servers->reject();
    QTRY_VERIFY(!window()->findChild<ServersDialog *>());
    QCOMPARE(m_console->servers().size(), 2);

    window()->findChild<QAction *>(QStringLiteral("actionServers"))->trigger();
    QTRY_VERIFY(window()->findChild<ServersDialog *>());
    servers = window()->findChild<ServersDialog *>();
    servers->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(servers));
    auto *list = servers->findChild<QListWidget *>(QStringLiteral("serverList"));
    QCOMPARE(list->count(), 2);
    QCOMPARE(list->currentRow(), 0); // the server signed in to
    QVERIFY(list->item(0)->text().contains(QStringLiteral("signed in")));
    // A becomes Production: the console's strip and guard follow at once after OK.
    auto *environment = servers->findChild<QComboBox *>(QStringLiteral("serverEnvironmentCombo"));
    environment->setCurrentIndex(environment->findData(int(ServerEnvironment::Production)));
    // B is deleted, and with it its remembered session.
    servers->selectRow(1);
    QTest::mouseClick(servers->findChild<QPushButton *>(QStringLiteral("deleteServerButton")),
                      Qt::LeftButton);
    // An added server without an address, then with the name of another: OK refuses both.
    QTest::mouseClick(servers->findChild<QPushButton *>(QStringLiteral("addServerButton")),
                      Qt::LeftButton);
    auto *name = servers->findChild<QLineEdit *>(QStringLiteral("serverNameEdit"));
    auto *url = servers->findChild<QLineEdit *>(QStringLiteral("serverUrlEdit"));
    QVERIFY(name->hasFocus());
    QTest::keyClicks(name, QStringLiteral("Staging"));
    QTest::keyClick(servers, Qt::Key_Return); // OK
    QVERIFY(servers->isVisible());
    QVERIFY(servers->problem().contains(QStringLiteral("not a server address")));
    QTest::keyClicks(url, QStringLiteral("staging.invalid"));
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("server a"));
    QTest::keyClick(servers, Qt::Key_Return);
    QVERIFY(servers->isVisible());
    QVERIFY(servers->findChild<QLabel *>(QStringLiteral("serversMessage"))
                ->text()
                .contains(QStringLiteral("another server has this name")));
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Staging"));
    QVERIFY2(servers->problem().isEmpty(), qPrintable(servers->problem()));
    // Move it up to the top.
    QTest::mouseClick(servers->findChild<QPushButton *>(QStringLiteral("moveUpButton")),
                      Qt::LeftButton);
    QTest::keyClick(servers, Qt::Key_Return);
    QTRY_VERIFY(!window()->findChild<ServersDialog *>());
    const QList<ServerProfile> now = m_console->servers().servers();
    QCOMPARE(now.size(), 2);
    QCOMPARE(now[0].name, QStringLiteral("Staging"));
    QCOMPARE(now[0].baseUrl, QUrl(QStringLiteral("https://staging.invalid")));
    QCOMPARE(now[0].environment, ServerEnvironment::Production);
    QCOMPARE(now[1].id, a.id);
    QTRY_VERIFY(!m_store.contains(b.keychainAccount()));
    QCOMPARE(m_console->server().environment, ServerEnvironment::Production);
    QVERIFY(stripText().startsWith(QStringLiteral("PRODUCTION · Server A")));
    QVERIFY(window()->windowTitle().startsWith(QStringLiteral("Server A (Production)")));
    // Saved for the next start.
    Settings reread(m_settings->fileName());
    QCOMPARE(ServerList::load(&reread).servers()[0].name, QStringLiteral("Staging"));
    // And the guard applies now.
    clickRow(1);
    window()->findChild<QAction *>(QStringLiteral("actionRevokeSelected"))->trigger();
    QVERIFY(confirmDialog());
    QCOMPARE(confirmDialog()->requiredServerName(), QStringLiteral("Server A"));
    confirmDialog()->reject();
}

void TestServers::importReportsBadEntriesAndLosesNothing()
{
    const ServerProfile a
        = saved(*m_sandbox, QStringLiteral("Server A"), ServerEnvironment::Development);
    makeConsole({a});
    signInTo(a, m_sandbox->adminToken());
    window()->findChild<QAction *>(QStringLiteral("actionServers"))->trigger();
    QTRY_VERIFY(window()->findChild<ServersDialog *>());
    ServersDialog *servers = window()->findChild<ServersDialog *>();
    auto *message = servers->findChild<QLabel *>(QStringLiteral("serversMessage"));
    // Not JSON: nothing imported, said why.
    const QString bad = m_dir->filePath(QStringLiteral("bad.json"));
    QFile badFile(bad);
    QVERIFY(badFile.open(QIODevice::WriteOnly));
    badFile.write("{\"format\": \"knetik-token-console-servers\", \"servers\": [");
    badFile.close();
    ServerImportReport report = servers->importFrom(bad);
    QVERIFY(report.error.contains(QStringLiteral("not JSON")));
    QVERIFY(message->text().startsWith(QStringLiteral("Nothing was imported")));
    QCOMPARE(servers->servers().size(), 1);
    // A team's file: one new, one already saved (by name), one invalid, one with a secret.
    const QString team = m_dir->filePath(QStringLiteral("team.json"));
    QFile teamFile(team);
    QVERIFY(teamFile.open(QIODevice::WriteOnly));
    teamFile.write(R"({"format": "knetik-token-console-servers", "version": 1, "servers": [
        {"name": "EU Prod", "url": "https://tokens.prod.invalid", "environment": "production",
         "sign_in": "client-credentials", "client_id": "ops"},
        {"name": "SERVER A", "url": "https://a.invalid", "environment": "test"},
        {"name": "Broken", "url": "ftp://x.invalid", "environment": "test"},
        {"name": "Staging", "url": "https://staging.invalid", "environment": "test",
         "client_secret": "do-not-keep"}
    ]})");
    teamFile.close();
    report = servers->importFrom(team);
    QCOMPARE(report.added, QStringList({QStringLiteral("EU Prod"), QStringLiteral("Staging")}));
    QCOMPARE(report.duplicates.size(), 1);
    QCOMPARE(report.invalid.size(), 1);
    QCOMPARE(report.secretsDropped.size(), 1);
    QVERIFY(message->text().contains(QStringLiteral("Imported 2 servers")));
    QVERIFY(message->text().contains(QStringLiteral("Entry 3: ")));
    QCOMPARE(servers->servers()[0].id, a.id);
    QCOMPARE(servers->servers()[0].environment, ServerEnvironment::Development);
    // Export writes what is shown, without secrets.
    const QString out = m_dir->filePath(QStringLiteral("out.json"));
    QString error;
    QVERIFY2(servers->exportTo(out, &error), qPrintable(error));
    QFile outFile(out);
    QVERIFY(outFile.open(QIODevice::ReadOnly));
    const QByteArray exported = outFile.readAll();
    QVERIFY(exported.contains("EU Prod"));
    QVERIFY(!exported.contains("do-not-keep"));
    servers->accept();
    QTRY_VERIFY(!window()->findChild<ServersDialog *>());
    QCOMPARE(m_console->servers().size(), 3);
    QVERIFY(m_console->servers().findByName(QStringLiteral("EU Prod"))->isProduction());
    // The menu offers them in order.
    auto *menu = window()->findChild<QMenu *>(QStringLiteral("switchServerMenu"));
    QVERIFY(menu->findChild<QAction *>(QStringLiteral("switchTo_")
                                       + m_console->servers().servers()[2].id));
}

// A saved server's address changes: its remembered session (a token of the old address) is
// removed, and switching to it asks for a sign-in; the new address never sees the old token.
void TestServers::anAddressChangeDropsTheRememberedSession()
{
    const ServerProfile a
        = saved(*m_sandbox, QStringLiteral("Server A"), ServerEnvironment::Development);
    const ServerProfile b
        = saved(*m_other, QStringLiteral("Server B"), ServerEnvironment::Development);
    makeConsole({a, b});
    m_console->start();
    QTRY_VERIFY(dialog());
    dialog()->selectServer(a.id);
    SignInForm::withToken(dialog(), m_sandbox->url().toString(), m_sandbox->adminToken(), true);
    QTRY_VERIFY(m_console->session()->isActive());
    waitIdle();
    QTRY_VERIFY(m_store.contains(a.keychainAccount()));
    QCOMPARE(m_settings->value(Settings::Key::RememberedServer).toString(), a.keychainAccount());
    // A's address becomes B's.
    ServersDialog *servers = openServersDialog();
    QVERIFY(servers);
    servers->selectRow(0);
    auto *url = servers->findChild<QLineEdit *>(QStringLiteral("serverUrlEdit"));
    url->selectAll();
    QTest::keyClicks(url, m_other->url().toString());
    // Two servers at one address must agree on the environment: they do (Development).
    QVERIFY2(servers->problem().isEmpty(), qPrintable(servers->problem()));
    servers->accept();
    QTRY_VERIFY(!m_store.contains(a.keychainAccount()));
    QCOMPARE(m_settings->value(Settings::Key::RememberedServer).toString(), QString());
    // The session on A goes on, as a server not saved (on this computer).
    QVERIFY(stripText().startsWith(QStringLiteral("NOT A SAVED SERVER")));
    // Switching to "Server A" (now at B's address) asks; B never saw A's token.
    m_other->clearRequests();
    window()
        ->findChild<QMenu *>(QStringLiteral("switchServerMenu"))
        ->findChild<QAction *>(QStringLiteral("switchTo_") + a.id)
        ->trigger();
    QTRY_VERIFY(dialog());
    QTest::qWait(100);
    QCOMPARE(m_other->requests().size(), 0);
}

// An entry whose token was issued by another address (however it got there) is not used, and
// not kept.
void TestServers::aTokenIsNeverSentToAnotherAddressThanItsOwn()
{
    const ServerProfile a
        = saved(*m_sandbox, QStringLiteral("Server A"), ServerEnvironment::Development);
    const ServerProfile b
        = saved(*m_other, QStringLiteral("Server B"), ServerEnvironment::Development);
    // B's entry holds A's token, issued by A.
    remember(b.keychainAccount(), *m_sandbox, ServerList::normalisedUrl(m_sandbox->url()));
    m_settings->setValue(Settings::Key::RememberedServer, b.keychainAccount());
    makeConsole({a, b});
    m_console->start();
    QTRY_VERIFY(dialog());
    QTest::qWait(100);
    QVERIFY(!m_console->session()->isActive());
    QCOMPARE(m_other->requests().size(), 0);
    QCOMPARE(m_sandbox->requests().size(), 0);
    QVERIFY(!m_store.contains(b.keychainAccount()));
    QCOMPARE(m_settings->value(Settings::Key::RememberedServer).toString(), QString());
}

// Switch Server to a server with a remembered session, then Sign Out before that session was
// checked: the console stays signed out, and nothing more reaches the other server.
void TestServers::signOutStopsASwitchUnderWay()
{
    const ServerProfile a
        = saved(*m_sandbox, QStringLiteral("Server A"), ServerEnvironment::Development);
    const ServerProfile b
        = saved(*m_other, QStringLiteral("Server B"), ServerEnvironment::Development);
    remember(b.keychainAccount(), *m_other, ServerList::normalisedUrl(m_other->url()));
    makeConsole({a, b});
    signInTo(a, m_sandbox->adminToken());
    m_other->setLatencyMs(300); // the check of B's session is on its way
    m_other->clearRequests();
    window()
        ->findChild<QMenu *>(QStringLiteral("switchServerMenu"))
        ->findChild<QAction *>(QStringLiteral("switchTo_") + b.id)
        ->trigger();
    QTest::qWait(50);
    window()->findChild<QAction *>(QStringLiteral("actionSignOut"))->trigger();
    QTest::qWait(800);
    QVERIFY(!m_console->session()->isActive());
    QCOMPARE(m_console->server().id, a.id);
    // At most the check that was on its way when Sign Out came; no page of tokens after it.
    int gets = 0;
    for (const auto &r : m_other->requests())
        gets += r.method == "GET" ? 1 : 0;
    QVERIFY2(gets <= 1, qPrintable(QString::number(gets)));
    QVERIFY(dialog()); // the "Signed out" form, not closed by a late sign-in
}

void TestServers::twoServersAtOneAddressMustAgreeOnTheEnvironment()
{
    const ServerProfile prod
        = saved(*m_sandbox, QStringLiteral("EU Prod"), ServerEnvironment::Production);
    makeConsole({prod});
    signInTo(prod, m_sandbox->adminToken());
    ServersDialog *servers = openServersDialog();
    QVERIFY(servers);
    QTest::mouseClick(servers->findChild<QPushButton *>(QStringLiteral("duplicateServerButton")),
                      Qt::LeftButton);
    QCOMPARE(servers->servers().size(), 2);
    QCOMPARE(servers->servers()[1].name, QStringLiteral("EU Prod copy"));
    QVERIFY(servers->problem().isEmpty());
    auto *environment = servers->findChild<QComboBox *>(QStringLiteral("serverEnvironmentCombo"));
    environment->setCurrentIndex(environment->findData(int(ServerEnvironment::Development)));
    QVERIFY(servers->problem().contains(QStringLiteral("same address")));
    servers->accept();
    QVERIFY(servers->isVisible()); // refused
    servers->reject();
    QTRY_VERIFY(!window()->findChild<ServersDialog *>());
    QCOMPARE(m_console->servers().size(), 1);
    // An import cannot bring one in either.
    ServerList list = m_console->servers();
    const QJsonObject entry {{QStringLiteral("name"), QStringLiteral("Dev alias")},
                             {QStringLiteral("url"), m_sandbox->url().toString()},
                             {QStringLiteral("environment"), QStringLiteral("development")},
                             {QStringLiteral("sign_in"), QStringLiteral("client-credentials")},
                             {QStringLiteral("client_id"), QStringLiteral("dev-tools")}};
    const QJsonObject file {
        {QStringLiteral("format"), QStringLiteral("knetik-token-console-servers")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("servers"), QJsonArray {entry}}};
    const ServerImportReport report = list.importJson(QJsonDocument(file).toJson());
    QCOMPARE(report.invalid.size(), 1);
    QVERIFY(report.invalid.first().contains(QStringLiteral("same address")));
    // The default port and the scheme's case do not make another address.
    QCOMPARE(ServerList::normalisedUrl(QUrl(QStringLiteral("https://api.invalid:443/"))),
             ServerList::normalisedUrl(QUrl(QStringLiteral("HTTPS://api.invalid"))));
}

void TestServers::aServerNotSavedIsTreatedAsProductionUnlessLocal()
{
    const QList<TokenKey> keys {{QStringLiteral("ada"), QStringLiteral("web")}};
    const TokenKey own {QStringLiteral("admin"), QStringLiteral("console")};
    RevokeConfirmDialog remote(nullptr, RevokeConfirmDialog::Mode::Selection, keys, {}, own);
    remote.setServer(ServerProfile::unsaved(QUrl(QStringLiteral("https://tokens.invalid"))));
    QCOMPARE(remote.requiredServerName(), QStringLiteral("tokens.invalid"));
    QVERIFY(remote.findChild<EnvironmentStrip *>()->text().contains(
        QStringLiteral("treated as production")));
    auto *revoke = remote.findChild<QPushButton *>(QStringLiteral("revokeButton"));
    QVERIFY(!revoke->isEnabled());
    QTest::keyClicks(remote.findChild<QLineEdit *>(QStringLiteral("serverConfirmEdit")),
                     QStringLiteral("tokens.invalid"));
    QVERIFY(revoke->isEnabled());
    RevokeConfirmDialog local(nullptr, RevokeConfirmDialog::Mode::Selection, keys, {}, own);
    local.setServer(ServerProfile::unsaved(m_sandbox->url()));
    QVERIFY(local.requiredServerName().isEmpty());
    QVERIFY(local.findChild<QPushButton *>(QStringLiteral("revokeButton"))->isEnabled());
    // A list's confirmation on Production: the count and the name.
    RevokeConfirmDialog list(nullptr, RevokeConfirmDialog::Mode::FromList, keys,
                             QStringLiteral("incident.txt"), own);
    list.setServer(saved(*m_sandbox, QStringLiteral("EU Prod"), ServerEnvironment::Production));
    QCOMPARE(list.requiredConfirmation(), QStringLiteral("1"));
    QCOMPARE(list.requiredServerName(), QStringLiteral("EU Prod"));
    auto *listRevoke = list.findChild<QPushButton *>(QStringLiteral("revokeButton"));
    QTest::keyClicks(list.findChild<QLineEdit *>(QStringLiteral("confirmEdit")),
                     QStringLiteral("1"));
    QVERIFY(!listRevoke->isEnabled());
    QTest::keyClicks(list.findChild<QLineEdit *>(QStringLiteral("serverConfirmEdit")),
                     QStringLiteral("EU Prod"));
    QVERIFY(listRevoke->isEnabled());
}

void TestServers::everyKindOfRevokeOnProductionAsksForTheName()
{
    const ServerProfile prod
        = saved(*m_sandbox, QStringLiteral("EU Prod"), ServerEnvironment::Production);
    makeConsole({prod});
    signInTo(prod, m_sandbox->adminToken());
    // Revoke All Matching: the count is not enough, the name is needed too.
    auto *filter = window()->findChild<QLineEdit *>(QStringLiteral("usernameFilterEdit"));
    QTest::keyClicks(filter, QStringLiteral("ada"));
    QTest::keyClick(filter, Qt::Key_Return);
    waitIdle();
    m_sandbox->clearRequests();
    window()->findChild<QAction *>(QStringLiteral("actionRevokeAllMatching"))->trigger();
    RevokeConfirmDialog *confirm = confirmDialog();
    QVERIFY(confirm);
    QTRY_VERIFY(confirm->requiredConfirmation() != QStringLiteral("?"));
    QCOMPARE(confirm->requiredServerName(), QStringLiteral("EU Prod"));
    auto *revoke = confirm->findChild<QPushButton *>(QStringLiteral("revokeButton"));
    auto *count = confirm->findChild<QLineEdit *>(QStringLiteral("confirmEdit"));
    QTest::keyClicks(count, confirm->requiredConfirmation());
    QTRY_VERIFY(!confirm->isCheckingOwnToken());
    QVERIFY(!revoke->isEnabled());
    QTest::keyClick(count, Qt::Key_Return);
    QVERIFY(confirm->isVisible());
    QCOMPARE(deletes(*m_sandbox), 0);
    QTest::keyClicks(confirm->findChild<QLineEdit *>(QStringLiteral("serverConfirmEdit")),
                     QStringLiteral("EU Prod"));
    QVERIFY(revoke->isEnabled());
    confirm->reject();
}

// A run on a Development server with failures; the server is then marked Production. Retry
// Failed is not offered, and pressing it anyway sends nothing.
void TestServers::aRunConfirmedBeforeTheServerBecameProductionIsNotRetried()
{
    const ServerProfile dev
        = saved(*m_sandbox, QStringLiteral("Shared"), ServerEnvironment::Development);
    makeConsole({dev});
    signInTo(dev, m_sandbox->adminToken());
    auto *table = window()->findChild<QTableView *>(QStringLiteral("tokenTable"));
    clickRow(2);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ShiftModifier,
                      table->visualRect(table->model()->index(4, 0)).center());
    QCOMPARE(window()->selectedKeys().size(), 3);
    m_sandbox->failNext(3, 400, "DELETE"); // a 400 is not tried again: failed
    window()->findChild<QAction *>(QStringLiteral("actionRevokeSelected"))->trigger();
    RevokeConfirmDialog *confirm = confirmDialog();
    QVERIFY(confirm);
    auto *revoke = confirm->findChild<QPushButton *>(QStringLiteral("revokeButton"));
    QTRY_VERIFY(revoke->isEnabled());
    QTest::mouseClick(revoke, Qt::LeftButton);
    QTRY_VERIFY(window()->revoker() && !window()->revoker()->isRunning());
    QCOMPARE(window()->revoker()->count(RevokeOutcome::Kind::Failed), 3);
    auto *progress = window()->findChild<RevokeProgressDialog *>();
    auto *retry = progress->findChild<QPushButton *>(QStringLiteral("retryFailedButton"));
    QVERIFY(retry->isEnabled());
    // Marked Production.
    ServersDialog *servers = openServersDialog();
    QVERIFY(servers);
    auto *environment = servers->findChild<QComboBox *>(QStringLiteral("serverEnvironmentCombo"));
    environment->setCurrentIndex(environment->findData(int(ServerEnvironment::Production)));
    servers->accept();
    QTRY_VERIFY(!window()->findChild<ServersDialog *>());
    QVERIFY(!retry->isEnabled());
    const int before = deletes(*m_sandbox);
    emit progress->retryFailedRequested();
    QCOMPARE(deletes(*m_sandbox), before);
}

QTEST_MAIN(TestServers)
#include "tst_servers.moc"
