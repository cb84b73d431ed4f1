// The whole console (ConsoleController, MainWindow, dialogs) where sign-in meets revocation:
// a confirmed revocation goes only to the server and identity it was confirmed on, and after
// Cancel, Sign Out or quitting nothing more is sent.
#include "AuditJournal.h"
#include "BulkRevoker.h"
#include "ConsoleController.h"
#include "CredentialStore.h"
#include "MainWindow.h"
#include "RevokeConfirmDialog.h"
#include "RevokeProgressDialog.h"
#include "Sandbox.h"
#include "Session.h"
#include "Settings.h"
#include "SignInDialog.h"
#include "SignInForm.h"
#include "TokensApi.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

class TestSessionSeams : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void retryFailedIsOfferedOnlyWhereTheRunWasConfirmed();
    void aConfirmationOpenWhenTheSessionChangesClosesWithoutSending();
    void aPausedRunEndsWhenSignedInElsewhere();
    void aCancelledSignInLeavesAPausedRunThatCanGoOnOrStop();
    void aRefreshInFlightIsAbandonedByANewSignIn();
    void signOutDuringRetriesSendsNothingMore();
    void quittingWhileRevokingAsksAndRecordsEveryOutcome();
    void tokenStdinWithoutBaseUrlRefusesToStart();
    void retryFailedRemembersWhatMayHaveArrived();
    void theOwnTokenIsRevokedLast();
    void aTokenFromStdinSurvivesAFailedCheck();
    void aTokenFromStdinIsCheckedWithRetries();
    void aRevocationThatEndsTheSessionSaysSoInTheStatusBar();

private:
    void signInWithPassword(const Sandbox &sandbox);
    void fillToken(const QString &server, const QString &token);
    void fillPassword(const QString &server);
    SignInDialog *dialog() const { return m_console ? m_console->signInDialog() : nullptr; }
    MainWindow *window() const { return m_console->window(); }
    RevokeProgressDialog *progress() const { return window()->findChild<RevokeProgressDialog *>(); }
    void waitIdle() { QTRY_VERIFY_WITH_TIMEOUT(!window()->model()->isLoading(), 10000); }
    QList<DeleteTarget> someTargets(int count, int from = 20) const;
    static int countRequests(const Sandbox &sandbox, const QByteArray &method = {});
    QString journalPath() const { return m_dir->filePath(QStringLiteral("journal.jsonl")); }
    // Every intent line has its outcome line.
    void checkJournalIsWhole();

    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<Sandbox> m_other;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    MemoryCredentialStore m_store;
    std::unique_ptr<ConsoleController> m_console;
};

void TestSessionSeams::init()
{
    Sandbox::Options options;
    options.tokens = 300;
    m_sandbox = std::make_unique<Sandbox>(options);
    QVERIFY(m_sandbox->start());
    options.tokens = 100;
    options.seed = 2;
    m_other = std::make_unique<Sandbox>(options);
    QVERIFY(m_other->start());
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
    m_store = MemoryCredentialStore();
    ConsoleController::Options consoleOptions;
    consoleOptions.journalPath = journalPath();
    m_console = std::make_unique<ConsoleController>(m_settings.get(), &m_store, consoleOptions);
}

void TestSessionSeams::cleanup()
{
    m_console.reset();
    m_settings.reset();
    m_other.reset();
    m_sandbox.reset();
    m_dir.reset();
}

void TestSessionSeams::fillToken(const QString &server, const QString &token)
{
    QVERIFY(dialog());
    SignInForm::withToken(dialog(), server, token);
}

void TestSessionSeams::fillPassword(const QString &server)
{
    QVERIFY(dialog());
    SignInForm::withSandboxAdminPassword(dialog(), server);
}

void TestSessionSeams::signInWithPassword(const Sandbox &sandbox)
{
    m_console->start();
    QTRY_VERIFY(dialog());
    fillPassword(sandbox.url().toString());
    QTRY_VERIFY(m_console->session()->isActive());
    waitIdle();
}

