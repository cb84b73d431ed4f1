// File > Revoke From List... driven through its window, against the sandbox: a pasted list
// checked line by line, lines unticked, the typed count, pair DELETEs of exactly the ticked
// lines' tokens, per-line outcomes on screen and in the journal, Check Again and a second pass,
// an opened file named in the journal, and nothing sent for a list checked in another session.
#include "AuditJournal.h"
#include "BulkRevoker.h"
#include "EnglishTexts.h"
#include "ListResolver.h"
#include "MainWindow.h"
#include "RevokeConfirmDialog.h"
#include "RevokeListDialog.h"
#include "RevokeProgressDialog.h"
#include "WindowFixture.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestRevokeFromList : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(installEnglishTexts()); }
    void init();
    void cleanup();

    void aPastedListIsCheckedUntickedAndRevokedAfterTheTypedCount();
    void checkAgainShowsWhatIsNewAndASecondPassRevokesIt();
    void anOpenedFileIsNamedInTheJournalAndAnEditSaysSo();
    void aListCheckedBeforeASignInIsNotRevokedAfterIt();
    void cancellingTheConfirmationSendsNothing();
    void editingTheListAfterTheCheckAsksForANewCheck();
    void eachPassNeedsItsOwnCheck();
    void aCheckCutShortIsNotRevocable();
    void ticksAreLockedWhileSendingAndUnticksSurviveACheck();
    void retryFailedKeepsTheListLockedAndCountsTheLine();
    void nothingIsCheckedAfterSignOut();
    void aCheckAfterSigningInAgainStartsAfresh();
    void anOpenedFileIsCheckedAsRead();

private:
    RevokeListDialog *openList(const QString &text);
    void check(RevokeListDialog *dialog)
    {
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("checkButton")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->resolver()->isRunning(), 20000);
    }
    // The result column of the row of list line `number`.
    QString result(RevokeListDialog *dialog, int number) const;
    QStandardItem *lineItem(RevokeListDialog *dialog, int number) const;
    RevokeConfirmDialog *confirm(RevokeListDialog *dialog)
    {
        auto *revoke = dialog->findChild<QPushButton *>(QStringLiteral("revokeListButton"));
        if (!revoke->isEnabled())
            return nullptr;
        QTest::mouseClick(revoke, Qt::LeftButton);
        return dialog->findChild<RevokeConfirmDialog *>();
    }
    void typeAndRevoke(RevokeConfirmDialog *confirmation, const QString &text)
    {
        auto *edit = confirmation->findChild<QLineEdit *>(QStringLiteral("confirmEdit"));
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
    }
    // Check, Revoke, the count typed, Enter; returns once the pass has ended.
    void revokeOnePass(RevokeListDialog *dialog, const QString &count)
    {
        check(dialog);
        RevokeConfirmDialog *confirmation = confirm(dialog);
        QVERIFY(confirmation);
        typeAndRevoke(confirmation, count);
        waitRevoked();
        QTRY_VERIFY(!dialog->isRunning());
    }
    void waitRevoked()
    {
        QTRY_VERIFY_WITH_TIMEOUT(m_f.window->revoker() && !m_f.window->revoker()->isRunning(),
                                 20000);
    }
    int deleteRequests() const
    {
        QTest::qWait(100); // a wrongly started run's DELETEs reach the sandbox first
        int n = 0;
        const auto requests = m_f.sandbox->requests();
        for (const auto &r : requests)
            n += r.method == "DELETE" ? 1 : 0;
        return n;
    }
    void put(const QString &username, const QString &clientId)
    {
        m_f.sandbox->withStore([&](TokenStore &s) { return s.put(username, clientId, false); });
    }
    bool inStore(const QString &username, const QString &clientId) const
    {
        return bool(
            m_f.sandbox->withStore([&](TokenStore &s) { return s.find(username, clientId); }));
    }

    WindowFixture m_f;
};

void TestRevokeFromList::init()
{
    QVERIFY(m_f.start(1, 8));
    for (const auto &[user, client] : {std::pair {"ada", "web"},
                                       {"ada", "cli"},
                                       {"adam", "web"},
                                       {"Ada", "app"},
                                       {"carol", "legacy"},
                                       {"dave", "legacy"},
                                       {"bob", "web"}})
        put(QString::fromUtf8(user), QString::fromUtf8(client));
}

void TestRevokeFromList::cleanup()
{
    m_f.stop();
}

