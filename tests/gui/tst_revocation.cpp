#include "AuditJournal.h"
#include "BulkRevoker.h"
#include "EnglishTexts.h"
#include "ErrorBanner.h"
#include "FilterLineEdit.h"
#include "MainWindow.h"
#include "OwnTokenFinder.h"
#include "RevocationHistoryDialog.h"
#include "RevokeConfirmDialog.h"
#include "RevokeProgressDialog.h"
#include "Sandbox.h"
#include "SandboxProtocol.h"
#include "Settings.h"
#include "TokensApi.h"
#include "WindowFixture.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QGuiApplication>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <memory>

class TestRevocation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(installEnglishTexts()); }
    void init();
    void cleanup();

    void deleteKeyRevokesTheSelectedRows();
    void requestsAtOnceCapsARevoke();
    void cancelSendsNothing();
    void aSignInBetweenConfirmingAndStartingSendsNothing();
    void userWideRevokeWaitsForTheTypedName();
    void clientWideRevokeIsExact();
    void largeSelectionsNeedTheCountTyped();
    void warnsAboutTheOwnToken();
    void deleteInAFilterFieldEditsText();
    void copyPutsTabSeparatedRowsOnTheClipboard();
    void historyListsFiltersAndExports();
    void failuresAreListedAndRetried();
    void aWideRevokeCountsAgainBeforeSending();
    void blankNamesAreLeftOutAndSaySo();
    void typingIsNeededAbove25AndOnlyTheRightCountWorks();
    void cancelInTheProgressWindowSendsNothingMore();
    void theContextMenuRevokes();
    void countingReadsEveryPageAndAFailureBlocksTheRevoke();
    void enterRevokesOnlyOnceTheTypedTextMatches();
    void aPastedTokensOwnPairIsFoundBeforeConfirming();
    void enterOnAFocusedCancelCancelsEvenWhenTheTextMatches();
    void theOwnTokenCheckStopsWhenTheConfirmationCloses();
    void revokeAllMatchingRevokesEveryMatchOneByOne();
    void revokeAllMatchingOffersOnlyMatchesWhereTheServerIgnoresFilters();
    void matchesThatAppearWhileRevokingAllAreReportedNotRevoked();

private:
    // DELETEs the sandbox received (after letting the event loop run for 100 ms).
    int deleteRequests() const;
    RevokeConfirmDialog *confirmDialog() const
    {
        return m_f.window->findChild<RevokeConfirmDialog *>();
    }
    void waitIdle() { QTRY_VERIFY_WITH_TIMEOUT(!m_f.window->model()->isLoading(), 10000); }
    void waitRevoked()
    {
        QTRY_VERIFY_WITH_TIMEOUT(m_f.window->revoker() && !m_f.window->revoker()->isRunning(),
                                 20000);
        waitIdle();
    }
    void clickRow(int row, Qt::KeyboardModifiers modifiers = {});
    bool inStore(const TokenKey &key) const
    {
        return bool(m_f.sandbox->withStore(
            [&](TokenStore &s) { return s.find(key.username, key.clientId); }));
    }

    WindowFixture m_f;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestRevocation::init()
{
    QVERIFY(m_f.start(400, 8));
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_f.window->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestRevocation::cleanup()
{
    m_tester.reset();
    m_f.stop();
}

int TestRevocation::deleteRequests() const
{
    // A revocation starts from the event loop and its DELETEs leave asynchronously: let a
    // wrongly started one reach the sandbox before counting, so that a 0 means none.
    QTest::qWait(100);
    int n = 0;
    const auto requests = m_f.sandbox->requests();
    for (const auto &r : requests)
        n += r.method == "DELETE" ? 1 : 0;
    return n;
}

void TestRevocation::clickRow(int row, Qt::KeyboardModifiers modifiers)
{
    auto *table = m_f.window->findChild<QTableView *>(QStringLiteral("tokenTable"));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, modifiers,
                      table->visualRect(table->model()->index(row, 0)).center());
}

void TestRevocation::deleteKeyRevokesTheSelectedRows()
{
    auto *table = m_f.window->findChild<QTableView *>(QStringLiteral("tokenTable"));
    auto *model = m_f.window->model();
    const QList<TokenKey> chosen {model->keyAt(3), model->keyAt(4), model->keyAt(5)};
    const TokenKey neighbour = model->keyAt(6);
    const qint64 before = m_f.sandbox->withStore([](TokenStore &s) { return s.size(); });
    clickRow(3);
    clickRow(5, Qt::ShiftModifier);
    QCOMPARE(m_f.window->selectedKeys(), chosen);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Delete);

    RevokeConfirmDialog *dialog = confirmDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->findChild<QTreeWidget *>(QStringLiteral("pairList"))->topLevelItemCount(), 3);
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("summaryLabel"))
                ->text()
                .startsWith(QStringLiteral("3 token")));
    auto *revoke = dialog->findChild<QPushButton *>(QStringLiteral("revokeButton"));
    QVERIFY(revoke->isEnabled()); // three rows: no typing needed
    QVERIFY(!revoke->isDefault());
    QCOMPARE(deleteRequests(), 0); // nothing before confirming
    QTest::mouseClick(revoke, Qt::LeftButton);

    waitRevoked();
    for (const TokenKey &key : chosen) {
        QCOMPARE(model->rowOf(key), -1);
        QVERIFY(!inStore(key));
    }
    QVERIFY(inStore(neighbour));
    QVERIFY(model->rowOf(neighbour) >= 0);
    QCOMPARE(m_f.sandbox->withStore([](TokenStore &s) { return s.size(); }), before - 3);
    QCOMPARE(deleteRequests(), 3);
    QCOMPARE(model->rowCount(), 25); // the page filled up again
    QCOMPARE(model->pageState().totalElements, before - 3);

    const QList<JournalEntry> entries = AuditJournal::read(m_f.journal->path());
    QCOMPARE(entries.size(), 6);
    for (const TokenKey &key : chosen) {
        int intents = 0, outcomes = 0;
        for (const JournalEntry &e : entries) {
            if (e.username == key.username && e.clientId == key.clientId) {
                intents += e.event == QLatin1String("intent");
                outcomes
                    += e.event == QLatin1String("outcome") && e.outcome == QLatin1String("revoked");
            }
        }
        QCOMPARE(intents, 1);
        QCOMPARE(outcomes, 1);
    }
    auto *progress = m_f.window->findChild<RevokeProgressDialog *>();
    QVERIFY(progress);
    QCOMPARE(progress->summaryText(), QStringLiteral("Revoked: 3, already gone: 0, failed: 0"));
}