QList<DeleteTarget> TestSessionSeams::someTargets(int count, int from) const
{
    QList<DeleteTarget> targets;
    const auto pairs = m_sandbox->withStore([](TokenStore &s) { return s.allPairs(); });
    for (const auto &p : pairs) {
        const DeleteTarget target = DeleteTarget::token({p.username, p.clientId});
        if (p.username == QLatin1String("admin") || !target.isValid() || from-- > 0)
            continue;
        targets.append(target);
        if (targets.size() == count)
            break;
    }
    return targets;
}

int TestSessionSeams::countRequests(const Sandbox &sandbox, const QByteArray &method)
{
    int n = 0;
    const auto requests = sandbox.requests();
    for (const auto &r : requests)
        n += method.isEmpty() || r.method == method ? 1 : 0;
    return n;
}

void TestSessionSeams::checkJournalIsWhole()
{
    QSet<QString> intents, outcomes;
    for (const JournalEntry &e : AuditJournal::read(journalPath()))
        (e.event == QLatin1String("intent") ? intents : outcomes).insert(e.id);
    QCOMPARE(outcomes, intents);
}

// A run with failures on server A; then signed out and in to server B. Retry Failed says why
// it is not offered, and even if asked, sends nothing to B.
void TestSessionSeams::retryFailedIsOfferedOnlyWhereTheRunWasConfirmed()
{
    signInWithPassword(*m_sandbox);
    const QList<DeleteTarget> targets = someTargets(4);
    m_sandbox->failForUser(targets[1].key().username, 1, 500);
    window()->startRevocation(targets);
    QTRY_VERIFY(window()->revoker() && !window()->revoker()->isRunning());
    QCOMPARE(window()->revoker()->count(RevokeOutcome::Kind::Failed), 1);
    auto *retry = progress()->findChild<QPushButton *>(QStringLiteral("retryFailedButton"));
    QVERIFY(retry->isVisible());
    QVERIFY(retry->isEnabled());

    window()->findChild<QAction *>(QStringLiteral("actionSignOut"))->trigger();
    QTRY_VERIFY(dialog() && dialog()->isVisible());
    QVERIFY(!retry->isEnabled());
    fillToken(m_other->url().toString(), m_other->adminToken());
    QTRY_COMPARE(m_console->api()->baseUrl(), m_other->url());
    QVERIFY(!retry->isEnabled());
    QVERIFY(retry->toolTip().contains(QStringLiteral("Signed in elsewhere")));
    auto *notice = progress()->findChild<QLabel *>(QStringLiteral("noticeLabel"));
    QVERIFY(notice->isVisible());
    QVERIFY(notice->text().contains(m_sandbox->url().toDisplayString()));
    m_other->clearRequests();
    emit progress()->retryFailedRequested(); // as if the disabled button were pressed
    QTest::qWait(200);
    QCOMPARE(countRequests(*m_other, "DELETE"), 0);
    QCOMPARE(countRequests(*m_sandbox, "DELETE"), 4);
}

void TestSessionSeams::aConfirmationOpenWhenTheSessionChangesClosesWithoutSending()
{
    signInWithPassword(*m_sandbox);
    auto *table = window()->findChild<QTableView *>(QStringLiteral("tokenTable"));
    table->selectRow(2);
    window()->findChild<QAction *>(QStringLiteral("actionRevokeSelected"))->trigger();
    QPointer<RevokeConfirmDialog> confirm = window()->findChild<RevokeConfirmDialog *>();
    QVERIFY(confirm && confirm->isVisible());
    // The session ends and another begins while the confirmation is open.
    emit window()->reauthenticationRequired();
    QTRY_VERIFY(dialog() && dialog()->isVisible());
    m_sandbox->clearRequests();
    fillToken(m_other->url().toString(), m_other->adminToken());
    QTRY_COMPARE(m_console->api()->baseUrl(), m_other->url());
    QTRY_VERIFY(!confirm || !confirm->isVisible());
    if (confirm) {
        // Even a click that reached it now sends nothing.
        QTest::mouseClick(confirm->findChild<QPushButton *>(QStringLiteral("revokeButton")),
                          Qt::LeftButton);
    }
    QTest::qWait(100);
    QCOMPARE(countRequests(*m_sandbox, "DELETE"), 0);
    QCOMPARE(countRequests(*m_other, "DELETE"), 0);
}