RevokeListDialog *TestRevokeFromList::openList(const QString &text)
{
    // Ctrl+Shift+R, as the admin presses it.
    QTest::keyClick(m_f.window.get(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    auto *dialog = m_f.window->findChild<RevokeListDialog *>();
    if (!dialog || !dialog->isVisible())
        return nullptr;
    auto *edit = dialog->findChild<QPlainTextEdit *>(QStringLiteral("listEdit"));
    edit->setFocus();
    edit->selectAll();
    edit->insertPlainText(text); // as a paste does
    return dialog;
}

QStandardItem *TestRevokeFromList::lineItem(RevokeListDialog *dialog, int number) const
{
    QStandardItemModel *model = dialog->linesModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->item(row, RevokeListDialog::LineColumn)->text() == QString::number(number))
            return model->item(row, RevokeListDialog::LineColumn);
    }
    return nullptr;
}

QString TestRevokeFromList::result(RevokeListDialog *dialog, int number) const
{
    QStandardItem *item = lineItem(dialog, number);
    return item ? dialog->linesModel()->item(item->row(), RevokeListDialog::ResultColumn)->text()
                : QStringLiteral("(no row for line %1)").arg(number);
}

void TestRevokeFromList::aPastedListIsCheckedUntickedAndRevokedAfterTheTypedCount()
{
    RevokeListDialog *dialog = openList(QStringLiteral("# incident\n"
                                                       "ada\n" // 2: ada,web ada,cli
                                                       "client:legacy\n" // 3: carol, dave
                                                       " ada\n" // 4: spaces
                                                       "ADA\n" // 5: case only
                                                       "a,b,c\n" // 6: malformed
                                                       "nobody\n" // 7
                                                       "bob\tweb\n")); // 8
    QVERIFY(dialog);
    auto *revoke = dialog->findChild<QPushButton *>(QStringLiteral("revokeListButton"));
    QVERIFY(!revoke->isEnabled()); // nothing is revoked unchecked
    check(dialog);
    QCOMPARE(result(dialog, 2),
             QStringLiteral("2 tokens; 1 token differing only in case, not "
                            "included (\u201CAda\u201D)"));
    QCOMPARE(result(dialog, 3), QStringLiteral("2 tokens"));
    QVERIFY2(result(dialog, 4).startsWith(QStringLiteral("None found; 2 tokens matching without "
                                                         "the spaces")),
             qPrintable(result(dialog, 4)));
    QVERIFY2(
        result(dialog, 5).startsWith(QStringLiteral("None found; 3 tokens differing only in case")),
        qPrintable(result(dialog, 5)));
    QVERIFY2(result(dialog, 6).startsWith(QStringLiteral("Malformed: It has 3 comma-separated")),
             qPrintable(result(dialog, 6)));
    QCOMPARE(result(dialog, 7), QStringLiteral("None found"));
    QCOMPARE(result(dialog, 8), QStringLiteral("1 token"));
    QCOMPARE(lineItem(dialog, 1)->data(Qt::CheckStateRole), QVariant()); // a comment: no box
    QCOMPARE(lineItem(dialog, 4)->data(Qt::CheckStateRole), QVariant()); // nothing to tick
    QCOMPARE(revoke->text(), QStringLiteral("&Revoke 5 Tokens..."));

    // The admin unticks the client line: its tokens are not revoked.
    lineItem(dialog, 3)->setCheckState(Qt::Unchecked);
    QCOMPARE(revoke->text(), QStringLiteral("&Revoke 3 Tokens..."));
    QVERIFY2(
        dialog->totalsText().contains(QStringLiteral("Ticked: 3 tokens of 2 users and 2 clients")),
        qPrintable(dialog->totalsText()));

    RevokeConfirmDialog *confirmation = confirm(dialog);
    QVERIFY(confirmation);
    QTRY_VERIFY(confirmation->isVisible());
    QCOMPARE(confirmation->mode(), RevokeConfirmDialog::Mode::FromList);
    QCOMPARE(confirmation->requiredConfirmation(), QStringLiteral("3")); // typed, even for 3
    typeAndRevoke(confirmation, QStringLiteral("2"));
    QVERIFY(confirmation->isVisible()); // the wrong count does nothing
    QCOMPARE(deleteRequests(), 0);
    auto *edit = confirmation->findChild<QLineEdit *>(QStringLiteral("confirmEdit"));
    edit->clear();
    typeAndRevoke(confirmation, QStringLiteral("3"));
    waitRevoked();
    QCOMPARE(deleteRequests(), 3);
    QVERIFY(!inStore(QStringLiteral("ada"), QStringLiteral("web")));
    QVERIFY(!inStore(QStringLiteral("ada"), QStringLiteral("cli")));
    QVERIFY(!inStore(QStringLiteral("bob"), QStringLiteral("web")));
    // Not on the list, or not ticked: still there.
    for (const auto &[user, client] :
         {std::pair {"adam", "web"}, {"Ada", "app"}, {"carol", "legacy"}, {"dave", "legacy"}})
        QVERIFY(inStore(QString::fromUtf8(user), QString::fromUtf8(client)));
    QTRY_COMPARE(result(dialog, 2),
                 QStringLiteral("2 revoked; 1 token differing only in case, not "
                                "included (\u201CAda\u201D)"));
    QCOMPARE(result(dialog, 8), QStringLiteral("1 revoked"));
    QCOMPARE(result(dialog, 3), QStringLiteral("2 tokens"));

    // The journal: each request with the list as its source, and each line's outcome.
    const QList<JournalEntry> entries = AuditJournal::read(m_f.journal->path());
    QHash<QString, QString> lineOutcome;
    int intents = 0;
    for (const JournalEntry &e : entries) {
        QCOMPARE(e.source, QStringLiteral("pasted list"));
        if (e.event == QLatin1String("intent"))
            ++intents;
        if (e.event == QLatin1String("list-line"))
            lineOutcome.insert(e.message, e.outcome);
    }
    QCOMPARE(intents, 3);
    QCOMPARE(lineOutcome.value(QStringLiteral("line 2: ada")), QStringLiteral("revoked 2"));
    QCOMPARE(lineOutcome.value(QStringLiteral("line 3: client:legacy")),
             QStringLiteral("left-out"));
    QCOMPARE(lineOutcome.value(QStringLiteral("line 4:  ada")), QStringLiteral("none-found"));
    QCOMPARE(lineOutcome.value(QStringLiteral("line 6: a,b,c")), QStringLiteral("malformed"));
    QCOMPARE(lineOutcome.value(QStringLiteral("line 8: bob\tweb")), QStringLiteral("revoked 1"));
    QCOMPARE(lineOutcome.size(), 7); // every line but the comment

    // A revocation from the main window afterwards is not the list's.
    m_f.journal->setSource({});
}

