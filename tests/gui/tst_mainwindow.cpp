#include "FilterLineEdit.h"
#include "MainWindow.h"
#include "PagerWidget.h"
#include "Sandbox.h"
#include "Settings.h"
#include "TokenDetailsDialog.h"
#include "TokensApi.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUrlQuery>

#include <memory>

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void showsTheFirstPage();
    void typingAFilterSendsOneRequestAfterTheDebounce();
    void enterAppliesAFilterAtOnce();
    void headerClicksSortOnTheServer();
    void pagerNavigatesAndChangesPageSize();
    void aSlowStalePageIsIgnored();
    void errorShowsABannerAndRetryRecovers();
    void retryingIsShownAndRecovers();
    void emptyResultSaysSo();
    void detailsShowMaskedTokenAndRevealIt();
    void enterOpensDetails();
    void doubleClickOpensDetails();
    void thePageFieldGoesToThatPage();
    void detailsOfAGoneTokenOfferARefresh();
    void refreshKeepsTheSelection();
    void ctrlFFocusesTheFilter();
    void sortAndPageSizePersist();
    void signedOutShowsSignInInsteadOfAnEmptyTable();
    void whileTheServerIsUnreachableActionsThatNeedItSayWhy();
    void exportWritesEveryMatchOfTheFilters();
    void escapeInTheExportWindowCancelsIt();

private:
    // The list requests the sandbox saw since the last clearRequests().
    QList<QUrlQuery> listRequests() const;
    void waitIdle();
    void createWindow();
    template<typename T> T *find(const char *name) const
    {
        T *child = m_window->findChild<T *>(QLatin1String(name));
        if (!child)
            qFatal("no child %s", name);
        return child;
    }

    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<TokensApi> m_api;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestMainWindow::initTestCase()
{
    Sandbox::Options options;
    options.tokens = 300;
    options.seed = 5;
    m_sandbox = std::make_unique<Sandbox>(options);
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
}

void TestMainWindow::createWindow()
{
    m_tester.reset();
    m_window = std::make_unique<MainWindow>(m_api.get(), m_settings.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_window->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    ServerProfile server = ServerProfile::unsaved(m_sandbox->url());
    server.id = ServerList::newId();
    server.name = QStringLiteral("test sandbox");
    server.environment = ServerEnvironment::Development;
    m_window->setServer(server);
    m_window->setSignedIn(true);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_sandbox->clearRequests();
    m_window->start();
    waitIdle();
}

void TestMainWindow::init()
{
    m_sandbox->setLatencyMs(0);
    m_dir = std::make_unique<QTemporaryDir>();
    m_network = std::make_unique<QNetworkAccessManager>();
    m_api = std::make_unique<TokensApi>(m_network.get());
    m_api->setBaseUrl(m_sandbox->url());
    m_api->setAccessToken(m_sandbox->adminToken());
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
    createWindow();
    m_sandbox->clearRequests();
}

void TestMainWindow::cleanup()
{
    m_tester.reset();
    m_window.reset();
    m_settings.reset();
    m_api.reset();
    m_network.reset();
    m_dir.reset();
}

QList<QUrlQuery> TestMainWindow::listRequests() const
{
    QList<QUrlQuery> queries;
    const auto requests = m_sandbox->requests();
    for (const auto &request : requests) {
        if (request.method == "GET" && request.path.size() == 2) {
            QUrlQuery query;
            for (const auto &item : request.query)
                query.addQueryItem(item.first, item.second);
            queries << query;
        }
    }
    return queries;
}

void TestMainWindow::waitIdle()
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->model()->isLoading(), 10000);
}

void TestMainWindow::showsTheFirstPage()
{
    auto *table = find<QTableView>("tokenTable");
    QCOMPARE(table->model()->rowCount(), 25);
    const qint64 total = m_sandbox->withStore([](TokenStore &s) { return s.size(); });
    QCOMPARE(find<QLabel>("positionLabel")->text(), QStringLiteral("1-25 of %L1").arg(total));
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("test sandbox")));
    QVERIFY(!m_window->windowTitle().contains(m_sandbox->adminToken()));
    QVERIFY(!find<QWidget>("errorBanner")->isVisible());
}

