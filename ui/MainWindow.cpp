#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "AboutBox.h"
#include "AuditJournal.h"
#include "BulkRevoker.h"
#include "EnvironmentStrip.h"
#include "ExportProgressDialog.h"
#include "OverviewPage.h"
#include "RevocationController.h"
#include "RevocationHistoryDialog.h"
#include "RevokeConfirmDialog.h"
#include "Settings.h"
#include "SignedOutPage.h"
#include "TokenDetailsDialog.h"
#include "TokenTableView.h"
#include "TokensApi.h"

#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMouseEvent>
#include <QProgressBar>
#include <QScreen>
#include <QSet>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTime>
#include <QTimer>
#include <QVBoxLayout>

#include <climits>

MainWindow::MainWindow(TokensApi *api, Settings *settings, QWidget *parent)
    : QMainWindow(parent),
      m_ui(std::make_unique<Ui::MainWindow>()),
      m_api(api),
      m_settings(settings),
      m_model(new TokenTableModel(api, this)),
      m_busy(new QProgressBar(this)),
      m_statusText(new QLabel(this)),
      m_sessionText(new QLabel(this)),
      m_selectionText(new QLabel(this)),
      m_removalTimer(new QTimer(this)),
      m_revocations(new RevocationController(api, settings, this))
{
    m_ui->setupUi(this);
    m_strip = new EnvironmentStrip(this);
    m_ui->centralLayout->insertWidget(0, m_strip);
    // File > Servers... and File > Switch Server, before Sign In.
    m_serversAction = new QAction(tr("Ser&vers..."), this);
    m_serversAction->setObjectName(QStringLiteral("actionServers"));
    connect(m_serversAction, &QAction::triggered, this, &MainWindow::manageServersRequested);
    m_switchMenu = new QMenu(tr("S&witch Server"), this);
    m_switchMenu->setObjectName(QStringLiteral("switchServerMenu"));
    m_ui->menuFile->insertMenu(m_ui->actionSignIn, m_switchMenu);
    m_ui->menuFile->insertAction(m_ui->actionSignIn, m_serversAction);
    m_ui->menuFile->insertSeparator(m_ui->actionSignIn);
    setSavedServers({});
    setWindowTitle(tr("Knetik Token Console"));
    // Tokens > Requests at Once, Verify Revocations: how a run sends.
    m_revocations->addSettingsTo(m_ui->menuTokens, m_ui->actionExportMatching);
    m_ui->menuTokens->insertSeparator(m_ui->actionExportMatching);
    m_removalTimer->setSingleShot(true);
    m_removalTimer->setInterval(RemovalBatchMs);
    connect(m_removalTimer, &QTimer::timeout, this, &MainWindow::flushRemovals);

    m_ui->actionRefresh->setIcon(QIcon::fromTheme(QStringLiteral("view-refresh"),
                                                  style()->standardIcon(QStyle::SP_BrowserReload)));
    m_ui->actionViewDetails->setIcon(
        QIcon::fromTheme(QStringLiteral("document-properties"),
                         style()->standardIcon(QStyle::SP_FileDialogInfoView)));
    m_ui->actionQuit->setIcon(QIcon::fromTheme(QStringLiteral("application-exit")));

    TokenTableView *table = m_ui->tokenTable;
    table->setTokenModel(m_model);
    QHeaderView *header = table->horizontalHeader();

    m_busy->setObjectName(QStringLiteral("loadingIndicator"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setMaximumHeight(14);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_statusText->setObjectName(QStringLiteral("statusText"));
    statusBar()->addWidget(m_statusText, 1);
    statusBar()->addPermanentWidget(m_busy);
    m_selectionText->setObjectName(QStringLiteral("selectionStatus"));
    m_selectionText->setContentsMargins(0, 0, fontMetrics().averageCharWidth() * 2, 0);
    statusBar()->addPermanentWidget(m_selectionText);
    m_sessionText->setObjectName(QStringLiteral("sessionStatus"));
    statusBar()->addPermanentWidget(m_sessionText);

    // Before sign-in and after Sign Out: say so, and offer Sign In (not an empty table).
    m_signedOutPage = new SignedOutPage(m_ui->viewStack);
    connect(m_signedOutPage, &SignedOutPage::signInRequested, this, &MainWindow::signInRequested);
    m_ui->viewStack->addWidget(m_signedOutPage);

    // Restore what the admin left: geometry, columns, sort and page size. The first time,
    // a size that fits the screen.
    if (!restoreGeometry(m_settings->value(Settings::Key::MainWindowGeometry).toByteArray())) {
        if (const QScreen *screen = QGuiApplication::primaryScreen()) {
            const QSize available = screen->availableSize();
            resize(qMin(960, available.width() * 9 / 10), qMin(640, available.height() * 9 / 10));
        }
    }
    restoreState(m_settings->value(Settings::Key::MainWindowState).toByteArray());
    header->restoreState(m_settings->value(Settings::Key::TokenTableHeader).toByteArray());
    m_ui->pager->setPageSize(m_settings->pageSize());

    // Exact: the whole name, same case (the overview's way into the data uses it too).
    m_usernameExact = new QCheckBox(tr("E&xact"), this);
    m_usernameExact->setObjectName(QStringLiteral("usernameExactCheck"));
    m_usernameExact->setAccessibleName(tr("Exact username"));
    m_usernameExact->setToolTip(tr("Only this whole username, same case (“ada”, not “adam”)"));
    m_clientIdExact = new QCheckBox(tr("Exact"), this);
    m_clientIdExact->setObjectName(QStringLiteral("clientIdExactCheck"));
    m_clientIdExact->setAccessibleName(tr("Exact client ID"));
    m_clientIdExact->setToolTip(tr("Only this whole client ID, same case"));
    m_ui->filterLayout->insertWidget(m_ui->filterLayout->indexOf(m_ui->usernameFilterEdit) + 1,
                                     m_usernameExact);
    m_ui->filterLayout->addWidget(m_clientIdExact);
    setTabOrder(m_ui->usernameFilterEdit, m_usernameExact);
    setTabOrder(m_usernameExact, m_ui->clientIdFilterEdit);
    setTabOrder(m_ui->clientIdFilterEdit, m_clientIdExact);
    connect(m_ui->usernameFilterEdit, &FilterLineEdit::filterChanged, this,
            &MainWindow::applyFilters);
    connect(m_ui->clientIdFilterEdit, &FilterLineEdit::filterChanged, this,
            &MainWindow::applyFilters);
    connect(m_usernameExact, &QCheckBox::toggled, this, &MainWindow::applyFilters);
    connect(m_clientIdExact, &QCheckBox::toggled, this, &MainWindow::applyFilters);

    // The table and its pager, or the overview, below the filters (which both follow).
    m_overview = new OverviewPage(api, this);
    auto *tablePage = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tablePage);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    const int stackAt = m_ui->centralLayout->indexOf(m_ui->viewStack);
    m_ui->centralLayout->removeWidget(m_ui->viewStack);
    m_ui->centralLayout->removeWidget(m_ui->pager);
    tableLayout->addWidget(m_ui->viewStack, 1);
    tableLayout->addWidget(m_ui->pager);
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pageStack"));
    m_pages->addWidget(tablePage);
    m_pages->addWidget(m_overview);
    m_ui->centralLayout->insertWidget(stackAt, m_pages, 1);
    connect(m_overview, &OverviewPage::filterRequested, this, &MainWindow::filterExactly);
    connect(m_overview, &OverviewPage::revokeAllRequested, this, &MainWindow::revokeAllOf);
    // View: Alt+1 and Alt+2 (Ctrl+1 to Ctrl+9 switch servers), and the toolbar.
    auto *viewMenu = new QMenu(tr("&View"), this);
    viewMenu->setObjectName(QStringLiteral("menuView"));
    menuBar()->insertMenu(m_ui->menuHelp->menuAction(), viewMenu);
    auto *views = new QActionGroup(this);
    m_tableAction = viewMenu->addAction(tr("Token &Table"));
    m_tableAction->setObjectName(QStringLiteral("actionShowTable"));
    m_tableAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_1));
    m_tableAction->setToolTip(tr("The tokens, a page at a time (Alt+1)"));
    m_overviewAction = viewMenu->addAction(tr("&Overview"));
    m_overviewAction->setObjectName(QStringLiteral("actionShowOverview"));
    m_overviewAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_2));
    m_overviewAction->setToolTip(
        tr("Tokens per client and user, and the outliers, for these filters (Alt+2)"));
    m_overviewAction->setIcon(QIcon::fromTheme(QStringLiteral("office-chart-bar")));
    for (QAction *action : {m_tableAction, m_overviewAction}) {
        action->setCheckable(true);
        views->addAction(action);
    }
    m_tableAction->setChecked(true);
    connect(m_tableAction, &QAction::triggered, this, [this] { showOverview(false); });
    connect(m_overviewAction, &QAction::triggered, this, [this] { showOverview(true); });
    viewMenu->addSeparator();
    QAction *numbers = viewMenu->addAction(tr("Overview &Numbers as Tables"));
    numbers->setObjectName(QStringLiteral("actionOverviewNumbers"));
    numbers->setCheckable(true);
    numbers->setChecked(m_settings->value(Settings::Key::OverviewNumbers).toBool());
    m_overview->setNumbersShown(numbers->isChecked());
    connect(numbers, &QAction::toggled, this, [this](bool on) {
        m_overview->setNumbersShown(on);
        m_settings->setValue(Settings::Key::OverviewNumbers, on);
    });
    m_ui->mainToolBar->addSeparator();
    m_ui->mainToolBar->addAction(m_tableAction);
    m_ui->mainToolBar->addAction(m_overviewAction);
    connect(m_ui->pager, &PagerWidget::firstRequested, m_model, &TokenTableModel::firstPage);
    connect(m_ui->pager, &PagerWidget::previousRequested, m_model, &TokenTableModel::previousPage);
    connect(m_ui->pager, &PagerWidget::nextRequested, m_model, &TokenTableModel::nextPage);
    connect(m_ui->pager, &PagerWidget::lastRequested, m_model, &TokenTableModel::lastPage);
    connect(m_ui->pager, &PagerWidget::pageRequested, m_model, &TokenTableModel::setPage);
    connect(m_ui->pager, &PagerWidget::pageSizeChanged, m_model, &TokenTableModel::setPageSize);
    connect(m_ui->errorBanner, &ErrorBanner::retryRequested, this, &MainWindow::refresh);

    connect(m_model, &TokenTableModel::pageLoaded, this, &MainWindow::onPageLoaded);
    connect(m_model, &TokenTableModel::errorOccurred, this, &MainWindow::onError);
    connect(m_model, &TokenTableModel::loadingChanged, this, &MainWindow::onLoadingChanged);
    connect(m_model, &TokenTableModel::retrying, this,
            [this](int attempt, int maxAttempts, int delayMs, const ApiError &reason) {
                // kindName() is for logs and files; the status bar gets words.
                const QString why = reason.httpStatus()
                    ? tr("The server answered HTTP %1").arg(reason.httpStatus())
                    : reason.kind() == ApiError::Kind::Timeout ? tr("No answer from the server")
                                                               : tr("Cannot reach the server");
                m_statusText->setText(tr("%1; trying again in %2 s (try %3 of %4)")
                                          .arg(why, QLocale().toString(delayMs / 1000.0, 'f', 1))
                                          .arg(attempt)
                                          .arg(maxAttempts));
            });
    connect(m_model, &TokenTableModel::queryChanged, this, [this] {
        m_settings->setSortKeys(m_model->query().sort);
        m_settings->setValue(Settings::Key::PageSize, m_model->query().size);
        m_overview->setQuery(m_model->query(), filterDescription());
    });

    connect(m_ui->actionRefresh, &QAction::triggered, this, &MainWindow::refresh);
    connect(m_ui->actionViewDetails, &QAction::triggered, this, &MainWindow::viewDetails);
    addActionRule(m_ui->actionViewDetails, [this](QAction *action, const ActionContext &now) {
        action->setEnabled(now.keys.size() == 1 && now.reachable);
        action->setStatusTip(now.unreachable);
        action->setToolTip(now.reachable ? tr("Show the selected token (Return)")
                                         : now.unreachable);
    });
    connect(m_ui->actionSignOut, &QAction::triggered, this, &MainWindow::signOut);
    connect(m_ui->actionSignIn, &QAction::triggered, this, &MainWindow::signInRequested);
    m_ui->actionSignIn->setVisible(false);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionFocusFilter, &QAction::triggered, this, [this] {
        m_ui->usernameFilterEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->usernameFilterEdit->selectAll();
    });
    connect(m_ui->actionAbout, &QAction::triggered, this, [this] { AboutBox::show(this); });
    connect(m_ui->actionAboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    m_ui->actionRevokeSelected->setIcon(QIcon::fromTheme(
        QStringLiteral("edit-delete"), style()->standardIcon(QStyle::SP_TrashIcon)));
    // Delete and Ctrl+C act on the table only; in a filter field they edit text.
    // So do the wide revokes' shortcuts. Return opens the details through the table's own
    // activation (a Return shortcut would also fire while a dialog has not taken the focus);
    // the menu shows it all the same.
    m_ui->actionViewDetails->setText(
        m_ui->actionViewDetails->text() + QLatin1Char('\t')
        + QKeySequence(Qt::Key_Return).toString(QKeySequence::NativeText));
    table->addActions({m_ui->actionRevokeSelected, m_ui->actionRevokeAllOfUser,
                       m_ui->actionRevokeAllOfClient, m_ui->actionCopy});
    table->setContextActions({m_ui->actionViewDetails, m_ui->actionCopy, nullptr,
                              m_ui->actionFilterByUser, m_ui->actionFilterByClient, nullptr,
                              m_ui->actionRevokeSelected, m_ui->actionRevokeAllOfUser,
                              m_ui->actionRevokeAllOfClient, m_ui->actionRevokeAllMatching},
                             {m_ui->actionRevokeAllMatching});
    connect(m_ui->actionCopy, &QAction::triggered, this, [this] {
        if (const int copied = m_ui->tokenTable->copySelection())
            m_statusText->setText(tr("Copied %Ln row(s).", nullptr, copied));
    });
    addActionRule(m_ui->actionCopy, [](QAction *action, const ActionContext &now) {
        action->setEnabled(!now.keys.isEmpty());
    });
    connect(m_ui->actionFilterByUser, &QAction::triggered, this,
            [this] { filterBy(TokenField::Username); });
    addActionRule(m_ui->actionFilterByUser, [](QAction *action, const ActionContext &now) {
        action->setEnabled(now.users.size() == 1);
    });
    connect(m_ui->actionFilterByClient, &QAction::triggered, this,
            [this] { filterBy(TokenField::ClientId); });
    addActionRule(m_ui->actionFilterByClient, [](QAction *action, const ActionContext &now) {
        action->setEnabled(now.clients.size() == 1);
    });
    using Mode = RevokeConfirmDialog::Mode;
    const std::pair<QAction *, Mode> revokeActions[]
        = {{m_ui->actionRevokeSelected, Mode::Selection},
           {m_ui->actionRevokeAllOfUser, Mode::AllOfUser},
           {m_ui->actionRevokeAllOfClient, Mode::AllOfClient},
           {m_ui->actionRevokeAllMatching, Mode::AllMatching}};
    for (const auto &[action, mode] : revokeActions)
        connect(action, &QAction::triggered, m_revocations,
                [this, mode = mode] { m_revocations->confirm(mode); });
    addActionRule(m_ui->actionRevokeSelected, [this](QAction *action, const ActionContext &now) {
        action->setEnabled(!now.keys.isEmpty() && !now.busy && now.reachable);
        action->setText(tr("&Revoke %Ln Selected Token(s)...", nullptr, int(now.keys.size())));
        action->setStatusTip(now.unreachable);
        action->setToolTip(now.reachable ? tr("Revoke the selected tokens (Delete)")
                                         : now.unreachable);
    });
    // The wide ones are named, so that the admin sees whose tokens all go.
    addActionRule(m_ui->actionRevokeAllOfUser, [this](QAction *action, const ActionContext &now) {
        action->setEnabled(now.users.size() == 1 && !now.busy && now.reachable);
        action->setStatusTip(now.unreachable);
        action->setText(now.users.size() == 1 ? tr("Revoke All Tokens of User \u201C%1\u201D...")
                                                    .arg(elidedName(*now.users.begin()))
                                              : tr("Revoke All Tokens of This User..."));
    });
    addActionRule(m_ui->actionRevokeAllOfClient, [this](QAction *action, const ActionContext &now) {
        action->setEnabled(now.clients.size() == 1 && !now.busy && now.reachable);
        action->setStatusTip(now.unreachable);
        action->setText(now.clients.size() == 1
                            ? tr("Revoke All Tokens of Client \u201C%1\u201D...")
                                  .arg(elidedName(*now.clients.begin()))
                            : tr("Revoke All Tokens of This Client..."));
    });
    // Every match of the filters: only with a filter, and named with the number shown.
    addActionRule(m_ui->actionRevokeAllMatching, [this](QAction *action, const ActionContext &now) {
        const ListQuery &query = m_model->query();
        // (A filter of spaces only is none: a server that trims it would match every token.)
        const bool filtered = !query.usernameFilter.trimmed().isEmpty()
            || !query.clientIdFilter.trimmed().isEmpty();
        // The number shown is that of the page loaded for these filters: not after a failed
        // load. A server that lists rows the filters do not match: its total is no count of
        // matches, and the number is known only once every row was read and checked.
        const qint64 matches = m_model->lastError() ? 0 : m_model->pageState().totalElements;
        const bool totalIsMatches = m_model->pageState().unmatchedOnPage == 0;
        action->setEnabled(m_signedIn && filtered && matches > 0 && !now.busy && now.reachable
                           && !m_model->isLoading());
        action->setText(filtered && matches > 0 && totalIsMatches
                            ? tr("Revoke All %Ln Matching Token(s)...", nullptr,
                                 int(qMin<qint64>(matches, INT_MAX)))
                            : tr("Revoke All Matching Tokens..."));
    });
    connect(m_revocations, &RevocationController::refused, this,
            [this](const QString &message) { m_ui->errorBanner->showMessage(message, false); });
    connect(m_revocations, &RevocationController::stateChanged, this, &MainWindow::updateActions);
    connect(m_revocations, &RevocationController::targetGone, this, &MainWindow::onTargetGone);
    connect(m_revocations, &RevocationController::runEnded, this,
            &MainWindow::onRevocationFinished);
    connect(m_revocations, &RevocationController::signInNeeded, this, &MainWindow::askToSignIn);
    connect(m_revocations, &RevocationController::paused, this,
            [this] { m_statusText->setText(tr("Revoking paused: the session ended.")); });
    connect(m_revocations, &RevocationController::ownTokenIdentified, this,
            &MainWindow::ownTokenIdentified);
    connect(m_revocations, &RevocationController::closeRequested, this, [this] {
        flushRemovals();
        close();
    });
    connect(m_ui->actionRevocationHistory, &QAction::triggered, this, &MainWindow::showHistory);
    connect(m_ui->actionExportMatching, &QAction::triggered, this, &MainWindow::exportMatching);
    connect(m_ui->actionRevokeFromList, &QAction::triggered, m_revocations,
            &RevocationController::openRevokeFromList);
    connect(table, &QTableView::activated, this, &MainWindow::viewDetails);
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateActions);

    updateActions();
    updateEmptyState();
}