void TestRevokeFromList::checkAgainShowsWhatIsNewAndASecondPassRevokesIt()
{
    RevokeListDialog *dialog = openList(QStringLiteral("ada\nclient:legacy\n"));
    QVERIFY(dialog);
    check(dialog);
    RevokeConfirmDialog *confirmation = confirm(dialog);
    QVERIFY(confirmation);
    typeAndRevoke(confirmation, QStringLiteral("4"));
    waitRevoked();
    QCOMPARE(deleteRequests(), 4);
    auto *checkButton = dialog->findChild<QPushButton *>(QStringLiteral("checkButton"));
    QCOMPARE(checkButton->text(), QStringLiteral("&Check Again"));

    // Meanwhile ada signs in again, and erin gets a legacy token.
    put(QStringLiteral("ada"), QStringLiteral("web"));
    put(QStringLiteral("erin"), QStringLiteral("legacy"));
    m_f.sandbox->clearRequests();
    check(dialog);
    QVERIFY2(result(dialog, 1).startsWith(QStringLiteral("2 revoked; 1 new; ")), // and "Ada"
             qPrintable(result(dialog, 1)));
    QCOMPARE(result(dialog, 2), QStringLiteral("2 revoked; 1 new"));
    confirmation = confirm(dialog);
    QVERIFY(confirmation);
    QCOMPARE(confirmation->requiredConfirmation(), QStringLiteral("2"));
    typeAndRevoke(confirmation, QStringLiteral("2"));
    waitRevoked();
    QCOMPARE(deleteRequests(), 2);
    QVERIFY(!inStore(QStringLiteral("erin"), QStringLiteral("legacy")));
    QVERIFY(!inStore(QStringLiteral("ada"), QStringLiteral("web")));
    QTRY_COMPARE(result(dialog, 2), QStringLiteral("3 revoked"));
}

