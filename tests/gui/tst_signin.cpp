#include "AuditJournal.h"
#include "BulkRevoker.h"
#include "ConsoleController.h"
#include "CredentialStore.h"
#include "FilterLineEdit.h"
#include "MainWindow.h"
#include "Sandbox.h"
#include "Session.h"
#include "Settings.h"
#include "SignInDialog.h"
#include "SignInForm.h"
#include "TokenDetailsDialog.h"
#include "TokensApi.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

namespace {
QStringList g_log;
QtMessageHandler g_previous = nullptr;
void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_log << message;
    if (g_previous)
        g_previous(type, context, message);
}
} // namespace

class TestSignIn : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void signsInWithAPastedToken();
    void aBadTokenIsExplainedInTheDialog();
    void warnsAboutPlainHttpAndRefusesMalformedUrls();
    void rememberedSessionSignsInQuietly();
    void aRememberedSessionThatNoLongerWorksFallsBackToTheDialog();
    void signOutForgetsTheToken();
    void a401MidSessionSignsInAgainAndKeepsThePlace();
    void aBulkRevokePausesOnA401AndGoesOn();
    void noTokenLeaksIntoSettingsJournalOrLog();
    void everySecretHasItsShowAndAnEmptyFieldGetsTheFocus();

private:
    std::unique_ptr<ConsoleController> makeConsole(ConsoleController::Options options = {});
    SignInDialog *dialog() const { return m_console ? m_console->signInDialog() : nullptr; }
    void fillToken(SignInDialog *d, const QString &server, const QString &token,
                   bool remember = false);
    void fillPassword(SignInDialog *d, const QString &server);
    void waitIdle() { QTRY_VERIFY_WITH_TIMEOUT(!m_console->window()->model()->isLoading(), 10000); }
    QString settingsText() const;

    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    MemoryCredentialStore m_store;
    std::unique_ptr<ConsoleController> m_console;
};

void TestSignIn::initTestCase()
{
    g_previous = qInstallMessageHandler(capture);
    Sandbox::Options options;
    options.tokens = 300;
    m_sandbox = std::make_unique<Sandbox>(options);
    QVERIFY(m_sandbox->start());
}

void TestSignIn::init()
{
    m_sandbox->setLatencyMs(0);
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
    m_store = MemoryCredentialStore();
    g_log.clear();
}

void TestSignIn::cleanup()
{
    m_console.reset();
    m_settings.reset();
    m_dir.reset();
}

std::unique_ptr<ConsoleController> TestSignIn::makeConsole(ConsoleController::Options options)
{
    options.journalPath = m_dir->filePath(QStringLiteral("journal.jsonl"));
    return std::make_unique<ConsoleController>(m_settings.get(), &m_store, options);
}