void TestMainWindow::typingAFilterSendsOneRequestAfterTheDebounce()
{
    auto *edit = find<FilterLineEdit>("usernameFilterEdit");
    QVERIFY(!edit->placeholderText().isEmpty());
    QVERIFY(edit->isClearButtonEnabled());
    QTest::keyClicks(edit, QStringLiteral("ada"));
    QTest::qWait(FilterLineEdit::DebounceMs / 2);
    QCOMPARE(listRequests().size(), 0); // still typing
    QTRY_COMPARE(listRequests().size(), 1);
    QCOMPARE(listRequests().first().queryItemValue(QStringLiteral("filter_username")),
             QStringLiteral("ada"));
    waitIdle();
    auto *model = m_window->model();
    QVERIFY(model->rowCount() > 0);
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY(model->keyAt(row).username.contains(QStringLiteral("ada"), Qt::CaseInsensitive));
    QTest::qWait(FilterLineEdit::DebounceMs + 100);
    QCOMPARE(listRequests().size(), 1); // exactly one

    QTest::keyClick(edit, Qt::Key_Escape);
    QVERIFY(edit->text().isEmpty());
    QTRY_COMPARE(listRequests().size(), 2);
    QVERIFY(!listRequests().last().hasQueryItem(QStringLiteral("filter_username")));
    waitIdle();
    QCOMPARE(model->pageState().totalElements,
             m_sandbox->withStore([](TokenStore &s) { return s.size(); }));
}

void TestMainWindow::enterAppliesAFilterAtOnce()
{
    auto *edit = find<FilterLineEdit>("clientIdFilterEdit");
    QTest::keyClicks(edit, QStringLiteral("ios"));
    QTest::keyClick(edit, Qt::Key_Return);
    // Sent at once, not after the debounce: the request is in flight before any wait.
    QCOMPARE(m_window->model()->query().clientIdFilter, QStringLiteral("ios"));
    QVERIFY(m_window->model()->isLoading());
    QTRY_COMPARE(listRequests().size(), 1);
    QCOMPARE(listRequests().first().queryItemValue(QStringLiteral("filter_client_id")),
             QStringLiteral("ios"));
    QTest::qWait(FilterLineEdit::DebounceMs + 100);
    QCOMPARE(listRequests().size(), 1); // the pending debounce did not send it again
}