// A revocation on A pauses on a 401; the admin signs in to B in the dialog that opens. The run
// ends: what was left is "not sent (signed in elsewhere)", and B never sees a DELETE.
void TestSessionSeams::aPausedRunEndsWhenSignedInElsewhere()
{
    signInWithPassword(*m_sandbox);
    const QList<DeleteTarget> targets = someTargets(60);
    m_sandbox->setLatencyMs(20);
    window()->startRevocation(targets);
    QTRY_VERIFY(window()->revoker()->doneCount() >= 10);
    m_sandbox->withStore(
        [](TokenStore &s) { return s.remove(QStringLiteral("admin"), QStringLiteral("console")); });
    QTRY_VERIFY(window()->revoker()->isPaused());
    QTRY_VERIFY(dialog() && dialog()->isVisible());
    m_sandbox->setLatencyMs(0);
    QTest::qWait(100);
    const int deletesOnA = countRequests(*m_sandbox, "DELETE");
    fillToken(m_other->url().toString(), m_other->adminToken());
    QTRY_VERIFY_WITH_TIMEOUT(!window()->revoker()->isRunning(), 10000);
    QCOMPARE(window()->revoker()->stopReason(), BulkRevoker::Stop::SignedInElsewhere);
    QCOMPARE(countRequests(*m_sandbox, "DELETE"), deletesOnA);
    QCOMPARE(countRequests(*m_other, "DELETE"), 0);
    const int notSent = window()->revoker()->count(RevokeOutcome::Kind::NotSent);
    QVERIFY(notSent > 0);
    QCOMPARE(window()->revoker()->count(RevokeOutcome::Kind::Revoked) + notSent,
             int(targets.size()));
    QVERIFY(progress()
                ->findChild<QLabel *>(QStringLiteral("statusLabel"))
                ->text()
                .startsWith(QStringLiteral("Stopped")));
    checkJournalIsWhole();
}

// Paused by a 401, the admin closes the sign-in dialog. The progress window says so and offers
// Sign In to Continue and Stop: the run is never stuck.
void TestSessionSeams::aCancelledSignInLeavesAPausedRunThatCanGoOnOrStop()
{
    signInWithPassword(*m_sandbox);
    const QList<DeleteTarget> targets = someTargets(40);
    m_sandbox->setLatencyMs(20);
    window()->startRevocation(targets);
    QTRY_VERIFY(window()->revoker()->doneCount() >= 5);
    m_sandbox->withStore(
        [](TokenStore &s) { return s.remove(QStringLiteral("admin"), QStringLiteral("console")); });
    QTRY_VERIFY(window()->revoker()->isPaused());
    QTRY_VERIFY(dialog() && dialog()->isVisible());
    dialog()->reject();
    QTRY_VERIFY(!dialog());
    auto *signIn = progress()->findChild<QPushButton *>(QStringLiteral("signInButton"));
    auto *stop = progress()->findChild<QPushButton *>(QStringLiteral("cancelButton"));
    QVERIFY(signIn->isVisible());
    QCOMPARE(stop->text(), QStringLiteral("&Stop"));
    QVERIFY(progress()
                ->findChild<QLabel *>(QStringLiteral("noticeLabel"))
                ->text()
                .startsWith(QStringLiteral("Paused")));

    // Sign In to Continue opens the dialog again; closed again, the run is still paused.
    QTest::mouseClick(signIn, Qt::LeftButton);
    QTRY_VERIFY(dialog() && dialog()->isVisible());
    dialog()->reject();
    QTRY_VERIFY(!dialog());
    QVERIFY(window()->revoker()->isPaused());

    // Stop: the run ends; nothing more is sent.
    QTest::qWait(100);
    const int deletes = countRequests(*m_sandbox, "DELETE");
    QTest::mouseClick(stop, Qt::LeftButton);
    QTRY_VERIFY(!window()->revoker()->isRunning());
    QTest::qWait(200);
    QCOMPARE(countRequests(*m_sandbox, "DELETE"), deletes);
    QVERIFY(window()->revoker()->count(RevokeOutcome::Kind::NotSent) > 0);
    QVERIFY(!signIn->isVisible());
    checkJournalIsWhole();
}