QString TestSignIn::settingsText() const
{
    m_settings->sync();
    QFile file(m_settings->fileName());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

void TestSignIn::fillToken(SignInDialog *d, const QString &server, const QString &token,
                           bool remember)
{
    SignInForm::withToken(d, server, token, remember);
}

void TestSignIn::fillPassword(SignInDialog *d, const QString &server)
{
    SignInForm::withSandboxAdminPassword(d, server);
}

void TestSignIn::signsInWithAPastedToken()
{
    m_console = makeConsole();
    m_console->start();
    QTRY_VERIFY(dialog() && dialog()->isVisible());
    auto *tokenEdit = dialog()->findChild<QLineEdit *>(QStringLiteral("tokenEdit"));
    QCOMPARE(tokenEdit->echoMode(), QLineEdit::Password); // hidden as typed
    dialog()->findChild<QCheckBox *>(QStringLiteral("showTokenCheck"))->setChecked(true);
    QCOMPARE(tokenEdit->echoMode(), QLineEdit::Normal);
    QVERIFY(!dialog()
                 ->findChild<QCheckBox *>(QStringLiteral("rememberCheck"))
                 ->isChecked()); // off by default
    fillToken(dialog(), m_sandbox->url().toString(), m_sandbox->adminToken());
    QTRY_VERIFY(!dialog());
    waitIdle();
    QCOMPARE(m_console->window()->model()->rowCount(), 25);
    QVERIFY(m_console->window()->windowTitle().contains(QStringLiteral("127.0.0.1")));
    QCOMPARE(m_store.size(), 0); // not remembered
    QVERIFY(settingsText().contains(QStringLiteral("127.0.0.1"))); // the server is
    QVERIFY(!settingsText().contains(m_sandbox->adminToken()));
}

void TestSignIn::aBadTokenIsExplainedInTheDialog()
{
    m_console = makeConsole();
    m_console->start();
    QTRY_VERIFY(dialog());
    fillToken(dialog(), m_sandbox->url().toString(), QStringLiteral("expired-or-made-up"));
    auto *status = dialog()->findChild<QLabel *>(QStringLiteral("statusLabel"));
    QTRY_VERIFY(status->text().contains(QStringLiteral("invalid or has expired")));
    QVERIFY(dialog()->isVisible());
    const QString nonAdmin
        = m_sandbox->issueToken(QStringLiteral("viewer"), QStringLiteral("console"), false);
    fillToken(dialog(), m_sandbox->url().toString(), nonAdmin);
    QTRY_VERIFY(status->text().contains(QStringLiteral("TOKENS_ADMIN")));
    QVERIFY(dialog()->isVisible());
}

void TestSignIn::warnsAboutPlainHttpAndRefusesMalformedUrls()
{
    m_console = makeConsole();
    m_console->start();
    QTRY_VERIFY(dialog());
    auto *server = dialog()->findChild<QComboBox *>(QStringLiteral("serverCombo"));
    auto *warning = dialog()->findChild<QLabel *>(QStringLiteral("serverWarningLabel"));
    QCOMPARE(server->currentText(), QStringLiteral("https://sandbox.knetikcloud.com"));
    server->setEditText(QStringLiteral("http://knetik.example.com"));
    QVERIFY(warning->isVisible());
    QVERIFY(warning->text().contains(QStringLiteral("unencrypted")));
    server->setEditText(QStringLiteral("http://127.0.0.1:8080"));
    QVERIFY(!warning->isVisible());
    server->setEditText(QStringLiteral("https://knetik.example.com"));
    QVERIFY(!warning->isVisible());

    // Enter in the server field signs in.
    server->setEditText(m_sandbox->url().toString());
    QTest::keyClick(server->lineEdit(), Qt::Key_Return);
    QTRY_VERIFY(dialog()
                    ->findChild<QLabel *>(QStringLiteral("statusLabel"))
                    ->text()
                    .contains(QStringLiteral("Paste an access token")));

    const int before = int(m_sandbox->requests().size());
    server->setEditText(QStringLiteral("ftp://nope"));
    QTest::mouseClick(dialog()->findChild<QPushButton *>(QStringLiteral("signInButton")),
                      Qt::LeftButton);
    QVERIFY(dialog()
                ->findChild<QLabel *>(QStringLiteral("statusLabel"))
                ->text()
                .contains(QStringLiteral("not a server address")));
    QCOMPARE(int(m_sandbox->requests().size()), before);
}

void TestSignIn::rememberedSessionSignsInQuietly()
{
    m_console = makeConsole();
    m_console->start();
    QTRY_VERIFY(dialog());
    fillToken(dialog(), m_sandbox->url().toString(), m_sandbox->adminToken(), true);
    QTRY_COMPARE(m_store.size(), 1);
    QVERIFY(!settingsText().contains(m_sandbox->adminToken()));
    m_console.reset();

    m_console = makeConsole();
    m_console->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_console->session()->isActive(), 10000);
    QVERIFY(!dialog()); // no dialog at all
    waitIdle();
    QCOMPARE(m_console->window()->model()->rowCount(), 25);
}