void TestRevokeFromList::anOpenedFileIsNamedInTheJournalAndAnEditSaysSo()
{
    const QString path = m_f.dir->filePath(QStringLiteral("incident.txt"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("bob,web\r\n");
    }
    QVERIFY(openList(QString()));
    auto *dialog = m_f.window->findChild<RevokeListDialog *>();
    QVERIFY(dialog->loadFile(path));
    QCOMPARE(dialog->sourceName(), QStringLiteral("incident.txt"));
    QVERIFY(!dialog->loadFile(m_f.dir->filePath(QStringLiteral("missing.txt"))));
    QCOMPARE(dialog->listText(), QStringLiteral("bob,web\n")); // a failed open loses nothing
    auto *edit = dialog->findChild<QPlainTextEdit *>(QStringLiteral("listEdit"));
    edit->moveCursor(QTextCursor::End);
    QTest::keyClicks(edit, QStringLiteral("ada,cli"));
    QCOMPARE(dialog->sourceName(), QStringLiteral("incident.txt, edited"));
    check(dialog);
    RevokeConfirmDialog *confirmation = confirm(dialog);
    QVERIFY(confirmation);
    QVERIFY2(confirmation->findChild<QLabel *>(QStringLiteral("headlineLabel"))
                 ->text()
                 .contains(QStringLiteral("incident.txt, edited")),
             "the confirmation names the list");
    typeAndRevoke(confirmation, QStringLiteral("2"));
    waitRevoked();
    const QList<JournalEntry> entries = AuditJournal::read(m_f.journal->path());
    QVERIFY(!entries.isEmpty());
    for (const JournalEntry &e : entries)
        QCOMPARE(e.source, QStringLiteral("list: incident.txt, edited"));
}

void TestRevokeFromList::aListCheckedBeforeASignInIsNotRevokedAfterIt()
{
    RevokeListDialog *dialog = openList(QStringLiteral("ada\n"));
    QVERIFY(dialog);
    check(dialog);
    auto *revoke = dialog->findChild<QPushButton *>(QStringLiteral("revokeListButton"));
    QVERIFY(revoke->isEnabled());
    // Signed in again (the same server here; it could be another): the check is of another
    // session, so Revoke waits for a new one.
    m_f.api->beginSession(m_f.sandbox->url(), m_f.sandbox->adminToken());
    m_f.window->setSignedIn(true);
    QVERIFY(!revoke->isEnabled());
    QVERIFY2(dialog->totalsText().contains(QStringLiteral("check the list again")),
             qPrintable(dialog->totalsText()));
    // Even asked directly, the window does not confirm a list of another session.
    emit dialog->revokeRequested(dialog->revocation().targets(), QStringLiteral("x"),
                                 dialog->revocation().session());
    QVERIFY(!dialog->findChild<RevokeConfirmDialog *>());
    QCOMPARE(deleteRequests(), 0);
    check(dialog);
    QVERIFY(revoke->isEnabled());
}

void TestRevokeFromList::cancellingTheConfirmationSendsNothing()
{
    RevokeListDialog *dialog = openList(QStringLiteral("client:legacy\n"));
    QVERIFY(dialog);
    check(dialog);
    RevokeConfirmDialog *confirmation = confirm(dialog);
    QVERIFY(confirmation);
    QTRY_VERIFY(confirmation->isVisible());
    QTest::keyClick(confirmation, Qt::Key_Escape);
    QTRY_VERIFY(!dialog->findChild<RevokeConfirmDialog *>());
    QTest::qWait(100);
    QCOMPARE(deleteRequests(), 0);
    QCOMPARE(result(dialog, 1), QStringLiteral("2 tokens"));
    QVERIFY(AuditJournal::read(m_f.journal->path()).isEmpty());
}

void TestRevokeFromList::editingTheListAfterTheCheckAsksForANewCheck()
{
    RevokeListDialog *dialog = openList(QStringLiteral("ada\n"));
    QVERIFY(dialog);
    check(dialog);
    auto *revoke = dialog->findChild<QPushButton *>(QStringLiteral("revokeListButton"));
    QVERIFY(revoke->isEnabled());
    auto *edit = dialog->findChild<QPlainTextEdit *>(QStringLiteral("listEdit"));
    edit->moveCursor(QTextCursor::End);
    QTest::keyClicks(edit, QStringLiteral("bob"));
    QVERIFY(!revoke->isEnabled());
    QCOMPARE(dialog->linesModel()->rowCount(), 0);
    QVERIFY(dialog->revocation().targets().isEmpty());
    check(dialog);
    QCOMPARE(result(dialog, 2), QStringLiteral("1 token"));
}

void TestRevokeFromList::eachPassNeedsItsOwnCheck()
{
    RevokeListDialog *dialog = openList(QStringLiteral("ada\n"));
    QVERIFY(dialog);
    check(dialog);
    RevokeConfirmDialog *confirmation = confirm(dialog);
    QVERIFY(confirmation);
    typeAndRevoke(confirmation, QStringLiteral("2"));
    waitRevoked();
    // The check was for that pass: ada,web issued again now would otherwise be revoked on the
    // strength of a check from before it.
    auto *revoke = dialog->findChild<QPushButton *>(QStringLiteral("revokeListButton"));
    QTRY_VERIFY(!dialog->isRunning());
    QVERIFY(!revoke->isEnabled());
    QVERIFY(!confirm(dialog));
    QCOMPARE(result(dialog, 1),
             QStringLiteral("2 revoked; 1 token differing only in case, not "
                            "included (\u201CAda\u201D)"));
}

void TestRevokeFromList::aCheckCutShortIsNotRevocable()
{
    RevokeListDialog *dialog = openList(QStringLiteral("ada\n"));
    QVERIFY(dialog);
    revokeOnePass(dialog, QStringLiteral("2")); // ada's two tokens
    if (QTest::currentTestFailed())
        return;
    put(QStringLiteral("ada"), QStringLiteral("web"));
    m_f.sandbox->setLatencyMs(300);
    auto *checkButton = dialog->findChild<QPushButton *>(QStringLiteral("checkButton"));
    QTest::mouseClick(checkButton, Qt::LeftButton); // Check Again...
    QVERIFY(dialog->resolver()->isRunning());
    dialog->reject(); // ...and the window closed before it ended
    QVERIFY(!dialog->resolver()->isRunning());
    m_f.window->findChild<QAction *>(QStringLiteral("actionRevokeFromList"))->trigger();
    QVERIFY(dialog->isVisible());
    auto *revoke = dialog->findChild<QPushButton *>(QStringLiteral("revokeListButton"));
    QVERIFY(!revoke->isEnabled());
    QVERIFY(dialog->revocation().targets().isEmpty());
    // What the pass did is still shown; Stop keeps it too.
    QCOMPARE(result(dialog, 1), QStringLiteral("2 revoked"));
    QTest::mouseClick(checkButton, Qt::LeftButton);
    QTest::mouseClick(checkButton, Qt::LeftButton); // Stop Checking
    QVERIFY(!dialog->resolver()->isRunning());
    QCOMPARE(result(dialog, 1), QStringLiteral("2 revoked"));
    QVERIFY(!revoke->isEnabled());
    m_f.sandbox->setLatencyMs(0);
    check(dialog);
    QCOMPARE(result(dialog, 1),
             QStringLiteral("2 revoked; 1 new; 1 token differing only in "
                            "case, not included (\u201CAda\u201D)"));
    QVERIFY(revoke->isEnabled());
}

void TestRevokeFromList::ticksAreLockedWhileSendingAndUnticksSurviveACheck()
{
    RevokeListDialog *dialog = openList(QStringLiteral("ada\nclient:legacy\nbob\n"));
    QVERIFY(dialog);
    check(dialog);
    lineItem(dialog, 3)->setCheckState(Qt::Unchecked); // bob left out
    m_f.sandbox->setLatencyMs(200);
    RevokeConfirmDialog *confirmation = confirm(dialog);
    QVERIFY(confirmation);
    typeAndRevoke(confirmation, QStringLiteral("4"));
    QTRY_VERIFY(dialog->isRunning());
    // While the pass is sent the boxes cannot be changed, nor the list.
    QVERIFY(!(lineItem(dialog, 3)->flags() & Qt::ItemIsUserCheckable));
    QVERIFY(dialog->findChild<QPlainTextEdit *>(QStringLiteral("listEdit"))->isReadOnly());
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("checkButton"))->isEnabled());
    waitRevoked();
    QTRY_VERIFY(!dialog->isRunning());
    m_f.sandbox->setLatencyMs(0);
    QVERIFY(inStore(QStringLiteral("bob"), QStringLiteral("web")));
    put(QStringLiteral("frank"), QStringLiteral("legacy"));
    check(dialog);
    QCOMPARE(lineItem(dialog, 3)->checkState(), Qt::Unchecked); // still left out
    QCOMPARE(lineItem(dialog, 2)->checkState(), Qt::Checked);
    QCOMPARE(dialog->revocation().targets(),
             (QList<TokenKey> {{QStringLiteral("frank"), QStringLiteral("legacy")}}));
}