void TestMainWindow::headerClicksSortOnTheServer()
{
    auto *table = find<QTableView>("tokenTable");
    QHeaderView *header = table->horizontalHeader();
    auto clickHeader = [&](int section, Qt::KeyboardModifiers modifiers = {}) {
        const QPoint pos(header->sectionViewportPosition(section) + 10, header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, modifiers, pos);
    };
    QAbstractItemModel *model = table->model();
    auto orderOf = [model](int section) {
        return model->headerData(section, Qt::Horizontal, TokenTableModel::SortOrderRole);
    };
    auto priorityOf = [model](int section) {
        return model->headerData(section, Qt::Horizontal, TokenTableModel::SortPriorityRole)
            .toInt();
    };
    // The default sort shows in the header before any click; the header text stays the name.
    waitIdle();
    QCOMPARE(orderOf(0).toInt(), int(Qt::AscendingOrder));
    QVERIFY(!orderOf(1).isValid());
    QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Username"));
    const QList<TokenKey> ascending = m_window->model()->rows();
    const int before = int(listRequests().size());

    clickHeader(0);
    QTRY_COMPARE(listRequests().size(), before + 1);
    QCOMPARE(listRequests().last().queryItemValue(QStringLiteral("order")),
             QStringLiteral("username:DESC"));
    waitIdle();
    const QList<TokenKey> descending = m_window->model()->rows();
    QVERIFY(descending.first().username.toCaseFolded() >= ascending.last().username.toCaseFolded());
    for (int i = 1; i < descending.size(); ++i)
        QVERIFY(descending[i - 1].username.toCaseFolded() >= descending[i].username.toCaseFolded());
    QCOMPARE(orderOf(0).toInt(), int(Qt::DescendingOrder));
    QCOMPARE(priorityOf(0), 0); // a single key has no number

    clickHeader(1, Qt::ShiftModifier);
    QTRY_COMPARE(listRequests().size(), before + 2);
    QCOMPARE(listRequests().last().queryItemValue(QStringLiteral("order")),
             QStringLiteral("username:DESC,client_id:ASC"));
    waitIdle();
    QCOMPARE(orderOf(0).toInt(), int(Qt::DescendingOrder));
    QCOMPARE(priorityOf(0), 1);
    QCOMPARE(orderOf(1).toInt(), int(Qt::AscendingOrder));
    QCOMPARE(priorityOf(1), 2);
    // Drawn, not written: screen readers still read the column's name.
    QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Username"));
    QCOMPARE(model->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Client ID"));
    QVERIFY(model->headerData(1, Qt::Horizontal, Qt::AccessibleDescriptionRole)
                .toString()
                .contains(QStringLiteral("2 of 2")));

    clickHeader(0);
    QTRY_COMPARE(listRequests().size(), before + 3);
    QCOMPARE(listRequests().last().queryItemValue(QStringLiteral("order")),
             QStringLiteral("username:ASC"));
}

void TestMainWindow::pagerNavigatesAndChangesPageSize()
{
    const qint64 total = m_sandbox->withStore([](TokenStore &s) { return s.size(); });
    const qint64 pages = (total + 24) / 25;
    auto *label = find<QLabel>("positionLabel");

    QTest::mouseClick(find<QToolButton>("nextPageButton"), Qt::LeftButton);
    QTRY_COMPARE(listRequests().size(), 1);
    QCOMPARE(listRequests().last().queryItemValue(QStringLiteral("page")), QStringLiteral("2"));
    waitIdle();
    QCOMPARE(label->text(), QStringLiteral("26-50 of %L1").arg(total));

    QTest::mouseClick(find<QToolButton>("lastPageButton"), Qt::LeftButton);
    QTRY_COMPARE(listRequests().size(), 2);
    QCOMPARE(listRequests().last().queryItemValue(QStringLiteral("page")), QString::number(pages));
    waitIdle();
    QCOMPARE(label->text(), QStringLiteral("%L1-%L2 of %L2").arg((pages - 1) * 25 + 1).arg(total));
    QVERIFY(!find<QToolButton>("nextPageButton")->isEnabled());
    QVERIFY(!find<QToolButton>("lastPageButton")->isEnabled());

    QTest::mouseClick(find<QToolButton>("firstPageButton"), Qt::LeftButton);
    QTRY_COMPARE(listRequests().size(), 3);
    waitIdle();
    QTest::mouseClick(find<QToolButton>("nextPageButton"), Qt::LeftButton);
    QTRY_COMPARE(listRequests().size(), 4);
    waitIdle();

    // From rows 26-50, 50 per page keeps row 26 in view: page 1.
    auto *sizes = find<QComboBox>("pageSizeComboBox");
    sizes->setCurrentIndex(sizes->findData(50));
    QTRY_COMPARE(listRequests().size(), 5);
    QCOMPARE(listRequests().last().queryItemValue(QStringLiteral("size")), QStringLiteral("50"));
    QCOMPARE(listRequests().last().queryItemValue(QStringLiteral("page")), QStringLiteral("1"));
    waitIdle();
    QCOMPARE(label->text(), QStringLiteral("1-50 of %L1").arg(total));
    QCOMPARE(m_window->model()->rowCount(), 50);
}

// A slow first request answered after a newer one: its answer arrives (the server sent it, and
// the model counts it) and is dropped; the table never shows its rows.
void TestMainWindow::aSlowStalePageIsIgnored()
{
    auto *model = m_window->model();
    auto *edit = find<FilterLineEdit>("usernameFilterEdit");
    QSignalSpy loaded(model, &TokenTableModel::pageLoaded);
    QStringList filtersShown; // the filter of every page the table showed
    connect(model, &QAbstractItemModel::modelReset, this, [&] {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (!model->keyAt(row).username.contains(QStringLiteral("ada"), Qt::CaseInsensitive))
                filtersShown << model->keyAt(row).username;
        }
    });
    const int droppedBefore = model->staleAnswersDropped();
    m_sandbox->setLatencyMs(800);
    QTest::keyClicks(edit, QStringLiteral("grace"));
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_COMPARE(listRequests().size(), 1); // the slow one is on the server
    m_sandbox->setLatencyMs(0);
    edit->selectAll(); // typed over, never empty: no request for an empty filter in between
    QTest::keyClicks(edit, QStringLiteral("ada"));
    QTest::keyClick(edit, Qt::Key_Return);
    waitIdle();
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(model->staleAnswersDropped(), droppedBefore); // not yet: it is still slow
    // The slow "grace" page arrives about 800 ms after it was asked, and is dropped.
    QTRY_COMPARE_WITH_TIMEOUT(model->staleAnswersDropped(), droppedBefore + 1, 3000);
    QCOMPARE(loaded.size(), 1);
    QVERIFY(filtersShown.isEmpty());
    QVERIFY(model->rowCount() > 0);
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY(model->keyAt(row).username.contains(QStringLiteral("ada"), Qt::CaseInsensitive));
    QCOMPARE(model->query().usernameFilter, QStringLiteral("ada"));
    QCOMPARE(listRequests().size(), 2); // and it was not asked again
}