void TestRevocation::cancelSendsNothing()
{
    clickRow(2);
    m_f.window->findChild<QAction *>(QStringLiteral("actionRevokeSelected"))->trigger();
    RevokeConfirmDialog *dialog = confirmDialog();
    QVERIFY(dialog);
    QTest::keyClick(dialog, Qt::Key_Return); // Return lands on Cancel, never on Revoke
    QTRY_VERIFY(!confirmDialog());
    QTest::qWait(100);
    QCOMPARE(deleteRequests(), 0);
    QVERIFY(inStore(m_f.window->model()->keyAt(2)));
}

void TestRevocation::userWideRevokeWaitsForTheTypedName()
{
    const QString user = QStringLiteral("wide ada");
    for (const char *client : {"web", "ios", "cli", "partner api"})
        m_f.sandbox->issueToken(user, QString::fromLatin1(client), false);
    m_f.sandbox->issueToken(QStringLiteral("wide ada2"), QStringLiteral("web"),
                            false); // substring, not exact
    m_f.sandbox->issueToken(QStringLiteral("Wide Ada"), QStringLiteral("web"), false);
    auto *edit = m_f.window->findChild<FilterLineEdit *>(QStringLiteral("usernameFilterEdit"));
    QTest::keyClicks(edit, QStringLiteral("wide ada"));
    QTest::keyClick(edit, Qt::Key_Return);
    waitIdle();
    const int row = m_f.window->model()->rowOf({user, QStringLiteral("web")});
    QVERIFY(row >= 0);
    clickRow(row);
    auto *action = m_f.window->findChild<QAction *>(QStringLiteral("actionRevokeAllOfUser"));
    QVERIFY(action->isEnabled());
    QVERIFY(action->text().contains(user));
    m_f.sandbox->clearRequests();
    action->trigger();
    RevokeConfirmDialog *dialog = confirmDialog();
    QVERIFY(dialog);
    QTRY_COMPARE(dialog->expectedCount(), 4); // exact matches only
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("summaryLabel"))
                ->text()
                .startsWith(QStringLiteral("4 token")));
    auto *revoke = dialog->findChild<QPushButton *>(QStringLiteral("revokeButton"));
    auto *confirm = dialog->findChild<QLineEdit *>(QStringLiteral("confirmEdit"));
    QVERIFY(!revoke->isEnabled());
    QTest::mouseClick(revoke, Qt::LeftButton);
    QCOMPARE(deleteRequests(), 0);
    QTest::keyClicks(confirm, QStringLiteral("wide ad"));
    QVERIFY(!revoke->isEnabled());
    QTest::keyClicks(confirm, QStringLiteral("a2"));
    QVERIFY(!revoke->isEnabled());
    confirm->clear();
    QTest::keyClicks(confirm, user);
    QVERIFY(revoke->isEnabled());
    QTest::mouseClick(revoke, Qt::LeftButton);
    waitRevoked();
    QCOMPARE(deleteRequests(), 1);
    QByteArray deleteTarget;
    for (const auto &request : m_f.sandbox->requests()) {
        if (request.method == "DELETE")
            deleteTarget = request.rawTarget;
    }
    QCOMPARE(deleteTarget, QByteArray("/auth/tokens?username=wide%20ada"));
    for (const char *client : {"web", "ios", "cli", "partner api"})
        QVERIFY(!inStore({user, QString::fromLatin1(client)}));
    QVERIFY(inStore({QStringLiteral("wide ada2"), QStringLiteral("web")}));
    QVERIFY(inStore({QStringLiteral("Wide Ada"), QStringLiteral("web")}));
    const QList<JournalEntry> entries = AuditJournal::read(m_f.journal->path());
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.first().scope, QStringLiteral("user"));
    QVERIFY(entries.first().clientId.isEmpty());
}

void TestRevocation::clientWideRevokeIsExact()
{
    m_f.sandbox->issueToken(QStringLiteral("c1"), QStringLiteral("only-this.client"), false);
    m_f.sandbox->issueToken(QStringLiteral("c2"), QStringLiteral("only-this.client"), false);
    m_f.sandbox->issueToken(QStringLiteral("c3"), QStringLiteral("only-this.client.v2"), false);
    auto *edit = m_f.window->findChild<FilterLineEdit *>(QStringLiteral("clientIdFilterEdit"));
    QTest::keyClicks(edit, QStringLiteral("only-this"));
    QTest::keyClick(edit, Qt::Key_Return);
    waitIdle();
    clickRow(
        m_f.window->model()->rowOf({QStringLiteral("c1"), QStringLiteral("only-this.client")}));
    m_f.window->findChild<QAction *>(QStringLiteral("actionRevokeAllOfClient"))->trigger();
    RevokeConfirmDialog *dialog = confirmDialog();
    QTRY_COMPARE(dialog->expectedCount(), 2);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("confirmEdit")),
                     QStringLiteral("only-this.client"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("revokeButton")),
                      Qt::LeftButton);
    waitRevoked();
    QVERIFY(!inStore({QStringLiteral("c1"), QStringLiteral("only-this.client")}));
    QVERIFY(!inStore({QStringLiteral("c2"), QStringLiteral("only-this.client")}));
    QVERIFY(inStore({QStringLiteral("c3"), QStringLiteral("only-this.client.v2")}));
    QCOMPARE(m_f.window->model()->rowCount(), 1);
}

void TestRevocation::largeSelectionsNeedTheCountTyped()
{
    auto *sizes = m_f.window->findChild<QComboBox *>(QStringLiteral("pageSizeComboBox"));
    sizes->setCurrentIndex(sizes->findData(50));
    waitIdle();
    auto *table = m_f.window->findChild<QTableView *>(QStringLiteral("tokenTable"));
    table->setFocus();
    table->selectAll();
    QCOMPARE(m_f.window->selectedKeys().size(), 50);
    QTest::keyClick(table, Qt::Key_Delete);
    RevokeConfirmDialog *dialog = confirmDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->requiredConfirmation(), QStringLiteral("50"));
    auto *revoke = dialog->findChild<QPushButton *>(QStringLiteral("revokeButton"));
    QVERIFY(!revoke->isEnabled());
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("confirmEdit")),
                     QStringLiteral("50"));
    QVERIFY(revoke->isEnabled());
    dialog->reject();
    QCOMPARE(deleteRequests(), 0);
}