void TestRevokeFromList::retryFailedKeepsTheListLockedAndCountsTheLine()
{
    RevokeListDialog *dialog = openList(QStringLiteral("client:legacy\n"));
    QVERIFY(dialog);
    check(dialog);
    m_f.sandbox->failForUser(QStringLiteral("dave"), 1, 500);
    RevokeConfirmDialog *confirmation = confirm(dialog);
    QVERIFY(confirmation);
    typeAndRevoke(confirmation, QStringLiteral("2"));
    waitRevoked();
    QTRY_COMPARE(result(dialog, 1), QStringLiteral("1 revoked, 1 failed"));
    QVERIFY(inStore(QStringLiteral("dave"), QStringLiteral("legacy")));
    auto *progress = m_f.window->findChild<RevokeProgressDialog *>();
    auto *retry = progress->findChild<QPushButton *>(QStringLiteral("retryFailedButton"));
    m_f.sandbox->setLatencyMs(200);
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_VERIFY(dialog->isRunning()); // the list waits for the retry too
    QVERIFY(dialog->findChild<QPlainTextEdit *>(QStringLiteral("listEdit"))->isReadOnly());
    waitRevoked();
    QTRY_VERIFY(!dialog->isRunning());
    QVERIFY(!inStore(QStringLiteral("dave"), QStringLiteral("legacy")));
    QCOMPARE(result(dialog, 1), QStringLiteral("2 revoked"));
    m_f.sandbox->setLatencyMs(0);
    check(dialog); // dave is gone: nothing new, nothing still there
    QCOMPARE(result(dialog, 1), QStringLiteral("2 revoked; none left"));
    // The journal's last word on the line is the whole pass's.
    QString last;
    for (const JournalEntry &e : AuditJournal::read(m_f.journal->path()))
        if (e.event == QLatin1String("list-line"))
            last = e.outcome;
    QCOMPARE(last, QStringLiteral("revoked 2"));
}