// A refresh is in flight (slowly) when the admin signs in to another server. Its late answer
// neither installs a token nor is stored for anyone.
void TestSessionSeams::aRefreshInFlightIsAbandonedByANewSignIn()
{
    signInWithPassword(*m_sandbox);
    QVERIFY(m_console->session()->canRefresh());
    QSignalSpy refreshed(m_console->session(), &Session::refreshed);
    m_sandbox->setLatencyMs(400);
    m_sandbox->clearRequests();
    m_console->session()->refreshNow();
    QTRY_COMPARE(countRequests(*m_sandbox, "POST"), 1); // the refresh is on the wire
    emit window()->reauthenticationRequired();
    QTRY_VERIFY(dialog() && dialog()->isVisible());
    fillToken(m_other->url().toString(), m_other->adminToken());
    QTRY_COMPARE(m_console->api()->baseUrl(), m_other->url());
    QTest::qWait(700); // the refresh's answer has come and gone
    QCOMPARE(refreshed.size(), 0);
    QCOMPARE(m_console->session()->info().accessToken, m_other->adminToken());
    QCOMPARE(m_console->session()->info().baseUrl, m_other->url());
    QCOMPARE(m_store.size(), 0);
    // What goes to B now carries B's token.
    m_other->clearRequests();
    window()->findChild<QAction *>(QStringLiteral("actionRefresh"))->trigger();
    waitIdle();
    QVERIFY(!window()->model()->lastError());
}

// Sign Out while DELETEs wait to be tried again: none is sent again, nothing at all leaves
// with the old token afterwards.
void TestSessionSeams::signOutDuringRetriesSendsNothingMore()
{
    signInWithPassword(*m_sandbox);
    Sandbox::Fault fault;
    fault.status = 503;
    fault.method = "DELETE";
    fault.retryAfterSeconds = 1;
    m_sandbox->addFault(fault);
    m_sandbox->clearRequests();
    const QList<DeleteTarget> targets = someTargets(10);
    window()->startRevocation(targets);
    QTRY_COMPARE(countRequests(*m_sandbox, "DELETE"), 6);
    QTest::qWait(100);
    window()->findChild<QAction *>(QStringLiteral("actionSignOut"))->trigger();
    QTRY_VERIFY(!window()->revoker()->isRunning());
    const int requests = countRequests(*m_sandbox);
    QTest::qWait(1500);
    QCOMPARE(countRequests(*m_sandbox), requests);
    QCOMPARE(countRequests(*m_sandbox, "DELETE"), 6);
    QCOMPARE(countRequests(*m_sandbox, "GET"), 0);
    QCOMPARE(window()->revoker()->stopReason(), BulkRevoker::Stop::SignedOut);
    QCOMPARE(window()->revoker()->count(RevokeOutcome::Kind::Unknown), 6);
    QCOMPARE(window()->revoker()->count(RevokeOutcome::Kind::NotSent), 4);
    checkJournalIsWhole();
}