MainWindow::~MainWindow() = default;

BulkRevoker *MainWindow::revoker() const
{
    return m_revocations->revoker();
}

void MainWindow::setServer(const ServerProfile &server)
{
    m_server = server;
    m_strip->setServer(server);
    m_revocations->setServer(server);
    setWindowTitle(server.baseUrl.isEmpty() ? tr("Knetik Token Console")
                       : server.isSaved()
                       ? tr("%1 (%2) - Knetik Token Console")
                             .arg(server.name, ServerProfile::environmentName(server.environment))
                       : tr("%1 - Knetik Token Console").arg(server.name));
    setSavedServers(m_savedServers);
}

ServerProfile MainWindow::server() const
{
    // Told by the controller; else (a window made by a test or the bench) the address only.
    if (ServerList::normalisedUrl(m_server.baseUrl) == ServerList::normalisedUrl(m_api->baseUrl()))
        return m_server;
    return ServerProfile::unsaved(m_api->baseUrl());
}

void MainWindow::setSavedServers(const QList<ServerProfile> &servers)
{
    m_savedServers = servers;
    m_switchMenu->clear();
    for (qsizetype i = 0; i < servers.size(); ++i) {
        const ServerProfile &server = servers[i];
        // "&1 EU Prod (Production)": a digit to pick it in the menu, Ctrl+digit from anywhere.
        QString text
            = tr("%1 (%2)").arg(server.name, ServerProfile::environmentName(server.environment));
        text.replace(QLatin1Char('&'), QLatin1String("&&"));
        if (i < 9)
            text = QStringLiteral("&%1 ").arg(i + 1) + text;
        QAction *action = m_switchMenu->addAction(text);
        action->setObjectName(QStringLiteral("switchTo_") + server.id);
        action->setCheckable(true);
        action->setChecked(server.id == m_server.id && m_signedIn);
        if (i < 9)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this,
                [this, id = server.id] { emit switchServerRequested(id); });
    }
    if (servers.isEmpty()) {
        QAction *none = m_switchMenu->addAction(tr("No saved servers"));
        none->setEnabled(false);
    }
    m_switchMenu->addSeparator();
    m_switchMenu->addAction(m_serversAction);
}