void TestMainWindow::errorShowsABannerAndRetryRecovers()
{
    auto *model = m_window->model();
    const QList<TokenKey> before = model->rows();
    m_sandbox->failNext(1, 500, "GET", QStringLiteral("/auth/tokens"));
    find<QAction>("actionRefresh")->trigger();
    auto *banner = find<QWidget>("errorBanner");
    QTRY_VERIFY(banner->isVisible());
    QVERIFY(find<QLabel>("errorMessageLabel")->text().contains(QStringLiteral("500")));
    QCOMPARE(find<QLabel>("statusText")->text(), QStringLiteral("The last request failed."));
    QVERIFY(!find<QWidget>("loadingIndicator")->isVisible());
    QCOMPARE(model->rows(), before); // nothing lost
    QTest::mouseClick(find<QPushButton>("retryButton"), Qt::LeftButton);
    waitIdle();
    QVERIFY(!banner->isVisible());
    QVERIFY(!model->lastError());
    QCOMPARE(model->rows(), before);
}

void TestMainWindow::retryingIsShownAndRecovers()
{
    m_api->setRetryPolicy(RetryPolicy {4, 300, 300, 60});
    auto *status = find<QLabel>("statusText");
    m_sandbox->failNext(1, 502, "GET", QStringLiteral("/auth/tokens"));
    find<QAction>("actionRefresh")->trigger();
    QTRY_VERIFY(status->text().contains(QStringLiteral("trying again")));
    QVERIFY(status->text().contains(QStringLiteral("HTTP 502")));
    QVERIFY(status->text().contains(QStringLiteral("try 2 of 4")));
    waitIdle();
    QVERIFY(!m_window->model()->lastError());
    QVERIFY(!find<QWidget>("errorBanner")->isVisible());
    QCOMPARE(listRequests().size(), 2);
}

void TestMainWindow::emptyResultSaysSo()
{
    auto *edit = find<FilterLineEdit>("usernameFilterEdit");
    QTest::keyClicks(edit, QStringLiteral("zz-no-such-user"));
    QTest::keyClick(edit, Qt::Key_Return);
    waitIdle();
    auto *label = find<QLabel>("emptyStateLabel");
    QTRY_VERIFY(label->isVisible());
    QCOMPARE(label->text(), QStringLiteral("No tokens match these filters"));
    QCOMPARE(find<QLabel>("positionLabel")->text(), QStringLiteral("0 of 0"));
    QTest::keyClick(edit, Qt::Key_Escape);
    waitIdle();
    QTRY_VERIFY(find<QTableView>("tokenTable")->isVisible());
}