// Closing the window while a revocation runs asks; "Stop and Quit" stops sending and closes
// once every request sent has its outcome in the journal.
void TestSessionSeams::quittingWhileRevokingAsksAndRecordsEveryOutcome()
{
    signInWithPassword(*m_sandbox);
    const QList<DeleteTarget> targets = someTargets(100);
    m_sandbox->setLatencyMs(40);
    window()->startRevocation(targets);
    QTRY_VERIFY(window()->revoker()->doneCount() >= 6);
    bool asked = false;
    QTimer::singleShot(0, this, [&] {
        auto *box = window()->findChild<QMessageBox *>(QStringLiteral("quitWhileRevokingBox"));
        QVERIFY(box);
        asked = true;
        box->findChild<QPushButton *>(QStringLiteral("stopAndQuitButton"))->click();
    });
    window()->close();
    QVERIFY(asked);
    QVERIFY(window()->isVisible()); // not yet: the requests on the wire come back first
    QTRY_VERIFY(!window()->isVisible());
    QVERIFY(!window()->revoker()->isRunning());
    const int sent = countRequests(*m_sandbox, "DELETE");
    QCOMPARE(window()->revoker()->count(RevokeOutcome::Kind::Revoked), sent);
    QCOMPARE(window()->revoker()->count(RevokeOutcome::Kind::NotSent), int(targets.size()) - sent);
    checkJournalIsWhole();
}

void TestSessionSeams::tokenStdinWithoutBaseUrlRefusesToStart()
{
    QProcess console;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), m_dir->path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
    console.setProcessEnvironment(env);
    console.start(QStringLiteral(KNETIK_CONSOLE_BINARY),
                  {QStringLiteral("--token-stdin"), QStringLiteral("--no-remember")});
    QVERIFY(console.waitForStarted(10000));
    console.write("some-token\n");
    console.closeWriteChannel();
    QVERIFY(console.waitForFinished(10000));
    QCOMPARE(console.exitStatus(), QProcess::NormalExit);
    QCOMPARE(console.exitCode(), 2);
    QVERIFY(console.readAllStandardError().contains("--token-stdin needs --base-url"));
}

// A pair whose tries all met a gateway's 504 (the first was carried out) and whose check failed
// is "unknown". Retry Failed sends it again knowing that: the API's 404 then means revoked.
void TestSessionSeams::retryFailedRemembersWhatMayHaveArrived()
{
    signInWithPassword(*m_sandbox);
    m_console->api()->setRetryPolicy(RetryPolicy {4, 20, 100, 60});
    const QList<DeleteTarget> targets = someTargets(2);
    Sandbox::Fault lost;
    lost.kind = Sandbox::FaultKind::Gateway;
    lost.status = 504;
    lost.remaining = 4;
    lost.method = "DELETE";
    lost.username = targets[0].key().username;
    m_sandbox->addFault(lost);
    Sandbox::Fault checkFails;
    checkFails.status = 500;
    checkFails.remaining = 1;
    checkFails.method = "GET";
    checkFails.pathPrefix = QStringLiteral("/auth/tokens/") + targets[0].key().username;
    m_sandbox->addFault(checkFails);
    window()->startRevocation(targets);
    QTRY_VERIFY_WITH_TIMEOUT(!window()->revoker()->isRunning(), 10000);
    QCOMPARE(window()->revoker()->count(RevokeOutcome::Kind::Unknown), 1);
    auto *retry = progress()->findChild<QPushButton *>(QStringLiteral("retryFailedButton"));
    QVERIFY(retry->isVisible() && retry->isEnabled());
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!window()->revoker()->isRunning(), 10000);
    QCOMPARE(window()->revoker()->total(), 1);
    const RevokeOutcome &outcome = window()->revoker()->items()[0].outcome;
    QCOMPARE(outcome.kind, RevokeOutcome::Kind::Revoked); // not "already gone"
    QCOMPARE(outcome.detail, QStringLiteral("gone when retried"));
}