void MainWindow::start()
{
    // Settings give the starting sort and page size; the model fetches once.
    ListQuery query = m_model->query();
    query.sort = m_settings->sortKeys();
    query.size = m_settings->pageSize();
    query.page = 1;
    m_model->setQuery(query);
}

QList<TokenKey> MainWindow::selectedKeys() const
{
    return m_ui->tokenTable->selectedKeys();
}

void MainWindow::refresh()
{
    m_selectionToRestore = selectedKeys();
    m_ui->errorBanner->hide();
    m_model->refresh();
}

void MainWindow::onPageLoaded(const PageState &state)
{
    m_ui->errorBanner->hide();
    m_ui->pager->setState(state);
    m_ui->pager->setPageSize(state.pageSize);
    // Keep the rows that were selected before a refresh, where they still exist.
    QItemSelection selection;
    for (const TokenKey &key : std::as_const(m_selectionToRestore)) {
        const int row = m_model->rowOf(key);
        if (row >= 0)
            selection.select(m_model->index(row, 0),
                             m_model->index(row, TokenTableModel::ColumnCount - 1));
    }
    m_selectionToRestore.clear();
    if (!selection.isEmpty())
        m_ui->tokenTable->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    const QString updated = QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
    m_statusText->setText(
        state.unmatchedOnPage > 0
            // The server's total counts rows that do not match: not a number of matches.
            ? tr("%Ln token(s) listed by the server, not all of them matching; updated %1", nullptr,
                 int(qMin<qint64>(state.totalElements, INT_MAX)))
                  .arg(updated)
            : tr("%Ln token(s), updated %1", nullptr,
                 int(qMin<qint64>(state.totalElements, INT_MAX)))
                  .arg(updated));
    updateEmptyState();
    updateActions();
    m_ui->tokenTable->fitColumns();
    if (state.unmatchedOnPage > 0) {
        // The server did not filter as the contract says: its total counts rows that do not
        // match, so it is no count of matches (Revoke All Matching reads and checks each row).
        m_ui->errorBanner->showMessage(
            tr("The server returned %Ln token(s) on this page that do not match the filters "
               "(shown in grey italics): it may not support filtering. They are not counted as "
               "matches, and Revoke All Matching offers only the tokens that match.",
               nullptr, state.unmatchedOnPage),
            false);
    }
    if (std::exchange(m_checkNewMatches, false)) {
        const ListQuery &query = m_model->query();
        const qint64 appeared = state.totalElements - m_allMatchingLeft;
        // (A server that lists rows the filters do not match: its total counts no matches.)
        const ListQuery &revoked = m_allMatchingQuery;
        if (query.usernameFilter == revoked.usernameFilter
            && query.clientIdFilter == revoked.clientIdFilter
            && query.exactUsername == revoked.exactUsername
            && query.exactClientId == revoked.exactClientId && appeared > 0
            && state.unmatchedOnPage == 0)
            m_ui->errorBanner->showMessage(
                tr("%Ln new matching token(s) appeared while the revocation ran. They were not "
                   "in the confirmed list and were not revoked: the table shows them, and "
                   "Revoke All Matching Tokens lists them for a new confirmation.",
                   nullptr, int(qMin<qint64>(appeared, INT_MAX))),
                false);
    }
    if (!m_firstPageShown) {
        m_firstPageShown = true;
        emit firstPageShown();
    }
}