void TestMainWindow::detailsShowMaskedTokenAndRevealIt()
{
    auto *table = find<QTableView>("tokenTable");
    const TokenKey key = m_window->model()->keyAt(3);
    const QString token = m_sandbox->withStore(
        [&](TokenStore &s) { return s.find(key.username, key.clientId)->token; });
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualRect(table->model()->index(3, 0)).center());
    QCOMPARE(m_window->selectedKeys(), QList<TokenKey> {key});
    auto *action = find<QAction>("actionViewDetails");
    QVERIFY(action->isEnabled());
    action->trigger();
    auto *dialog = m_window->findChild<TokenDetailsDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QTRY_VERIFY(dialog->isLoaded());
    auto *value = dialog->findChild<QLabel *>(QStringLiteral("tokenValue"));
    // Eight bullets and the last four characters, written out (not computed by masked()).
    const QString masked
        = QStringLiteral("\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022") + token.right(4);
    QCOMPARE(value->text(), masked);
    QVERIFY(value->text().endsWith(token.right(4)));
    QVERIFY(!value->text().contains(token.left(8)));
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("usernameValue"))->text(), key.username);
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("refreshListButton"))->isVisible());
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("retryButton"))->isVisible());
    // Return inside the dialog presses nothing (there is no default button).
    QTest::keyClick(dialog, Qt::Key_Return);
    QVERIFY(dialog->isVisible());

    auto *reveal = dialog->findChild<QToolButton *>(QStringLiteral("revealButton"));
    QTest::mouseClick(reveal, Qt::LeftButton);
    QCOMPARE(value->text(), token);
    QTest::mouseClick(reveal, Qt::LeftButton);
    QCOMPARE(value->text(), masked);

    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(dialog->findChild<QToolButton *>(QStringLiteral("copyButton")),
                      Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), token);
    QGuiApplication::clipboard()->clear();
    dialog->reject();
}

void TestMainWindow::enterOpensDetails()
{
    auto *table = find<QTableView>("tokenTable");
    table->setFocus();
    table->selectRow(0);
    table->setCurrentIndex(table->model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Return);
    auto *dialog = m_window->findChild<TokenDetailsDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isLoaded());
    QTest::qWait(50);
    QVERIFY(dialog->isVisible()); // the Return that opened it must not also close it
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("usernameValue"))->text(),
             m_window->model()->keyAt(0).username);
    dialog->reject();
}

void TestMainWindow::detailsOfAGoneTokenOfferARefresh()
{
    auto *table = find<QTableView>("tokenTable");
    const TokenKey key = m_window->model()->keyAt(5);
    m_sandbox->withStore([&](TokenStore &s) { return s.remove(key.username, key.clientId); });
    table->selectRow(5);
    find<QAction>("actionViewDetails")->trigger();
    auto *dialog = m_window->findChild<TokenDetailsDialog *>();
    QVERIFY(dialog);
    auto *message = dialog->findChild<QLabel *>(QStringLiteral("messageLabel"));
    QTRY_VERIFY(message->isVisible());
    QVERIFY(message->text().contains(QStringLiteral("no longer exists")));
    auto *refresh = dialog->findChild<QPushButton *>(QStringLiteral("refreshListButton"));
    QVERIFY(refresh->isVisible());
    m_sandbox->clearRequests();
    QTest::mouseClick(refresh, Qt::LeftButton);
    QTRY_COMPARE(listRequests().size(), 1);
    waitIdle();
    QCOMPARE(m_window->model()->rowOf(key), -1);
    m_sandbox->issueToken(key.username, key.clientId, false);
}