void TestRevocation::warnsAboutTheOwnToken()
{
    auto *edit = m_f.window->findChild<FilterLineEdit *>(QStringLiteral("clientIdFilterEdit"));
    QTest::keyClicks(edit, QString::fromLatin1(Sandbox::AdminClientId));
    QTest::keyClick(edit, Qt::Key_Return);
    waitIdle();
    const TokenKey own {QString::fromLatin1(Sandbox::AdminUsername),
                        QString::fromLatin1(Sandbox::AdminClientId)};
    const int row = m_f.window->model()->rowOf(own);
    QVERIFY(row >= 0);
    clickRow(row);
    m_f.window->findChild<QAction *>(QStringLiteral("actionRevokeSelected"))->trigger();
    RevokeConfirmDialog *dialog = confirmDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->includesOwnSession());
    QTRY_VERIFY(dialog->findChild<QLabel *>(QStringLiteral("ownTokenWarning"))->isVisible());
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("revokeButton")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_f.window->revoker() && !m_f.window->revoker()->isRunning(), 10000);
    QVERIFY(!inStore(own));
    // Signed out: the table is empty and says why.
    QTRY_COMPARE(m_f.window->model()->rowCount(), 0);
    QVERIFY(m_f.window->findChild<QLabel *>(QStringLiteral("errorMessageLabel"))
                ->text()
                .contains(QStringLiteral("Sign in again")));
}

void TestRevocation::deleteInAFilterFieldEditsText()
{
    clickRow(1);
    auto *edit = m_f.window->findChild<FilterLineEdit *>(QStringLiteral("usernameFilterEdit"));
    QTest::keyClicks(edit, QStringLiteral("abc"));
    QTest::keyClick(edit, Qt::Key_Home);
    QTest::keyClick(edit, Qt::Key_Delete);
    QCOMPARE(edit->text(), QStringLiteral("bc"));
    QVERIFY(!confirmDialog());
}

void TestRevocation::copyPutsTabSeparatedRowsOnTheClipboard()
{
    auto *model = m_f.window->model();
    clickRow(0);
    clickRow(2, Qt::ControlModifier);
    auto *table = m_f.window->findChild<QTableView *>(QStringLiteral("tokenTable"));
    table->setFocus();
    QGuiApplication::clipboard()->clear();
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(),
             model->keyAt(0).username + QLatin1Char('\t') + model->keyAt(0).clientId
                 + QLatin1Char('\n') + model->keyAt(2).username + QLatin1Char('\t')
                 + model->keyAt(2).clientId + QLatin1Char('\n'));
}

void TestRevocation::historyListsFiltersAndExports()
{
    const TokenKey a = m_f.window->model()->keyAt(0);
    const TokenKey b = m_f.window->model()->keyAt(1);
    m_f.window->startRevocation({DeleteTarget::token(a), DeleteTarget::token(b)});
    waitRevoked();
    m_f.window->findChild<QAction *>(QStringLiteral("actionRevocationHistory"))->trigger();
    auto *dialog = m_f.window->findChild<RevocationHistoryDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->shownEntries().size(), 4);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("historyFilterEdit")),
                     b.username);
    QVERIFY(dialog->shownEntries().size() >= 2);
    for (const JournalEntry &e : dialog->shownEntries())
        QVERIFY(e.username.contains(b.username, Qt::CaseInsensitive)
                || e.clientId.contains(b.username, Qt::CaseInsensitive)
                || e.message.contains(b.username, Qt::CaseInsensitive));
    const QString csv = m_f.dir->filePath(QStringLiteral("export.csv"));
    QVERIFY(dialog->exportCsv(csv));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.startsWith("time,event,id,server"));
    QCOMPARE(text.count("\r\n"), int(dialog->shownEntries().size()) + 1);
    QVERIFY(!text.contains(m_f.sandbox->adminToken().toUtf8()));

    // In the admin's words, not the journal's; it fits a small screen and Escape closes it.
    auto *table = dialog->findChild<QTableView *>(QStringLiteral("historyTable"));
    QStringList events, scopes, outcomes;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        events << table->model()->index(row, 1).data().toString();
        outcomes << table->model()->index(row, 2).data().toString();
        scopes << table->model()->index(row, 5).data().toString();
    }
    QVERIFY(events.contains(QStringLiteral("Sending"))
            && events.contains(QStringLiteral("Result")));
    QVERIFY(!events.contains(QStringLiteral("intent")));
    QVERIFY(scopes.contains(QStringLiteral("One token")));
    QVERIFY(outcomes.contains(QStringLiteral("revoked")));
    const QSize screen = dialog->screen()->availableSize();
    QVERIFY(dialog->width() <= screen.width() && dialog->height() <= screen.height());
    QVERIFY(dialog->minimumSizeHint().width() <= 800 && dialog->minimumSizeHint().height() <= 500);
    QPointer<RevocationHistoryDialog> guard(dialog);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Escape);
    QTRY_VERIFY(!guard || !guard->isVisible());
}

void TestRevocation::failuresAreListedAndRetried()
{
    const TokenKey ok = m_f.window->model()->keyAt(0);
    // (Not row 1, "..": no GET can name it, so the check that follows a 500 could not tell.)
    const TokenKey bad = m_f.window->model()->keyAt(2);
    QVERIFY(!bad.username.startsWith(QLatin1Char('.')));
    m_f.sandbox->failForUser(bad.username, 1, 500);
    m_f.window->startRevocation({DeleteTarget::token(ok), DeleteTarget::token(bad)});
    waitRevoked();
    auto *progress = m_f.window->findChild<RevokeProgressDialog *>();
    QCOMPARE(progress->summaryText(), QStringLiteral("Revoked: 1, already gone: 0, failed: 1"));
    // The heading says what happened, and the list's heading says these failed.
    auto *status = progress->findChild<QLabel *>(QStringLiteral("statusLabel"));
    QCOMPARE(status->text(), QStringLiteral("Done: 1 revoked, 1 failed"));
    QVERIFY(progress->findChild<QLabel *>(QStringLiteral("statusIcon"))->isVisible());
    QCOMPARE(progress->findChild<QLabel *>(QStringLiteral("failureHeading"))->text(),
             QStringLiteral("Not revoked (1), and why:"));
    auto *failures = progress->findChild<QTreeWidget *>(QStringLiteral("failureList"));
    QVERIFY(failures->isVisible());
    QCOMPARE(failures->topLevelItemCount(), 1);
    QCOMPARE(failures->topLevelItem(0)->text(0), bad.username);
    QCOMPARE(failures->topLevelItem(0)->text(2), QStringLiteral("failed"));
    QVERIFY(failures->topLevelItem(0)->text(3).contains(QStringLiteral("500")));
    QVERIFY(inStore(bad));
    auto *retry = progress->findChild<QPushButton *>(QStringLiteral("retryFailedButton"));
    QVERIFY(retry->isVisible());
    QTest::mouseClick(retry, Qt::LeftButton);
    waitRevoked();
    QVERIFY(!inStore(bad));
    // The counts are the whole run's, not only the retried batch's.
    QCOMPARE(progress->summaryText(),
             QStringLiteral("Revoked: 2, already gone: 0, failed: 0, of 2 in the whole run"));
    QCOMPARE(status->text(), QStringLiteral("Done: 2 revoked"));
    QCOMPARE(progress->statusText(), QStringLiteral("Revoked 2 tokens"));
    QVERIFY(!progress->findChild<QLabel *>(QStringLiteral("failureHeading"))->isVisible());
}