void MainWindow::onError(const ApiError &error)
{
    m_checkNewMatches = false; // the reload after a revoke of every match did not come
    if (error.kind() == ApiError::Kind::Unauthorized) {
        // Keep the selection to restore after the new sign-in repeats this request.
        m_selectionToRestore = selectedKeys();
        m_statusText->setText(tr("The session ended."));
        m_ui->errorBanner->showMessage(
            tr("The session ended (%1). Sign in again to go on where you were.")
                .arg(error.serverDetail().isEmpty() ? tr("HTTP 401") : error.serverDetail()),
            false);
        if (!m_waitingForSignIn) {
            m_waitingForSignIn = true;
            emit reauthenticationRequired();
        }
        updateEmptyState();
        return;
    }
    m_selectionToRestore.clear();
    m_statusText->setText(tr("The last request failed."));
    m_ui->errorBanner->showMessage(error.message());
    updateEmptyState();
    updateActions();
}

void MainWindow::onLoadingChanged(bool loading)
{
    updateActions();
    m_busy->setVisible(loading);
    if (loading)
        m_statusText->setText(tr("Loading..."));
    else if (m_model->lastError())
        m_statusText->setText(tr("The last request failed."));
}

void MainWindow::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0 && !m_model->isLoading() && !m_model->lastError()
        && m_model->pageState().totalElements == 0;
    const ListQuery &query = m_model->query();
    const bool filtered = !query.usernameFilter.isEmpty() || !query.clientIdFilter.isEmpty();
    m_ui->emptyStateLabel->setText(filtered ? tr("No tokens match these filters")
                                            : tr("There are no tokens on this server"));
    QWidget *page = m_ui->tokenTable;
    if (!m_signedIn)
        page = m_signedOutPage;
    else if (empty && m_firstPageShown)
        page = m_ui->emptyStateLabel;
    m_ui->viewStack->setCurrentWidget(page);
    m_ui->pager->setVisible(page != m_signedOutPage);
    m_ui->usernameFilterEdit->setEnabled(m_signedIn);
    m_ui->clientIdFilterEdit->setEnabled(m_signedIn);
    m_usernameExact->setEnabled(m_signedIn);
    m_clientIdExact->setEnabled(m_signedIn);
}