void TestSignIn::aRememberedSessionThatNoLongerWorksFallsBackToTheDialog()
{
    const QString token
        = m_sandbox->issueToken(QStringLiteral("admin"), QStringLiteral("short"), true);
    m_console = makeConsole();
    m_console->start();
    QTRY_VERIFY(dialog());
    fillToken(dialog(), m_sandbox->url().toString(), token, true);
    QTRY_VERIFY(m_console->session()->isActive());
    m_console.reset();
    m_sandbox->withStore(
        [](TokenStore &s) { return s.remove(QStringLiteral("admin"), QStringLiteral("short")); });

    m_console = makeConsole();
    m_console->start();
    QTRY_VERIFY_WITH_TIMEOUT(dialog() && dialog()->isVisible(), 10000);
    QVERIFY(dialog()
                ->findChild<QLabel *>(QStringLiteral("statusLabel"))
                ->text()
                .contains(QStringLiteral("invalid or has expired")));
    QCOMPARE(dialog()->findChild<QComboBox *>(QStringLiteral("serverCombo"))->currentText(),
             m_sandbox->url().toString());
}

void TestSignIn::signOutForgetsTheToken()
{
    m_console = makeConsole();
    m_console->start();
    QTRY_VERIFY(dialog());
    fillToken(dialog(), m_sandbox->url().toString(), m_sandbox->adminToken(), true);
    QTRY_COMPARE(m_store.size(), 1);
    waitIdle();
    m_console->window()->findChild<QAction *>(QStringLiteral("actionSignOut"))->trigger();
    QTRY_COMPARE(m_store.size(), 0);
    QVERIFY(!m_console->session()->isActive());
    QVERIFY(!m_console->api()->hasAccessToken());
    QCOMPARE(m_console->window()->model()->rowCount(), 0);
    QCOMPARE(m_settings->value(Settings::Key::RememberedServer).toString(), QString());
    QTRY_VERIFY(dialog() && dialog()->isVisible()); // ready to sign in again
}

void TestSignIn::a401MidSessionSignsInAgainAndKeepsThePlace()
{
    m_console = makeConsole();
    m_console->start();
    QTRY_VERIFY(dialog());
    fillPassword(dialog(), m_sandbox->url().toString());
    QTRY_VERIFY(m_console->session()->isActive());
    waitIdle();
    MainWindow *window = m_console->window();
    auto *edit = window->findChild<FilterLineEdit *>(QStringLiteral("usernameFilterEdit"));
    QTest::keyClicks(edit, QStringLiteral("a"));
    QTest::keyClick(edit, Qt::Key_Return);
    waitIdle();
    window->model()->setSortKeys({{TokenField::ClientId, Qt::DescendingOrder}});
    waitIdle();
    window->model()->setPage(2);
    waitIdle();
    auto *table = window->findChild<QTableView *>(QStringLiteral("tokenTable"));
    table->selectRow(3);
    const TokenKey selected = window->model()->keyAt(3);

    // The server revokes the console's own token behind its back.
    QVERIFY(m_sandbox->withStore([](TokenStore &s) {
        return s.remove(QStringLiteral("admin"), QStringLiteral("console"));
    }) == 1);
    m_sandbox->clearRequests();
    window->findChild<QAction *>(QStringLiteral("actionRefresh"))->trigger();
    QTRY_VERIFY(dialog() && dialog()->isVisible());
    QCOMPARE(dialog()->findChild<QComboBox *>(QStringLiteral("serverCombo"))->currentText(),
             m_sandbox->url().toString());
    QVERIFY(dialog()
                ->findChild<QLabel *>(QStringLiteral("statusLabel"))
                ->text()
                .contains(QStringLiteral("session ended")));
    QCOMPARE(window->model()->rows().isEmpty(), false); // nothing lost meanwhile

    fillPassword(dialog(), m_sandbox->url().toString());
    QTRY_VERIFY(!dialog());
    waitIdle();
    QVERIFY(!window->model()->lastError());
    // The failed request again, with the same query.
    const auto requests = m_sandbox->requests();
    QCOMPARE(requests.last().rawTarget,
             QByteArray("/auth/tokens?filter_username=a&size=25&page=2&order=client_id%3ADESC"));
    QCOMPARE(requests.last().status, 200);
    QCOMPARE(edit->text(), QStringLiteral("a"));
    QCOMPARE(window->selectedKeys(), QList<TokenKey> {selected});
}