// The count the admin confirmed is checked again right before sending; a changed number asks
// again. Names that match only when case is ignored are named as a warning.
void TestRevocation::aWideRevokeCountsAgainBeforeSending()
{
    const QString user = QStringLiteral("recount ada");
    for (const char *client : {"web", "ios", "cli", "tv"})
        m_f.sandbox->issueToken(user, QString::fromLatin1(client), false);
    m_f.sandbox->issueToken(QStringLiteral("Recount Ada"), QStringLiteral("web"), false);
    auto *edit = m_f.window->findChild<FilterLineEdit *>(QStringLiteral("usernameFilterEdit"));
    QTest::keyClicks(edit, user);
    QTest::keyClick(edit, Qt::Key_Return);
    waitIdle();
    clickRow(m_f.window->model()->rowOf({user, QStringLiteral("web")}));
    m_f.sandbox->clearRequests();
    m_f.window->findChild<QAction *>(QStringLiteral("actionRevokeAllOfUser"))->trigger();
    RevokeConfirmDialog *dialog = confirmDialog();
    QVERIFY(dialog);
    QTRY_COMPARE(dialog->expectedCount(), 4);
    auto *notice = dialog->findChild<QLabel *>(QStringLiteral("noticeLabel"));
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(QStringLiteral("Recount Ada")), qPrintable(notice->text()));
    QCOMPARE(dialog->caseOnlyMatches().size(), 1);

    m_f.sandbox->issueToken(user, QStringLiteral("watch"), false); // one more meanwhile
    auto *revoke = dialog->findChild<QPushButton *>(QStringLiteral("revokeButton"));
    auto *confirm = dialog->findChild<QLineEdit *>(QStringLiteral("confirmEdit"));
    QTest::keyClicks(confirm, user);
    QTest::mouseClick(revoke, Qt::LeftButton);
    QTRY_COMPARE(dialog->expectedCount(), 5);
    QVERIFY(dialog->isVisible());
    QVERIFY(notice->text().contains(QStringLiteral("changed from 4 to 5")));
    QVERIFY(confirm->text().isEmpty());
    QVERIFY(!revoke->isEnabled());
    QCOMPARE(deleteRequests(), 0);

    QTest::keyClicks(confirm, user);
    QTest::mouseClick(revoke, Qt::LeftButton);
    waitRevoked();
    QCOMPARE(deleteRequests(), 1);
    QVERIFY(!inStore({user, QStringLiteral("watch")}));
    QVERIFY(inStore({QStringLiteral("Recount Ada"), QStringLiteral("web")}));
}

// A row whose username is only spaces is never sent in a DELETE (a server that trims it would
// revoke every token of the client); the confirmation says so.
void TestRevocation::blankNamesAreLeftOutAndSaySo()
{
    m_f.sandbox->issueToken(QStringLiteral("   "), QStringLiteral("blank-client"), false);
    m_f.sandbox->issueToken(QStringLiteral("someone"), QStringLiteral("blank-client"), false);
    auto *edit = m_f.window->findChild<FilterLineEdit *>(QStringLiteral("clientIdFilterEdit"));
    QTest::keyClicks(edit, QStringLiteral("blank-client"));
    QTest::keyClick(edit, Qt::Key_Return);
    waitIdle();
    QCOMPARE(m_f.window->model()->rowCount(), 2);
    auto *table = m_f.window->findChild<QTableView *>(QStringLiteral("tokenTable"));
    table->selectAll();
    m_f.sandbox->clearRequests();
    m_f.window->findChild<QAction *>(QStringLiteral("actionRevokeSelected"))->trigger();
    RevokeConfirmDialog *dialog = confirmDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->expectedCount(), 1);
    QCOMPARE(dialog->unrevocableCount(), 1);
    auto *notice = dialog->findChild<QLabel *>(QStringLiteral("noticeLabel"));
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(QStringLiteral("only spaces")), qPrintable(notice->text()));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("revokeButton")),
                      Qt::LeftButton);
    waitRevoked();
    QCOMPARE(deleteRequests(), 1);
    QVERIFY(inStore({QStringLiteral("   "), QStringLiteral("blank-client")}));
    QVERIFY(!inStore({QStringLiteral("someone"), QStringLiteral("blank-client")}));
}

// 25 tokens are confirmed with a click; 26 need their number typed, and only that number.
void TestRevocation::typingIsNeededAbove25AndOnlyTheRightCountWorks()
{
    auto *sizes = m_f.window->findChild<QComboBox *>(QStringLiteral("pageSizeComboBox"));
    sizes->setCurrentIndex(sizes->findData(50));
    waitIdle();
    auto *table = m_f.window->findChild<QTableView *>(QStringLiteral("tokenTable"));
    auto selectFirst = [&](int count) {
        QItemSelection selection(m_f.window->model()->index(0, 0),
                                 m_f.window->model()->index(count - 1, 1));
        table->selectionModel()->select(
            selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(m_f.window->selectedKeys().size(), count);
    };
    selectFirst(25);
    m_f.window->findChild<QAction *>(QStringLiteral("actionRevokeSelected"))->trigger();
    RevokeConfirmDialog *dialog = confirmDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->requiredConfirmation().isEmpty());
    QVERIFY(!dialog->findChild<QLineEdit *>(QStringLiteral("confirmEdit"))->isVisible());
    QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("revokeButton"))->isEnabled());
    dialog->reject();
    QTRY_VERIFY(!confirmDialog());

    selectFirst(26);
    m_f.window->findChild<QAction *>(QStringLiteral("actionRevokeSelected"))->trigger();
    dialog = confirmDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->requiredConfirmation(), QStringLiteral("26"));
    auto *revoke = dialog->findChild<QPushButton *>(QStringLiteral("revokeButton"));
    auto *confirm = dialog->findChild<QLineEdit *>(QStringLiteral("confirmEdit"));
    for (const char *wrong : {"25", "27", "2", "26 ", "twenty-six"}) {
        confirm->clear();
        QTest::keyClicks(confirm, QString::fromLatin1(wrong));
        QVERIFY2(!revoke->isEnabled(), wrong);
        QTest::mouseClick(revoke, Qt::LeftButton);
    }
    QCOMPARE(deleteRequests(), 0);
    confirm->clear();
    QTest::keyClicks(confirm, QStringLiteral("26"));
    QVERIFY(revoke->isEnabled());
    dialog->reject();
    QCOMPARE(deleteRequests(), 0);
}