bool MainWindow::serverUnreachable() const
{
    const ApiError &error = m_model->lastError();
    return error
        && (error.kind() == ApiError::Kind::Network || error.kind() == ApiError::Kind::Timeout
            || error.kind() == ApiError::Kind::Tls);
}

void MainWindow::addActionRule(QAction *action, ActionRule rule)
{
    m_actionRules.append({action, std::move(rule)});
}

QString MainWindow::elidedName(const QString &name) const
{
    return fontMetrics().elidedText(name, Qt::ElideMiddle, fontMetrics().averageCharWidth() * 32);
}

void MainWindow::updateActions()
{
    // What the selection and the session allow, once; each action's own rule (beside its
    // connect in the constructor) decides what it does with that.
    ActionContext now;
    now.keys = selectedKeys();
    for (const TokenKey &key : std::as_const(now.keys)) {
        now.users.insert(key.username);
        now.clients.insert(key.clientId);
    }
    now.busy = m_revocations->isRunning();
    // While the server cannot be reached, what needs it says why instead of failing later.
    now.reachable = !serverUnreachable();
    if (!now.reachable)
        now.unreachable = tr("The server cannot be reached now: Refresh (F5) to try again.");
    for (const auto &[action, rule] : std::as_const(m_actionRules))
        rule(action, now);
    m_selectionText->setText(now.keys.size() > 1 ? tr("%Ln selected", nullptr, int(now.keys.size()))
                                                 : QString());
    m_selectionText->setVisible(now.keys.size() > 1);
    m_revocations->setRevokeAllowed(
        m_signedIn && !now.busy && now.reachable,
        !m_signedIn    ? tr("Sign in to revoke.")
            : now.busy ? tr("Another revocation is running: wait until it has finished.")
                       : now.unreachable);
}