void TestSignIn::aBulkRevokePausesOnA401AndGoesOn()
{
    m_console = makeConsole();
    m_console->start();
    QTRY_VERIFY(dialog());
    fillPassword(dialog(), m_sandbox->url().toString());
    QTRY_VERIFY(m_console->session()->isActive());
    waitIdle();
    const QList<TokenStore::Pair> pairs
        = m_sandbox->withStore([](TokenStore &s) { return s.allPairs(); }).mid(50, 60);
    QList<DeleteTarget> targets;
    for (const auto &p : pairs)
        targets.append(DeleteTarget::token({p.username, p.clientId}));
    m_sandbox->setLatencyMs(25);
    MainWindow *window = m_console->window();
    window->startRevocation(targets);
    QTRY_VERIFY(window->revoker()->doneCount() >= 10);
    m_sandbox->withStore(
        [](TokenStore &s) { return s.remove(QStringLiteral("admin"), QStringLiteral("console")); });
    QTRY_VERIFY(window->revoker()->isPaused());
    QTRY_VERIFY(dialog() && dialog()->isVisible());
    const int doneWhilePaused = window->revoker()->doneCount();
    QTest::qWait(200);
    QCOMPARE(window->revoker()->doneCount(), doneWhilePaused); // nothing sent while paused
    QVERIFY(doneWhilePaused < targets.size());
    m_sandbox->setLatencyMs(0);
    fillPassword(dialog(), m_sandbox->url().toString());
    QTRY_VERIFY_WITH_TIMEOUT(!window->revoker()->isRunning(), 20000);
    QCOMPARE(window->revoker()->count(RevokeOutcome::Kind::Revoked), targets.size());
    for (const auto &p : pairs)
        QVERIFY(
            !m_sandbox->withStore([&](TokenStore &s) { return s.find(p.username, p.clientId); }));
    // The 401 met a DELETE (journalled "unauthorized", then sent again) or a check of one the
    // server had revoked (made again after the sign-in): either way every pair is verified.
    int unauthorizedLines = 0;
    for (const JournalEntry &e :
         AuditJournal::read(m_dir->filePath(QStringLiteral("journal.jsonl"))))
        unauthorizedLines += e.outcome == QLatin1String("unauthorized");
    QCOMPARE(window->revoker()->verifiedGone(), int(targets.size()));
    QCOMPARE(window->revoker()->notVerified(), 0);
    qInfo("%d DELETE(s) met the 401", unauthorizedLines);
}