// Cancel in the progress window: what is on the wire finishes, nothing more is sent, the rest
// is "not sent" and still on the server.
void TestRevocation::cancelInTheProgressWindowSendsNothingMore()
{
    QList<DeleteTarget> targets;
    for (const auto &p :
         m_f.sandbox->withStore([](TokenStore &s) { return s.allPairs(); }).mid(50, 120))
        if (p.username != QLatin1String("admin"))
            targets.append(DeleteTarget::token({p.username, p.clientId}));
    m_f.sandbox->setLatencyMs(20);
    m_f.window->startRevocation(targets);
    QTRY_VERIFY(m_f.window->revoker()->doneCount() >= 12);
    auto *progress = m_f.window->findChild<RevokeProgressDialog *>();
    QTest::mouseClick(progress->findChild<QPushButton *>(QStringLiteral("cancelButton")),
                      Qt::LeftButton);
    waitRevoked();
    const int sent = deleteRequests();
    QTest::qWait(200);
    QCOMPARE(deleteRequests(), sent);
    QCOMPARE(m_f.window->revoker()->stopReason(), BulkRevoker::Stop::Cancelled);
    const int notSent = m_f.window->revoker()->count(RevokeOutcome::Kind::NotSent);
    QCOMPARE(notSent, int(targets.size()) - sent);
    QVERIFY(notSent > 0);
    for (const auto &item : m_f.window->revoker()->items()) {
        if (item.outcome.kind == RevokeOutcome::Kind::NotSent)
            QVERIFY(inStore(item.target.key()));
    }
    QVERIFY(progress->findChild<QLabel *>(QStringLiteral("statusLabel"))
                ->text()
                .startsWith(QStringLiteral("Cancelled: %1 revoked, ").arg(sent)));
}

// Right-click on a row that is not selected selects it; the menu's Revoke revokes it.
void TestRevocation::theContextMenuRevokes()
{
    auto *table = m_f.window->findChild<QTableView *>(QStringLiteral("tokenTable"));
    const TokenKey key = m_f.window->model()->keyAt(4);
    bool triggered = false;
    QTimer::singleShot(100, this, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY(menu);
        for (QAction *action : menu->actions()) {
            if (action->objectName() == QLatin1String("actionRevokeSelected")) {
                QVERIFY(action->isEnabled());
                triggered = true;
                menu->close();
                action->trigger();
                return;
            }
        }
        menu->close();
    });
    const QPoint at = table->visualRect(m_f.window->model()->index(4, 0)).center();
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, table->viewport()->mapToGlobal(at));
    QApplication::sendEvent(table->viewport(), &event);
    QTRY_VERIFY(triggered);
    QCOMPARE(m_f.window->selectedKeys(), QList<TokenKey> {key});
    RevokeConfirmDialog *dialog = confirmDialog();
    QTRY_VERIFY(dialog = confirmDialog());
    QCOMPARE(dialog->expectedCount(), 1);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("revokeButton")),
                      Qt::LeftButton);
    waitRevoked();
    QVERIFY(!inStore(key));
    QCOMPARE(deleteRequests(), 1);
}

// A user with more tokens than one page of the count (1,000): every page is read and the exact
// number shown. If counting fails, nothing can be revoked, whatever is typed.
void TestRevocation::countingReadsEveryPageAndAFailureBlocksTheRevoke()
{
    const QString user = QStringLiteral("many pages");
    for (int i = 0; i < 1005; ++i)
        m_f.sandbox->issueToken(user, QStringLiteral("client-%1").arg(i), false);
    auto *edit = m_f.window->findChild<FilterLineEdit *>(QStringLiteral("usernameFilterEdit"));
    QTest::keyClicks(edit, user);
    QTest::keyClick(edit, Qt::Key_Return);
    waitIdle();
    clickRow(0);
    m_f.sandbox->clearRequests();
    m_f.window->findChild<QAction *>(QStringLiteral("actionRevokeAllOfUser"))->trigger();
    RevokeConfirmDialog *dialog = confirmDialog();
    QVERIFY(dialog);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->expectedCount(), 1005, 10000);
    int listRequests = 0;
    for (const auto &r : m_f.sandbox->requests())
        listRequests += r.method == "GET" ? 1 : 0;
    QCOMPARE(listRequests, 3); // two pages of 1,000, and one past them (proving it complete)
    dialog->reject();
    QTRY_VERIFY(!confirmDialog());

    m_f.sandbox->failNext(1, 500, "GET", QStringLiteral("/auth/tokens"));
    m_f.window->findChild<QAction *>(QStringLiteral("actionRevokeAllOfUser"))->trigger();
    QTRY_VERIFY(dialog = confirmDialog());
    auto *counting = dialog->findChild<QLabel *>(QStringLiteral("countingLabel"));
    QTRY_VERIFY(counting->text().startsWith(QStringLiteral("Could not count")));
    auto *revoke = dialog->findChild<QPushButton *>(QStringLiteral("revokeButton"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("confirmEdit")), user);
    QVERIFY(!revoke->isEnabled());
    QTest::mouseClick(revoke, Qt::LeftButton);
    QCOMPARE(deleteRequests(), 0);
    dialog->reject();
}

// The run starts from the event loop after the confirmation closes: a sign-in as someone else
// in between (here: right after Revoke, before the loop runs) sends nothing, and says so.
void TestRevocation::aSignInBetweenConfirmingAndStartingSendsNothing()
{
    clickRow(2);
    clickRow(3, Qt::ShiftModifier);
    auto *table = m_f.window->findChild<QTableView *>(QStringLiteral("tokenTable"));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Delete);
    RevokeConfirmDialog *dialog = confirmDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *revoke = dialog->findChild<QPushButton *>(QStringLiteral("revokeButton"));
    QVERIFY(revoke->isEnabled());
    revoke->click(); // accepted; the run is queued
    m_f.api->beginSession(
        m_f.sandbox->url(),
        m_f.sandbox->issueToken(QStringLiteral("other"), QStringLiteral("cli"), true));
    m_f.window->setSessionIdentity(TokenKey {QStringLiteral("other"), QStringLiteral("cli")});
    QCOMPARE(deleteRequests(), 0);
    QVERIFY(!m_f.window->revoker() || !m_f.window->revoker()->isRunning());
    auto *banner = m_f.window->findChild<ErrorBanner *>(QStringLiteral("errorBanner"));
    QVERIFY2(banner->message().startsWith(QStringLiteral("Nothing was revoked")),
             qPrintable(banner->message()));
}