void MainWindow::resumeAfterSignIn()
{
    m_waitingForSignIn = false;
    m_ui->errorBanner->hide();
    if (m_selectionToRestore.isEmpty())
        m_selectionToRestore = selectedKeys();
    m_model->refresh(); // the failed request again: same filters, sort and page
}

RevokeBinding MainWindow::currentBinding() const
{
    if (!m_signedIn)
        return {};
    QString who = m_bindingIdentity;
    if (who.isEmpty() && m_identity)
        who = m_identity->username + QLatin1Char('@') + m_identity->clientId;
    return RevocationRun::bindingFor(m_api->baseUrl(), who, m_api->sessionGeneration(), server());
}

void MainWindow::setBindingIdentity(const QString &who)
{
    m_bindingIdentity = who;
}

void MainWindow::sessionChanged()
{
    m_revocations->sessionChanged(currentBinding());
    if (m_exporter && m_exporter->isRunning())
        m_exporter->cancel(); // it read with the session before: nothing of it is kept
}

void MainWindow::signInDialogClosed()
{
    m_waitingForSignIn = false;
}

void MainWindow::showTransientStatus(const QString &text)
{
    statusBar()->showMessage(text, 30000);
}

void MainWindow::setSessionStatus(const QString &text)
{
    m_sessionText->setText(text);
    m_signedOutPage->setDetail(text);
}