void TestRevokeFromList::nothingIsCheckedAfterSignOut()
{
    RevokeListDialog *dialog = openList(QStringLiteral("ada\n"));
    QVERIFY(dialog);
    m_f.api->endSession();
    m_f.window->setSignedIn(false);
    auto *checkButton = dialog->findChild<QPushButton *>(QStringLiteral("checkButton"));
    QVERIFY(!checkButton->isEnabled());
    dialog->check(); // even asked directly
    QVERIFY(!dialog->resolver()->isRunning());
    QTest::qWait(100);
    QCOMPARE(m_f.sandbox->requests().size(), 0); // no name of the list left the console
}

void TestRevokeFromList::aCheckAfterSigningInAgainStartsAfresh()
{
    RevokeListDialog *dialog = openList(QStringLiteral("ada\n"));
    QVERIFY(dialog);
    revokeOnePass(dialog, QStringLiteral("2")); // ada's two tokens
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(dialog->revocation().passes(), 1);
    // Another session (it could be another server): the passes are not carried over.
    m_f.api->beginSession(m_f.sandbox->url(), m_f.sandbox->adminToken());
    m_f.window->setSignedIn(true);
    check(dialog);
    QCOMPARE(dialog->revocation().passes(), 0);
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("checkProgressLabel"))
                ->text()
                .startsWith(QStringLiteral("Signed in again since the last pass")));
    QCOMPARE(result(dialog, 1),
             QStringLiteral("None found; 1 token differing only in case, not "
                            "included (\u201CAda\u201D)"));
}

void TestRevokeFromList::anOpenedFileIsCheckedAsRead()
{
    // A no-break space in a name: the editor shows a space, the file has U+00A0.
    const QString name = QStringLiteral("mary\u00A0ann");
    put(name, QStringLiteral("web"));
    put(QStringLiteral("mary ann"), QStringLiteral("web"));
    const QString path = m_f.dir->filePath(QStringLiteral("nbsp.txt"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(name.toUtf8() + "\n");
    }
    QVERIFY(openList(QString()));
    auto *dialog = m_f.window->findChild<RevokeListDialog *>();
    QVERIFY(dialog->loadFile(path));
    check(dialog);
    QCOMPARE(dialog->revocation().targets(), (QList<TokenKey> {{name, QStringLiteral("web")}}));
}

QTEST_MAIN(TestRevokeFromList)
#include "tst_revokefromlist.moc"