// Tokens > Requests at Once > 1: the next revoke sends one request at a time, and the progress
// window says how many go at once.
void TestRevocation::requestsAtOnceCapsARevoke()
{
    QAction *one = m_f.window->findChild<QAction *>(QStringLiteral("requestsAtOnce1"));
    QVERIFY(one);
    QVERIFY(m_f.window->findChild<QAction *>(QStringLiteral("requestsAtOnce64"))->isChecked());
    one->trigger();
    QVERIFY(one->isChecked());
    QCOMPARE(m_f.settings->value(Settings::Key::RequestsAtOnce).toInt(), 1);
    QList<DeleteTarget> targets;
    for (int row = 2; row < 14; ++row)
        targets.append(DeleteTarget::token(m_f.window->model()->keyAt(row)));
    m_f.sandbox->setLatencyMs(15);
    m_f.sandbox->resetPeakConcurrentRequests();
    m_f.window->startRevocation(targets);
    auto *progress = m_f.window->findChild<RevokeProgressDialog *>();
    QVERIFY(progress);
    auto *rate = progress->findChild<QLabel *>(QStringLiteral("rateLabel"));
    QTRY_VERIFY(rate->text().contains(QStringLiteral("1 at once")));
    waitRevoked();
    QCOMPARE(m_f.window->revoker()->count(RevokeOutcome::Kind::Revoked), 12);
    QCOMPARE(m_f.window->revoker()->peakInFlight(), 1);
    QCOMPARE(m_f.sandbox->peakConcurrentRequests(), 1);
    m_f.sandbox->setLatencyMs(0);
}

QTEST_MAIN(TestRevocation)
#include "tst_revocation.moc"

// Enter in the typed confirmation: does nothing but say what to type until the text matches,
// then presses Revoke (Cancel is not the default there). The answer is in the label, not in
// the field as a placeholder.
void TestRevocation::enterRevokesOnlyOnceTheTypedTextMatches()
{
    auto *sizes = m_f.window->findChild<QComboBox *>(QStringLiteral("pageSizeComboBox"));
    sizes->setCurrentIndex(sizes->findData(50));
    waitIdle();
    auto *table = m_f.window->findChild<QTableView *>(QStringLiteral("tokenTable"));
    QList<TokenKey> chosen;
    QItemSelection selection;
    for (int row = 0; chosen.size() < 30 && row < m_f.window->model()->rowCount(); ++row) {
        if (m_f.window->model()->keyAt(row).username == QLatin1String(Sandbox::AdminUsername))
            continue;
        chosen << m_f.window->model()->keyAt(row);
        selection.select(m_f.window->model()->index(row, 0), m_f.window->model()->index(row, 1));
    }
    QCOMPARE(chosen.size(), 30);
    table->selectionModel()->select(
        selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(m_f.window->findChild<QLabel *>(QStringLiteral("selectionStatus"))->text(),
             QStringLiteral("30 selected"));
    m_f.window->findChild<QAction *>(QStringLiteral("actionRevokeSelected"))->trigger();
    RevokeConfirmDialog *dialog = confirmDialog();
    QVERIFY(dialog);
    auto *confirm = dialog->findChild<QLineEdit *>(QStringLiteral("confirmEdit"));
    auto *hint = dialog->findChild<QLabel *>(QStringLiteral("confirmHint"));
    QVERIFY(confirm->placeholderText().isEmpty());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("confirmLabel"))
                ->text()
                .contains(QStringLiteral("30")));

    QTest::keyClick(confirm, Qt::Key_Return); // nothing typed
    QTest::keyClicks(confirm, QStringLiteral("3"));
    QTest::keyClick(confirm, Qt::Key_Return); // a wrong number
    QTest::qWait(100);
    QVERIFY(confirmDialog());
    QVERIFY(hint->isVisible());
    QVERIFY(hint->text().contains(QStringLiteral("30")));
    QCOMPARE(deleteRequests(), 0);

    QTest::keyClicks(confirm, QStringLiteral("0"));
    QVERIFY(!hint->isVisible());
    QTest::keyClick(confirm, Qt::Key_Return);
    QTRY_VERIFY(!confirmDialog());
    waitRevoked();
    QCOMPARE(deleteRequests(), 30);
    for (const TokenKey &key : std::as_const(chosen))
        QVERIFY(!inStore(key));
    // The status bar says what happened.
    QVERIFY(
        m_f.window->statusBar()->currentMessage().startsWith(QStringLiteral("Revoked 30 tokens")));
}