void MainWindow::setSignedIn(bool signedIn)
{
    m_signedIn = signedIn;
    if (!signedIn)
        m_revocations->sessionChanged({}); // a confirmation open closes; Retry says why not
    m_ui->actionSignIn->setVisible(!signedIn);
    m_ui->actionSignOut->setVisible(signedIn);
    m_ui->actionRefresh->setEnabled(signedIn);
    m_ui->actionExportMatching->setEnabled(signedIn);
    m_ui->actionRevokeFromList->setEnabled(signedIn);
    m_overviewAction->setEnabled(signedIn);
    if (!signedIn) {
        m_overview->clear(); // nothing of the old session is read nor shown any more
        showOverview(false);
    }
    setSavedServers(m_savedServers); // the check mark on the server signed in to
    updateActions();
    if (signedIn)
        m_waitingForSignIn = false;
    updateEmptyState();
}

void MainWindow::applyFilters()
{
    m_model->setFilters(m_ui->usernameFilterEdit->appliedText(),
                        m_ui->clientIdFilterEdit->appliedText(), m_usernameExact->isChecked(),
                        m_clientIdExact->isChecked());
}

void MainWindow::filterExactly(TokenField field, const QString &name)
{
    const bool user = field == TokenField::Username;
    FilterLineEdit *edit = user ? m_ui->usernameFilterEdit : m_ui->clientIdFilterEdit;
    QCheckBox *exact = user ? m_usernameExact : m_clientIdExact;
    edit->setAppliedText(name);
    {
        const QSignalBlocker quiet(exact); // one fetch, below
        exact->setChecked(true);
    }
    showOverview(false); // first: the overview, hidden, does not read these filters now
    applyFilters();
    m_ui->tokenTable->setFocus(Qt::OtherFocusReason);
}

void MainWindow::revokeAllOf(TokenField field, const QString &name)
{
    if (!m_signedIn || serverUnreachable() || m_revocations->isRunning())
        return;
    m_revocations->confirmAllOf(field, name);
}

void MainWindow::showOverview(bool overview)
{
    if (overview && !m_signedIn)
        overview = false; // the table's page says how to sign in
    (overview ? m_overviewAction : m_tableAction)->setChecked(true);
    m_pages->setCurrentWidget(overview ? static_cast<QWidget *>(m_overview) : m_pages->widget(0));
}

bool MainWindow::isOverviewShown() const
{
    return m_pages->currentWidget() == m_overview;
}

void MainWindow::filterBy(TokenField field)
{
    const QList<TokenKey> keys = selectedKeys();
    if (keys.isEmpty())
        return;
    FilterLineEdit *edit
        = field == TokenField::Username ? m_ui->usernameFilterEdit : m_ui->clientIdFilterEdit;
    edit->setAppliedText(field == TokenField::Username ? keys.first().username
                                                       : keys.first().clientId);
    applyFilters();
}

void MainWindow::startRevocation(const QList<DeleteTarget> &targets)
{
    m_revocations->startRevocation(targets);
}

void MainWindow::setAuditJournal(AuditJournal *journal)
{
    m_journal = journal;
    m_revocations->setAuditJournal(journal);
}

void MainWindow::setSessionIdentity(const std::optional<TokenKey> &identity)
{
    m_identity = identity;
    m_revocations->setSessionIdentity(identity);
}

void MainWindow::askToSignIn()
{
    if (!m_waitingForSignIn) {
        m_waitingForSignIn = true;
        emit reauthenticationRequired();
    }
}

void MainWindow::onTargetGone(const DeleteTarget &target)
{
    // Its rows leave the table (in batches: see RemovalBatchMs).
    const TokenKey &key = target.key();
    if (target.scope() == DeleteTarget::Scope::Token) {
        m_pendingRemovals.append(key);
    } else {
        const bool user = target.scope() == DeleteTarget::Scope::AllOfUser;
        const QList<TokenKey> rows = m_model->rows();
        for (const TokenKey &row : rows) {
            if (user ? row.username == key.username : row.clientId == key.clientId)
                m_pendingRemovals.append(row);
        }
    }
    if (!m_removalTimer->isActive())
        m_removalTimer->start();
}

void MainWindow::flushRemovals()
{
    m_removalTimer->stop();
    if (!m_pendingRemovals.isEmpty())
        m_model->removeKeys(std::exchange(m_pendingRemovals, {}));
}