// Revoking the console's own token ends its session: it goes last, alone, once every other
// request has its answer (sent beside the others, it made some of them meet a 401; that was
// seen under ASan in CI).
void TestSessionSeams::theOwnTokenIsRevokedLast()
{
    signInWithPassword(*m_sandbox);
    QList<DeleteTarget> targets
        = {DeleteTarget::token({QStringLiteral("admin"), QStringLiteral("console")})};
    targets += someTargets(15);
    m_sandbox->setLatencyMs(10);
    m_sandbox->clearRequests();
    window()->startRevocation(targets);
    QTRY_VERIFY_WITH_TIMEOUT(!window()->revoker()->isRunning(), 10000);
    QCOMPARE(window()->revoker()->count(RevokeOutcome::Kind::Revoked), int(targets.size()));
    QByteArray lastDelete;
    for (const auto &r : m_sandbox->requests()) {
        if (r.method != "DELETE")
            continue;
        lastDelete = r.rawTarget;
        // Sent alone, after every other answer: no request met the ended session.
        QCOMPARE(r.status, 204);
    }
    QCOMPARE(lastDelete, QByteArray("/auth/tokens?username=admin&client_id=console"));
    QTRY_VERIFY(!m_console->session()->isActive()); // and then the console signs out
}

QTEST_MAIN(TestSessionSeams)
#include "tst_sessionseams.moc"

// --token-stdin: a check that still fails after its retries opens the dialog with the token
// kept (masked) beside the reason, and Sign In then works without pasting it again.
void TestSessionSeams::aTokenFromStdinSurvivesAFailedCheck()
{
    ConsoleController::Options options;
    options.journalPath = journalPath();
    options.baseUrl = m_sandbox->url();
    options.token = m_sandbox->adminToken();
    m_console = std::make_unique<ConsoleController>(m_settings.get(), &m_store, options);
    m_sandbox->failNext(50, 503, "GET");
    m_console->start();
    QTRY_VERIFY_WITH_TIMEOUT(dialog(), 30000);
    QVERIFY(countRequests(*m_sandbox, "GET") > 1); // retried like every GET
    auto *edit = dialog()->findChild<QLineEdit *>(QStringLiteral("tokenEdit"));
    QCOMPARE(edit->text(), m_sandbox->adminToken());
    QCOMPARE(edit->echoMode(), QLineEdit::Password);
    QVERIFY(dialog()
                ->findChild<QLabel *>(QStringLiteral("statusLabel"))
                ->text()
                .contains(QStringLiteral("503")));
    QVERIFY(!m_console->session()->isActive());

    m_sandbox->clearFaults();
    QTest::mouseClick(dialog()->findChild<QPushButton *>(QStringLiteral("signInButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(m_console->session()->isActive());
}

void TestSessionSeams::aTokenFromStdinIsCheckedWithRetries()
{
    ConsoleController::Options options;
    options.journalPath = journalPath();
    options.baseUrl = m_sandbox->url();
    options.token = m_sandbox->adminToken();
    m_console = std::make_unique<ConsoleController>(m_settings.get(), &m_store, options);
    m_sandbox->failNext(2, 503, "GET");
    m_console->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_console->session()->isActive(), 20000);
    QVERIFY(!dialog());
}

// A revocation that meets a 401 (the session's token was revoked elsewhere): the status bar
// says the session ended, not "Signed in".
void TestSessionSeams::aRevocationThatEndsTheSessionSaysSoInTheStatusBar()
{
    signInWithPassword(*m_sandbox);
    auto *status = window()->findChild<QLabel *>(QStringLiteral("sessionStatus"));
    QVERIFY(status->text().startsWith(QStringLiteral("Signed in")));
    m_sandbox->failNext(1, 401, "DELETE");
    window()->startRevocation(someTargets(1));
    QTRY_VERIFY(dialog());
    QCOMPARE(status->text(), QStringLiteral("Session ended: sign in again"));
    // A new sign-in says who is signed in again.
    fillPassword(m_sandbox->url().toString());
    QTRY_VERIFY(!dialog());
    QTRY_VERIFY(status->text().startsWith(QStringLiteral("Signed in")));
}