void TestSignIn::noTokenLeaksIntoSettingsJournalOrLog()
{
    const QString token
        = m_sandbox->issueToken(QStringLiteral("admin"), QStringLiteral("leak-test"), true);
    m_console = makeConsole();
    m_console->start();
    QTRY_VERIFY(dialog());
    fillToken(dialog(), m_sandbox->url().toString(), token);
    QTRY_VERIFY(m_console->session()->isActive());
    waitIdle();
    MainWindow *window = m_console->window();
    // Browse.
    window->model()->nextPage();
    waitIdle();
    // Details, revealed.
    auto *table = window->findChild<QTableView *>(QStringLiteral("tokenTable"));
    table->selectRow(1);
    const TokenKey shown = window->model()->keyAt(1);
    const QString shownToken = m_sandbox->withStore(
        [&](TokenStore &s) { return s.find(shown.username, shown.clientId)->token; });
    window->findChild<QAction *>(QStringLiteral("actionViewDetails"))->trigger();
    auto *details = window->findChild<TokenDetailsDialog *>();
    QTRY_VERIFY(details && details->isLoaded());
    QTest::mouseClick(details->findChild<QToolButton *>(QStringLiteral("revealButton")),
                      Qt::LeftButton);
    QCOMPARE(details->findChild<QLabel *>(QStringLiteral("tokenValue"))->text(), shownToken);
    details->reject();
    // Revoke.
    window->startRevocation({DeleteTarget::token(window->model()->keyAt(2))});
    QTRY_VERIFY(!window->revoker()->isRunning());
    // Sign out.
    window->findChild<QAction *>(QStringLiteral("actionSignOut"))->trigger();
    QTRY_VERIFY(!m_console->session()->isActive());
    m_console.reset();

    for (const QString &secret : {token, shownToken}) {
        QVERIFY(!settingsText().contains(secret));
        QFile journal(m_dir->filePath(QStringLiteral("journal.jsonl")));
        QVERIFY(journal.open(QIODevice::ReadOnly));
        const QByteArray journalText = journal.readAll();
        QVERIFY(journalText.contains("revoked"));
        QVERIFY(!journalText.contains(secret.toUtf8()));
        for (const QString &line : std::as_const(g_log))
            QVERIFY2(!line.contains(secret), qPrintable(line));
    }
}

QTEST_MAIN(TestSignIn)
#include "tst_signin.moc"

// Each secret field is masked until its own Show is ticked; a submit with a field left empty
// says so and puts the focus in that field.
void TestSignIn::everySecretHasItsShowAndAnEmptyFieldGetsTheFocus()
{
    m_console = makeConsole();
    m_console->start();
    QTRY_VERIFY(dialog());
    SignInDialog *d = dialog();
    d->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(d));
    const std::pair<const char *, const char *> secrets[]
        = {{"showTokenCheck", "tokenEdit"},
           {"showSecretCheck", "clientSecretEdit"},
           {"showPasswordCheck", "passwordEdit"}};
    for (const auto &[checkName, editName] : secrets) {
        auto *check = d->findChild<QCheckBox *>(QLatin1String(checkName));
        auto *edit = d->findChild<QLineEdit *>(QLatin1String(editName));
        QVERIFY2(check && edit, checkName);
        QCOMPARE(edit->echoMode(), QLineEdit::Password);
        check->setChecked(true);
        QCOMPARE(edit->echoMode(), QLineEdit::Normal);
        check->setChecked(false);
        QCOMPARE(edit->echoMode(), QLineEdit::Password);
    }
    auto *tabs = d->findChild<QTabWidget *>(QStringLiteral("methodTabs"));
    d->findChild<QComboBox *>(QStringLiteral("serverCombo"))
        ->setEditText(m_sandbox->url().toString());
    tabs->setCurrentIndex(1); // client credentials: the id given, the secret left empty
    d->findChild<QLineEdit *>(QStringLiteral("clientIdEdit"))
        ->setText(QStringLiteral("some-client"));
    d->findChild<QLineEdit *>(QStringLiteral("clientSecretEdit"))->clear();
    QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("signInButton")), Qt::LeftButton);
    QTRY_VERIFY(d->findChild<QLineEdit *>(QStringLiteral("clientSecretEdit"))->hasFocus());
    QVERIFY(!d->findChild<QLabel *>(QStringLiteral("statusLabel"))->text().isEmpty());
    tabs->setCurrentIndex(2); // username and password: the username left empty
    d->findChild<QLineEdit *>(QStringLiteral("passwordClientIdEdit"))
        ->setText(QStringLiteral("console"));
    d->findChild<QLineEdit *>(QStringLiteral("usernameEdit"))->clear();
    QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("signInButton")), Qt::LeftButton);
    QTRY_VERIFY(d->findChild<QLineEdit *>(QStringLiteral("usernameEdit"))->hasFocus());
}