void TestMainWindow::refreshKeepsTheSelection()
{
    auto *table = find<QTableView>("tokenTable");
    auto *model = m_window->model();
    const QList<TokenKey> chosen {model->keyAt(2), model->keyAt(4)};
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualRect(model->index(2, 0)).center());
    QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ControlModifier,
                      table->visualRect(model->index(4, 0)).center());
    QCOMPARE(m_window->selectedKeys(), chosen);
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QTRY_COMPARE(listRequests().size(), 1);
    waitIdle();
    QCOMPARE(m_window->selectedKeys(), chosen);
}

void TestMainWindow::ctrlFFocusesTheFilter()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    find<QTableView>("tokenTable")->setFocus();
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(find<FilterLineEdit>("usernameFilterEdit")->hasFocus());
}

void TestMainWindow::sortAndPageSizePersist()
{
    auto *sizes = find<QComboBox>("pageSizeComboBox");
    sizes->setCurrentIndex(sizes->findData(100));
    waitIdle();
    m_window->model()->setSortKeys({{TokenField::ClientId, Qt::DescendingOrder}});
    waitIdle();
    m_window->close();

    m_sandbox->clearRequests();
    createWindow();
    QCOMPARE(listRequests().size(), 1);
    QCOMPARE(listRequests().first().queryItemValue(QStringLiteral("size")), QStringLiteral("100"));
    QCOMPARE(listRequests().first().queryItemValue(QStringLiteral("order")),
             QStringLiteral("client_id:DESC"));
    QCOMPARE(find<QComboBox>("pageSizeComboBox")->currentData().toInt(), 100);
    QCOMPARE(m_window->model()->rowCount(), 100);
    // No token in the settings file.
    QFile file(m_settings->fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(m_sandbox->adminToken().toUtf8()));
}

void TestMainWindow::doubleClickOpensDetails()
{
    auto *table = find<QTableView>("tokenTable");
    const TokenKey key = m_window->model()->keyAt(3); // row 2 is "..", which has no details
    const QPoint at = table->visualRect(table->model()->index(3, 1)).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, at);
    QTRY_COMPARE(m_window->findChildren<TokenDetailsDialog *>().size(), 1);
    auto *dialog = m_window->findChild<TokenDetailsDialog *>();
    QTRY_VERIFY(dialog->isVisible());
    QTRY_VERIFY(dialog->isLoaded());
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("usernameValue"))->text(), key.username);
    dialog->close();
}

void TestMainWindow::thePageFieldGoesToThatPage()
{
    auto *page = find<QSpinBox>("pageSpinBox");
    m_sandbox->clearRequests();
    page->setFocus();
    page->selectAll();
    QTest::keyClicks(page, QStringLiteral("3"));
    QTest::keyClick(page, Qt::Key_Return);
    waitIdle();
    QCOMPARE(m_window->model()->pageState().page, 3);
    const QList<QUrlQuery> requests = listRequests();
    QVERIFY(!requests.isEmpty());
    QCOMPARE(requests.last().queryItemValue(QStringLiteral("page")), QStringLiteral("3"));
    QCOMPARE(m_window->model()->keyAt(0), m_sandbox->withStore([&](TokenStore &s) {
        TokenStore::ListRequest request;
        request.page = 3;
        request.size = m_window->model()->pageState().pageSize;
        const auto pair = s.list(request).rows.value(0);
        return TokenKey {pair.username, pair.clientId};
    }));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

void TestMainWindow::signedOutShowsSignInInsteadOfAnEmptyTable()
{
    auto *stack = find<QStackedWidget>("viewStack");
    QCOMPARE(stack->currentWidget(), find<QTableView>("tokenTable"));
    QSignalSpy signIn(m_window.get(), &MainWindow::signInRequested);
    m_window->setSignedIn(false);
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("signedOutPage"));
    QVERIFY(!find<PagerWidget>("pager")->isVisible()); // no "0 of 0"
    QVERIFY(!find<FilterLineEdit>("usernameFilterEdit")->isEnabled());
    QTest::mouseClick(find<QPushButton>("signedOutSignInButton"), Qt::LeftButton);
    QCOMPARE(signIn.size(), 1);
    m_window->setSignedIn(true);
    QCOMPARE(stack->currentWidget(), find<QTableView>("tokenTable"));
    QVERIFY(find<PagerWidget>("pager")->isVisible());
}