// With a pasted token the console does not know its own pair: the confirmation reads the
// details of the selected pairs, finds the one whose value is the console's token, warns, and
// sends it last; nothing can be confirmed while it checks.
void TestRevocation::aPastedTokensOwnPairIsFoundBeforeConfirming()
{
    m_f.window->setSessionIdentity(std::nullopt);
    m_f.window->setBindingIdentity(QString());
    QSignalSpy identified(m_f.window.get(), &MainWindow::ownTokenIdentified);
    const TokenKey own {QString::fromLatin1(Sandbox::AdminUsername),
                        QString::fromLatin1(Sandbox::AdminClientId)};
    auto *table = m_f.window->findChild<QTableView *>(QStringLiteral("tokenTable"));
    auto selectRows = [&](bool withOwn) {
        QItemSelection selection;
        int picked = 0;
        for (int row = 0; row < m_f.window->model()->rowCount() && picked < 5; ++row) {
            // Names the details call cannot reach ("..", blank) are not checkable: not these.
            const TokenKey key = m_f.window->model()->keyAt(row);
            if (key == own || key.username.trimmed().isEmpty() || key.username.startsWith(u'.'))
                continue;
            selection.select(m_f.window->model()->index(row, 0),
                             m_f.window->model()->index(row, 1));
            ++picked;
        }
        table->selectionModel()->select(
            selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        if (withOwn) {
            const int row = m_f.window->model()->rowOf(own);
            QVERIFY(row >= 0);
            table->selectionModel()->select(m_f.window->model()->index(row, 0),
                                            QItemSelectionModel::Select
                                                | QItemSelectionModel::Rows);
        }
    };
    auto detailRequests = [this] {
        int n = 0;
        for (const auto &r : m_f.sandbox->requests())
            n += r.method == "GET" && r.path.size() == 4 ? 1 : 0; // auth/tokens/{user}/{client}
        return n;
    };

    // Without the own token: checked, no warning, Revoke offered.
    selectRows(false);
    m_f.window->findChild<QAction *>(QStringLiteral("actionRevokeSelected"))->trigger();
    RevokeConfirmDialog *dialog = confirmDialog();
    QVERIFY(dialog);
    auto *revoke = dialog->findChild<QPushButton *>(QStringLiteral("revokeButton"));
    QVERIFY(dialog->isCheckingOwnToken());
    QVERIFY(!revoke->isEnabled());
    QTRY_VERIFY(!dialog->isCheckingOwnToken());
    QCOMPARE(detailRequests(), 5);
    QVERIFY(!dialog->includesOwnSession());
    QVERIFY(revoke->isEnabled());
    dialog->reject();
    QTRY_VERIFY(!confirmDialog());

    // With it (the admin's row is on the page when filtered by its client).
    auto *edit = m_f.window->findChild<FilterLineEdit *>(QStringLiteral("clientIdFilterEdit"));
    QTest::keyClicks(edit, QString::fromLatin1(Sandbox::AdminClientId));
    QTest::keyClick(edit, Qt::Key_Return);
    waitIdle();
    m_f.sandbox->clearRequests();
    selectRows(true);
    const int selected = int(m_f.window->selectedKeys().size());
    m_f.window->findChild<QAction *>(QStringLiteral("actionRevokeSelected"))->trigger();
    dialog = confirmDialog();
    QVERIFY(dialog);
    revoke = dialog->findChild<QPushButton *>(QStringLiteral("revokeButton"));
    QTRY_VERIFY(!dialog->isCheckingOwnToken());
    QVERIFY(detailRequests() >= 1 && detailRequests() <= selected);
    QVERIFY(dialog->includesOwnSession());
    QCOMPARE(*dialog->foundOwnToken(), own);
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("ownTokenWarning"))->isVisible());
    QSignalSpy signedOut(m_f.window.get(), &MainWindow::signOutRequested);
    QTest::mouseClick(revoke, Qt::LeftButton);
    waitRevoked();
    QCOMPARE(identified.size(), 1);
    QCOMPARE(identified.first().first().value<TokenKey>(), own);
    // Sent last, and its revocation signs out.
    const auto &items = m_f.window->revoker()->items();
    QCOMPARE(items.back().target.key(), own);
    QVERIFY(!inStore(own));
    QCOMPARE(signedOut.size(), 1);
}

// The typed text matches, but the admin tabbed to Cancel: Enter presses Cancel, not Revoke.
void TestRevocation::enterOnAFocusedCancelCancelsEvenWhenTheTextMatches()
{
    auto *sizes = m_f.window->findChild<QComboBox *>(QStringLiteral("pageSizeComboBox"));
    sizes->setCurrentIndex(sizes->findData(50));
    waitIdle();
    auto *table = m_f.window->findChild<QTableView *>(QStringLiteral("tokenTable"));
    table->selectionModel()->select(
        QItemSelection(m_f.window->model()->index(10, 0), m_f.window->model()->index(39, 1)),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_f.window->findChild<QAction *>(QStringLiteral("actionRevokeSelected"))->trigger();
    RevokeConfirmDialog *dialog = confirmDialog();
    QVERIFY(dialog);
    auto *confirm = dialog->findChild<QLineEdit *>(QStringLiteral("confirmEdit"));
    QTest::keyClicks(confirm, dialog->requiredConfirmation());
    QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("revokeButton"))->isEnabled());
    QPushButton *cancel = nullptr;
    for (QPushButton *button : dialog->findChildren<QPushButton *>()) {
        if (button->objectName() != QLatin1String("revokeButton"))
            cancel = button;
    }
    QVERIFY(cancel);
    cancel->setFocus();
    QTest::keyClick(cancel, Qt::Key_Return);
    QTRY_VERIFY(!confirmDialog());
    QTest::qWait(100);
    QCOMPARE(deleteRequests(), 0);
}

// Cancel while the confirmation still reads the pairs' details: nothing more is read.
void TestRevocation::theOwnTokenCheckStopsWhenTheConfirmationCloses()
{
    m_f.window->setSessionIdentity(std::nullopt);
    auto *table = m_f.window->findChild<QTableView *>(QStringLiteral("tokenTable"));
    table->selectionModel()->select(
        QItemSelection(m_f.window->model()->index(5, 0), m_f.window->model()->index(24, 1)),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_f.sandbox->setLatencyMs(150);
    m_f.window->findChild<QAction *>(QStringLiteral("actionRevokeSelected"))->trigger();
    RevokeConfirmDialog *dialog = confirmDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isCheckingOwnToken());
    QTest::qWait(50);
    auto *finder = dialog->findChild<OwnTokenFinder *>();
    QVERIFY(finder && finder->isRunning());
    dialog->reject();
    QVERIFY(!finder->isRunning()); // at once, not only when the dialog is deleted later
    QTest::qWait(800); // several rounds of answers, had it gone on
    int details = 0;
    for (const auto &r : m_f.sandbox->requests())
        details += r.method == "GET" && r.path.size() == 4 ? 1 : 0;
    QVERIFY2(details <= OwnTokenFinder::Parallel, qPrintable(QString::number(details)));
    QCOMPARE(deleteRequests(), 0);
}

// Tokens > Revoke All N Matching Tokens: only with a filter; every match is read first (not
// only the page shown), the number must be typed, and each is revoked by its own exact DELETE.
void TestRevocation::revokeAllMatchingRevokesEveryMatchOneByOne()
{
    auto *action = m_f.window->findChild<QAction *>(QStringLiteral("actionRevokeAllMatching"));
    QVERIFY(!action->isEnabled()); // no filter: never "every token"
    auto *edit = m_f.window->findChild<FilterLineEdit *>(QStringLiteral("usernameFilterEdit"));
    QTest::keyClicks(edit, QStringLiteral("e")); // many, and not "admin" (the own token)
    QTest::keyClick(edit, Qt::Key_Return);
    waitIdle();
    const qint64 total = m_f.window->model()->pageState().totalElements;
    QVERIFY(total > m_f.window->model()->rowCount()); // more than the page shown
    QVERIFY(action->isEnabled());
    QCOMPARE(action->text(), QStringLiteral("Revoke All %1 Matching Tokens...").arg(total));
    const qint64 before = m_f.sandbox->withStore([](TokenStore &s) { return s.size(); });
    m_f.sandbox->clearRequests();

    action->trigger();
    RevokeConfirmDialog *dialog = confirmDialog();
    QVERIFY(dialog);
    QTRY_COMPARE(dialog->requiredConfirmation(), QString::number(total));
    QCOMPARE(dialog->expectedCount(), int(total));
    auto *confirm = dialog->findChild<QLineEdit *>(QStringLiteral("confirmEdit"));
    QTest::keyClicks(confirm, QString::number(total));
    QTest::keyClick(confirm, Qt::Key_Return);
    QTRY_VERIFY(!confirmDialog());
    waitRevoked();

    int deletes = 0;
    for (const auto &r : m_f.sandbox->requests()) {
        if (r.method != "DELETE")
            continue;
        ++deletes;
        // Exact: both parameters, every time.
        QVERIFY(SandboxProtocol::firstValue(r.query, QStringLiteral("username")).has_value());
        QVERIFY(SandboxProtocol::firstValue(r.query, QStringLiteral("client_id")).has_value());
    }
    QCOMPARE(deletes, int(total));
    QCOMPARE(m_f.sandbox->withStore([](TokenStore &s) { return s.size(); }), before - total);
    for (const auto &pair : m_f.sandbox->withStore([](TokenStore &s) { return s.allPairs(); }))
        QVERIFY(!pair.username.contains(QStringLiteral("e"), Qt::CaseInsensitive));
}