void MainWindow::onRevocationFinished()
{
    flushRemovals();
    m_overview->markOutdated();
    // Says what happened for a while, over the page counts that the refresh below writes.
    statusBar()->showMessage(m_revocations->statusText(), 20000);
    // Stopped by a sign-out (nothing more may leave with that session's token) or by a
    // sign-in elsewhere (the new session loads its own page): nothing more to do here.
    const RevocationRun *run = m_revocations->run();
    const BulkRevoker::Stop reason = run->revoker()->stopReason();
    if (reason == BulkRevoker::Stop::SignedOut || reason == BulkRevoker::Stop::SignedInElsewhere
        || !m_signedIn)
        return;
    if (run->revokedOwnToken() && run->ownTokenSession() == m_api->sessionGeneration()) {
        // The token of this very session is gone: nothing more can be read with it. (One
        // revoked in a session before, which a new sign-in replaced, is not this one.)
        m_ui->errorBanner->showMessage(
            tr("The token this console was signed in with was revoked. Sign in again."), false);
        signOut();
        return;
    }
    // Fill the page up again and get the totals right. After a revoke of every match, what it
    // left on the server still matches; anything beyond that in the total appeared meanwhile.
    if (run->plan().kind == RevocationRun::Kind::AllMatching) {
        m_allMatchingLeft = m_revocations->leftOnServer();
        m_allMatchingQuery = run->plan().query;
        m_checkNewMatches = true;
    }
    m_selectionToRestore.clear();
    m_model->refresh();
}

QString MainWindow::filterDescription() const
{
    const ListQuery &query = m_model->query();
    QStringList parts;
    if (!query.usernameFilter.isEmpty())
        parts << (query.exactUsername
                      ? tr("username is \u201C%1\u201D").arg(query.usernameFilter)
                      : tr("username contains \u201C%1\u201D").arg(query.usernameFilter));
    if (!query.clientIdFilter.isEmpty())
        parts << (query.exactClientId
                      ? tr("client ID is \u201C%1\u201D").arg(query.clientIdFilter)
                      : tr("client ID contains \u201C%1\u201D").arg(query.clientIdFilter));
    return parts.size() == 2 ? tr("%1 and %2").arg(parts.at(0), parts.at(1)) : parts.value(0);
}

void MainWindow::exportMatching()
{
    if (!m_signedIn || (m_exporter && m_exporter->isRunning()))
        return;
    const QString csvFilter = tr("CSV files (*.csv)");
    const QString jsonlFilter = tr("JSON Lines files (*.jsonl)");
    QString chosenFilter = csvFilter;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Matching Tokens"), QDir::homePath() + QStringLiteral("/tokens.csv"),
        csvFilter + QStringLiteral(";;") + jsonlFilter, &chosenFilter);
    if (path.isEmpty())
        return;
    const bool jsonl = chosenFilter == jsonlFilter
        || path.endsWith(QLatin1String(".jsonl"), Qt::CaseInsensitive);
    exportMatchingTo(path, jsonl ? TokenExporter::Format::JsonLines : TokenExporter::Format::Csv);
}

bool MainWindow::exportMatchingTo(const QString &path, TokenExporter::Format format)
{
    if (m_exporter && m_exporter->isRunning())
        return false;
    delete m_exporter;
    m_exporter = new TokenExporter(m_api, this);
    m_exporter->setParallel(m_settings->requestsAtOnce());
    QString error;
    // The filters applied now and the table's sort; every page is read.
    if (!m_exporter->start(m_model->query(), path, format, &error)) {
        m_ui->errorBanner->showMessage(
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), error), false);
        return false;
    }
    auto *dialog = new ExportProgressDialog(m_exporter, path, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_exporter, &TokenExporter::finished, this, [this, dialog = QPointer(dialog)] {
        if (dialog)
            statusBar()->showMessage(dialog->summaryText().section(QLatin1Char('\n'), 0, 0), 20000);
    });
    dialog->show();
    return true;
}

void MainWindow::showHistory()
{
    if (!m_journal)
        return;
    auto *dialog = new RevocationHistoryDialog(m_journal->path(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::viewDetails()
{
    const QList<TokenKey> keys = selectedKeys();
    TokenKey key;
    if (keys.size() == 1)
        key = keys.first();
    else if (m_ui->tokenTable->currentIndex().isValid())
        key = m_model->keyAt(m_ui->tokenTable->currentIndex().row());
    if (!key.isComplete())
        return;
    auto *dialog = new TokenDetailsDialog(m_api, key, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TokenDetailsDialog::refreshRequested, this, &MainWindow::refresh);
    // Closed: the keyboard goes on in the table where it was (not every window manager gives
    // the activation back to the window that opened the dialog).
    connect(dialog, &QDialog::finished, this, [this] {
        activateWindow();
        m_ui->tokenTable->setFocus(Qt::OtherFocusReason);
    });
    dialog->open();
}

void MainWindow::signOut()
{
    // Before the session ends: nothing more leaves with its token, retries and checks included.
    m_revocations->signOut();
    if (m_exporter && m_exporter->isRunning())
        m_exporter->cancel(); // nothing more is read with the session's token
    m_model->clear();
    m_overview->clear();
    showOverview(false);
    m_ui->pager->setState(PageState {});
    m_statusText->setText(tr("Signed out."));
    emit signOutRequested();
}

void MainWindow::saveState()
{
    m_settings->setValue(Settings::Key::MainWindowGeometry, saveGeometry());
    m_settings->setValue(Settings::Key::MainWindowState, QMainWindow::saveState());
    m_settings->setValue(Settings::Key::TokenTableHeader,
                         m_ui->tokenTable->horizontalHeader()->saveState());
    m_settings->sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_revocations->mayClose()) {
        event->ignore();
        return;
    }
    saveState();
    event->accept();
}