void TestMainWindow::whileTheServerIsUnreachableActionsThatNeedItSayWhy()
{
    auto *table = find<QTableView>("tokenTable");
    table->selectRow(1);
    auto *details = find<QAction>("actionViewDetails");
    auto *revoke = find<QAction>("actionRevokeSelected");
    QVERIFY(details->isEnabled() && revoke->isEnabled());
    // Nothing listens where the console now sends.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    QUrl url = m_sandbox->url();
    url.setPort(closed.serverPort());
    closed.close();
    m_api->setBaseUrl(url);
    m_api->setRetryPolicy(RetryPolicy::never());
    find<QAction>("actionRefresh")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->model()->lastError(), 10000);
    QVERIFY(!revoke->isEnabled());
    QVERIFY(!details->isEnabled());
    QVERIFY(revoke->statusTip().contains(QStringLiteral("cannot be reached")));
    QVERIFY(revoke->toolTip().contains(QStringLiteral("cannot be reached")));
    // Reachable again: offered again.
    m_api->setBaseUrl(m_sandbox->url());
    m_api->setAccessToken(m_sandbox->adminToken());
    find<QAction>("actionRefresh")->trigger();
    waitIdle();
    QVERIFY(!m_window->model()->lastError());
    table->selectRow(1);
    QVERIFY(revoke->isEnabled());
    QVERIFY(revoke->statusTip().isEmpty());
}

// Tokens > Export Matching Tokens (Ctrl+E) writes every match of the filters applied now, in
// the table's sort, not just the page shown; the progress window says what was written.
void TestMainWindow::exportWritesEveryMatchOfTheFilters()
{
    QCOMPARE(find<QAction>("actionExportMatching")->shortcut(),
             QKeySequence(QStringLiteral("Ctrl+E")));
    auto *edit = find<FilterLineEdit>("usernameFilterEdit");
    QTest::keyClicks(edit, QStringLiteral("a"));
    QTest::keyClick(edit, Qt::Key_Return);
    waitIdle();
    const qint64 matches = m_window->model()->pageState().totalElements;
    QVERIFY(matches > m_window->model()->rowCount()); // more than the page shown
    const QString path = m_dir->filePath(QStringLiteral("export.csv"));
    QVERIFY(m_window->exportMatchingTo(path, TokenExporter::Format::Csv));
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->exporter()->isRunning(), 20000);
    QVERIFY(m_window->exporter()->succeeded());
    QCOMPARE(m_window->exporter()->written(), matches);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.first(), QByteArray("username,client_id\r"));
    QCOMPARE(lines.size() - 2, matches); // the header, and the empty piece after the last CRLF
    // The first rows are the first rows of the table (the same filter and sort).
    QVERIFY(lines.at(1).startsWith('"' + m_window->model()->keyAt(0).username.toUtf8()));
    auto *progress = m_window->findChild<QDialog *>(QStringLiteral("exportProgressDialog"));
    QVERIFY(progress);
    QVERIFY(progress->findChild<QLabel *>(QStringLiteral("statusLabel"))
                ->text()
                .startsWith(QStringLiteral("Done")));
    progress->close();
}

void TestMainWindow::escapeInTheExportWindowCancelsIt()
{
    m_sandbox->setLatencyMs(100);
    const QString path = m_dir->filePath(QStringLiteral("export.csv"));
    QVERIFY(m_window->exportMatchingTo(path, TokenExporter::Format::Csv));
    auto *progress = m_window->findChild<QDialog *>(QStringLiteral("exportProgressDialog"));
    QVERIFY(progress);
    QVERIFY(m_window->exporter()->isRunning());
    QTest::keyClick(progress, Qt::Key_Escape);
    QVERIFY(!m_window->exporter()->isRunning());
    QVERIFY(m_window->exporter()->wasCancelled());
    QTest::qWait(300);
    QVERIFY(!QFile::exists(path));
}