// A server that ignores the list filters lists every token for "e": the rows that do not match
// are marked and named in a banner, the menu offers no count taken from the server's total, and
// the confirmation asks for (and revokes) only the tokens that match.
void TestRevocation::revokeAllMatchingOffersOnlyMatchesWhereTheServerIgnoresFilters()
{
    Sandbox::Variant variant;
    variant.ignoreFilters = true;
    m_f.sandbox->setVariant(variant);
    auto *action = m_f.window->findChild<QAction *>(QStringLiteral("actionRevokeAllMatching"));
    auto *edit = m_f.window->findChild<FilterLineEdit *>(QStringLiteral("usernameFilterEdit"));
    QTest::keyClicks(edit, QStringLiteral("e"));
    QTest::keyClick(edit, Qt::Key_Return);
    waitIdle();
    const qint64 before = m_f.sandbox->withStore([](TokenStore &s) { return s.size(); });
    qint64 truth = 0;
    for (const auto &pair : m_f.sandbox->withStore([](TokenStore &s) { return s.allPairs(); }))
        truth += pair.username.contains(QStringLiteral("e"), Qt::CaseInsensitive);
    QVERIFY(truth > 0 && truth < before);
    QCOMPARE(m_f.window->model()->pageState().totalElements, before); // the server's word
    QVERIFY(m_f.window->model()->pageState().unmatchedOnPage > 0);
    auto *banner = m_f.window->findChild<QWidget *>(QStringLiteral("errorBanner"));
    QTRY_VERIFY(banner->isVisible());
    QVERIFY(m_f.window->findChild<QLabel *>(QStringLiteral("errorMessageLabel"))
                ->text()
                .contains(QStringLiteral("do not match the filters")));
    int marked = 0;
    for (int row = 0; row < m_f.window->model()->rowCount(); ++row) {
        const QModelIndex index = m_f.window->model()->index(row, 0);
        const bool matches = index.data(TokenTableModel::MatchesFiltersRole).toBool();
        QCOMPARE(matches,
                 index.data().toString().contains(QStringLiteral("e"), Qt::CaseInsensitive));
        marked += !matches;
    }
    QCOMPARE(marked, m_f.window->model()->pageState().unmatchedOnPage);
    QVERIFY(action->isEnabled());
    QCOMPARE(action->text(), QStringLiteral("Revoke All Matching Tokens..."));

    m_f.sandbox->clearRequests();
    action->trigger();
    RevokeConfirmDialog *dialog = confirmDialog();
    QVERIFY(dialog);
    QTRY_COMPARE(dialog->requiredConfirmation(), QString::number(truth));
    auto *confirm = dialog->findChild<QLineEdit *>(QStringLiteral("confirmEdit"));
    QTest::keyClicks(confirm, QString::number(truth));
    QTest::keyClick(confirm, Qt::Key_Return);
    QTRY_VERIFY(!confirmDialog());
    waitRevoked();
    QCOMPARE(m_f.window->revoker()->count(RevokeOutcome::Kind::Revoked), int(truth));
    QCOMPARE(m_f.sandbox->withStore([](TokenStore &s) { return s.size(); }), before - truth);
    for (const auto &pair : m_f.sandbox->withStore([](TokenStore &s) { return s.allPairs(); }))
        QVERIFY(!pair.username.contains(QStringLiteral("e"), Qt::CaseInsensitive));
    // No "new matching tokens appeared" from the server's total of every token.
    QVERIFY(!m_f.window->findChild<QLabel *>(QStringLiteral("errorMessageLabel"))
                 ->text()
                 .contains(QStringLiteral("appeared")));
}

// Tokens that start to match while a revoke of every match runs are not revoked (they were not
// confirmed); afterwards the window says how many appeared.
void TestRevocation::matchesThatAppearWhileRevokingAllAreReportedNotRevoked()
{
    auto *edit = m_f.window->findChild<FilterLineEdit *>(QStringLiteral("clientIdFilterEdit"));
    QTest::keyClicks(edit, QStringLiteral("web"));
    QTest::keyClick(edit, Qt::Key_Return);
    waitIdle();
    const qint64 total = m_f.window->model()->pageState().totalElements;
    QVERIFY(total > 0);
    m_f.window->findChild<QAction *>(QStringLiteral("actionRevokeAllMatching"))->trigger();
    RevokeConfirmDialog *dialog = confirmDialog();
    QVERIFY(dialog);
    QTRY_COMPARE(dialog->requiredConfirmation(), QString::number(total));
    m_f.sandbox->setLatencyMs(20);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("confirmEdit")),
                     QString::number(total));
    QTest::keyClick(dialog->findChild<QLineEdit *>(QStringLiteral("confirmEdit")), Qt::Key_Return);
    QTRY_VERIFY(m_f.window->revoker() && m_f.window->revoker()->isRunning());
    // Three new tokens of a matching client, issued while the run goes on.
    m_f.sandbox->withStore([](TokenStore &s) {
        for (int i = 0; i < 3; ++i)
            s.put(QStringLiteral("late-%1").arg(i), QStringLiteral("web"), false);
        return 0;
    });
    waitRevoked();
    QCOMPARE(m_f.window->revoker()->count(RevokeOutcome::Kind::Revoked), int(total));
    for (int i = 0; i < 3; ++i) // not confirmed, not revoked
        QVERIFY(inStore({QStringLiteral("late-%1").arg(i), QStringLiteral("web")}));
    auto *banner = m_f.window->findChild<QWidget *>(QStringLiteral("errorBanner"));
    QTRY_VERIFY(banner->isVisible());
    QVERIFY(m_f.window->findChild<QLabel *>(QStringLiteral("errorMessageLabel"))
                ->text()
                .startsWith(QStringLiteral("3 new matching tokens appeared")));
}
