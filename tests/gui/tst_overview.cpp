// View > Overview against the sandbox: the charts show the server's own counts, a bar leads to
// the table filtered exactly to that name, an outlier's menu revokes all of a user's tokens
// after the usual confirmation, Cancel stops the reading, a read that cannot be proved complete
// draws nothing, the texts are German under German, and the colours follow the palette (the
// screenshots are saved where KNETIK_SCREENSHOT_DIR says).
#include "ChartPanel.h"
#include "EnglishTexts.h"
#include "OverviewPage.h"
#include "RevokeConfirmDialog.h"
#include "TokenStats.h"
#include "WindowFixture.h"

#include <QAction>
#include <QApplication>
#include <QChartView>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QScrollArea>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QTreeWidget>

#include <map>

namespace {
const QString Ada = QStringLiteral("ada");
const QString Adam = QStringLiteral("adam"); // "ada" is a substring of it: never in ada's rows
const QString Runner = QStringLiteral("ci-runner");

Sandbox::Options withOutliers()
{
    Sandbox::Options options;
    options.tokens = 3000;
    options.seed = 11;
    options.outliers = {{Ada, {}, 412}, {Adam, {}, 45}, {{}, Runner, 600}};
    return options;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xd8));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Mid, QColor(0x50, 0x50, 0x50));
    return p;
}
} // namespace

class TestOverview : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(installEnglishTexts()); }
    void cleanup() { m_f.stop(); }

    void chartsShowTheServersOwnCounts();
    void aChartSavesAsPngAndSvgAndCopies();
    void aMenuNamesTheBarUnderTheMouse();
    void anotherSessionReadsAgain();
    void aBarFiltersTheTableToExactlyThatName();
    void anOutliersMenuRevokesAllOfItsTokensAfterConfirmation();
    void cancelStopsTheReading();
    void anIncompleteReadDrawsNothing();
    void germanTexts();
    void coloursFollowThePalette();

private:
    // Opens View > Overview and waits for its figures.
    bool showFigures(int timeoutMs = 20000);
    // Tokens per name, from the store itself.
    std::map<QString, qint64> storeCounts(TokenField field) const;
    OverviewPage *overview() const { return m_f.window->overview(); }

    WindowFixture m_f;
};

bool TestOverview::showFigures(int timeoutMs)
{
    auto *action = m_f.window->findChild<QAction *>(QStringLiteral("actionShowOverview"));
    if (!action || !action->isEnabled())
        return false;
    action->trigger();
    if (!m_f.window->isOverviewShown())
        return false;
    return QTest::qWaitFor([this] { return overview()->hasFigures(); }, timeoutMs);
}

std::map<QString, qint64> TestOverview::storeCounts(TokenField field) const
{
    std::map<QString, qint64> counts;
    const auto pairs = m_f.sandbox->withStore([](TokenStore &s) { return s.allPairs(); });
    for (const TokenStore::Pair &pair : pairs)
        ++counts[field == TokenField::Username ? pair.username : pair.clientId];
    return counts;
}

void TestOverview::chartsShowTheServersOwnCounts()
{
    QVERIFY(m_f.start(withOutliers()));
    QVERIFY(showFigures());
    const auto users = storeCounts(TokenField::Username);
    const auto clients = storeCounts(TokenField::ClientId);
    const qint64 tokens = m_f.sandbox->withStore([](TokenStore &s) { return s.size(); });

    // Tokens per user: ada first with the store's count, each bar the store's count, largest
    // first, and every token in some bar ("others" included).
    const QList<ChartPanel::Bar> userBars = overview()->userChart()->bars();
    QCOMPARE(userBars.size(), 21); // the top 20 and the others
    QCOMPARE(userBars.first().name, Ada);
    QCOMPARE(userBars.first().value, users.at(Ada));
    QVERIFY(users.at(Ada) >= 412);
    qint64 sum = 0;
    for (int i = 0; i < userBars.size(); ++i) {
        const ChartPanel::Bar &bar = userBars.at(i);
        sum += bar.value;
        if (i + 1 < userBars.size()) {
            QCOMPARE(bar.value, users.at(bar.name));
            QVERIFY(i == 0 || bar.value <= userBars.at(i - 1).value);
        } else {
            QVERIFY(bar.name.isEmpty()); // "N other users": not a name to filter by
            QVERIFY(bar.label.contains(QLocale().toString(qint64(users.size()) - 20)));
        }
    }
    QCOMPARE(sum, tokens);
    const QList<ChartPanel::Bar> clientBars = overview()->clientChart()->bars();
    QCOMPARE(clientBars.first().name, Runner);
    QCOMPARE(clientBars.first().value, clients.at(Runner));

    // Users by number of tokens: each bin the number of users the store has in it.
    QList<qint64> bins(TokenStats::emptyBins().size(), 0);
    for (const auto &[name, count] : users)
        ++bins[TokenStats::binOf(count)];
    const QList<ChartPanel::Bar> binBars = overview()->histogramChart()->bars();
    QCOMPARE(binBars.size(), bins.size());
    for (int i = 0; i < bins.size(); ++i)
        QCOMPARE(binBars.at(i).value, bins.at(i));
    QCOMPARE(binBars.at(1).label, QStringLiteral("2-5"));

    // The outliers: ada, then adam (45 >= 20, far above a median of one or two), both users;
    // the client ci-runner.
    QListWidget *outliers = overview()->outlierList();
    QVERIFY(outliers->count() >= 3);
    QVERIFY2(outliers->item(0)->text().startsWith(
                 QStringLiteral("User ada: %1 tokens (median ").arg(users.at(Ada))),
             qPrintable(outliers->item(0)->text()));
    QStringList texts;
    for (int i = 0; i < outliers->count(); ++i)
        texts << outliers->item(i)->text();
    QVERIFY2(texts.filter(QStringLiteral("User adam: 45 tokens")).size() == 1,
             qPrintable(texts.join(QLatin1Char('\n'))));
    QVERIFY2(texts.filter(QStringLiteral("Client ci-runner: ")).size() == 1,
             qPrintable(texts.join(QLatin1Char('\n'))));
    QCOMPARE(overview()->findChild<QLabel *>(QStringLiteral("outlierRule"))->text(),
             TokenStats::ruleText());

    // For screen readers: the numbers as a table, and the chart's description.
    QCOMPARE(overview()->userChart()->numbers()->topLevelItemCount(), userBars.size());
    QVERIFY(overview()->userChart()->chartView()->accessibleDescription().startsWith(
        QStringLiteral("ada: %1; ").arg(QLocale().toString(users.at(Ada)))));
    // Where and when.
    QCOMPARE(overview()->findChild<QLabel *>(QStringLiteral("overviewScope"))->text(),
             QStringLiteral("All tokens on the server"));
    QVERIFY(overview()
                ->findChild<QLabel *>(QStringLiteral("overviewReadAt"))
                ->text()
                .contains(QLocale().toString(tokens) + QStringLiteral(" tokens")));
}

void TestOverview::aChartSavesAsPngAndSvgAndCopies()
{
    QVERIFY(m_f.start(withOutliers()));
    QVERIFY(showFigures());
    ChartPanel *users = overview()->userChart();
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("users.png"));
    const QString svg = dir.filePath(QStringLiteral("users.svg"));
    QString error;
    QVERIFY2(users->savePng(png, &error), qPrintable(error));
    QVERIFY2(users->saveSvg(svg, &error), qPrintable(error));
    const QImage image(png);
    QCOMPARE(image.size(), users->chartView()->size());
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray drawing = file.readAll();
    QVERIFY(drawing.contains("<svg"));
    QVERIFY(drawing.contains("<title>Tokens per user</title>"));
    QVERIFY(drawing.contains("<desc>User")); // the numbers, for a reader of the file
    // Nowhere to write: said, not thrown away.
    QVERIFY(!users->savePng(dir.filePath(QStringLiteral("no/such/folder/users.png")), &error));
    QVERIFY(!error.isEmpty());
    // Copy: the picture and the numbers as text.
    users->copy();
    const QMimeData *copied = QApplication::clipboard()->mimeData();
    QVERIFY(copied);
    QVERIFY(copied->hasImage());
    QVERIFY2(copied->text().startsWith(
                 QStringLiteral("User\tTokens\nada\t%1\n").arg(users->bars().first().value)),
             qPrintable(copied->text()));
}

void TestOverview::aMenuNamesTheBarUnderTheMouse()
{
    QVERIFY(m_f.start(withOutliers()));
    QVERIFY(showFigures());
    ChartPanel *users = overview()->userChart();
    QChart *chart = users->chartView()->chart();
    QAbstractSeries *series = chart->series().first();
    const int count = int(users->bars().size());
    // The middle of each bar's band (the axis counts from the bottom; ada is on top).
    for (const int bar : {0, 1, count - 1}) {
        const QPointF inChart = chart->mapToPosition(
            QPointF(double(users->bars().at(bar).value) / 2, count - 1 - bar), series);
        const QPoint inView = users->chartView()->mapFromScene(chart->mapToScene(inChart));
        QCOMPARE(users->barAt(inView), bar);
    }
    // Outside the bars: none (a menu without a name in it).
    QCOMPARE(users->barAt(QPoint(1, 1)), -1);
}

void TestOverview::anotherSessionReadsAgain()
{
    // After Switch Server (a new session), neither the overview's figures nor the table's exact
    // rows of the session before are shown as this one's: both are read again.
    QVERIFY(m_f.start(withOutliers()));
    QVERIFY(showFigures());
    m_f.window->showOverview(false);
    m_f.sandbox->clearRequests();
    QVERIFY(showFigures()); // the same filters, the same session: nothing read again
    QCOMPARE(m_f.requestsOf("GET"), 0);
    m_f.window->showOverview(false);
    m_f.api->beginSession(m_f.sandbox->url(), m_f.sandbox->adminToken()); // signed in again
    QVERIFY(showFigures());
    QVERIFY(m_f.requestsOf("GET") > 0);

    overview()->userChart()->chooseBar(0);
    TokenTableModel *model = m_f.window->model();
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(), 10000);
    m_f.sandbox->clearRequests();
    model->setPage(2);
    QTRY_COMPARE(model->pageState().page, 2);
    QCOMPARE(m_f.requestsOf("GET"), 0); // the same session: cut from what was read
    m_f.api->beginSession(m_f.sandbox->url(), m_f.sandbox->adminToken());
    model->setPage(1);
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->pageState().page == 1, 10000);
    QVERIFY(m_f.requestsOf("GET") > 0);
}

void TestOverview::aBarFiltersTheTableToExactlyThatName()
{
    QVERIFY(m_f.start(withOutliers()));
    QVERIFY(showFigures());
    const qint64 adaTokens = storeCounts(TokenField::Username).at(Ada);
    QCOMPARE(overview()->userChart()->bars().first().name, Ada);
    overview()->userChart()->chooseBar(0); // as a click on the bar does

    QVERIFY(!m_f.window->isOverviewShown());
    QCOMPARE(m_f.window->findChild<QLineEdit *>(QStringLiteral("usernameFilterEdit"))->text(), Ada);
    QVERIFY(m_f.window->findChild<QCheckBox *>(QStringLiteral("usernameExactCheck"))->isChecked());
    TokenTableModel *model = m_f.window->model();
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(), 10000);
    QVERIFY(!model->lastError());
    // Exactly ada's: not adam's, though the server's filter (a substring) lists them too.
    QCOMPARE(model->pageState().totalElements, adaTokens);
    QCOMPARE(model->query().exactUsername, true);
    const auto checkRows = [&] {
        for (const TokenKey &key : model->rows()) {
            if (key.username != Ada)
                return false;
        }
        return !model->rows().isEmpty();
    };
    QVERIFY(checkRows());
    // The pages are cut from what was read: turning one asks the server nothing.
    m_f.sandbox->clearRequests();
    model->nextPage();
    QTRY_COMPARE(model->pageState().page, 2);
    QVERIFY(checkRows());
    QCOMPARE(m_f.requestsOf("GET"), 0);
    // The filter says so, and the overview of it counts ada's tokens alone.
    QCOMPARE(m_f.window->filterDescription(), QStringLiteral("username is \u201Cada\u201D"));
    QVERIFY(showFigures());
    QCOMPARE(overview()->stats()->figures().tokens, adaTokens);

    // A row of a chart's numbers does the same (Enter on it): the client ci-runner.
    m_f.window->findChild<QCheckBox *>(QStringLiteral("usernameExactCheck"))->setChecked(false);
    m_f.window->findChild<QLineEdit *>(QStringLiteral("usernameFilterEdit"))->clear();
    QTest::keyClick(m_f.window->findChild<QLineEdit *>(QStringLiteral("usernameFilterEdit")),
                    Qt::Key_Return);
    QVERIFY(showFigures());
    QTreeWidget *numbers = overview()->clientChart()->numbers();
    QCOMPARE(numbers->topLevelItem(0)->text(0), Runner);
    emit numbers->itemActivated(numbers->topLevelItem(0), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->query().exactClientId, 10000);
    QCOMPARE(model->pageState().totalElements, storeCounts(TokenField::ClientId).at(Runner));
    QVERIFY(model->query().usernameFilter.isEmpty());
}

void TestOverview::anOutliersMenuRevokesAllOfItsTokensAfterConfirmation()
{
    QVERIFY(m_f.start(withOutliers()));
    QVERIFY(showFigures());
    const qint64 adaTokens = storeCounts(TokenField::Username).at(Ada);
    QListWidget *outliers = overview()->outlierList();
    QListWidgetItem *adam = nullptr;
    for (int i = 0; i < outliers->count() && !adam; ++i) {
        if (outliers->item(i)->text().startsWith(QStringLiteral("User adam:")))
            adam = outliers->item(i);
    }
    QVERIFY(adam);
    outliers->setCurrentItem(adam);
    // The context menu: choose its revoke entry.
    bool chosen = false;
    QTimer::singleShot(100, this, [&chosen] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        const auto actions = menu->actions();
        for (QAction *action : actions) {
            if (action->text().startsWith(QStringLiteral("Revoke All Tokens of This User"))) {
                chosen = true;
                action->trigger();
            }
        }
        menu->close();
    });
    const QRect rect = outliers->visualItemRect(adam);
    emit outliers->customContextMenuRequested(rect.center());
    QVERIFY(chosen);

    // The usual confirmation: the exact count, the name typed.
    RevokeConfirmDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_f.window->findChild<RevokeConfirmDialog *>()));
    QCOMPARE(dialog->mode(), RevokeConfirmDialog::Mode::AllOfUser);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->expectedCount(), 45, 10000);
    QCOMPARE(m_f.requestsOf("DELETE"), 0);
    auto *revoke = dialog->findChild<QPushButton *>(QStringLiteral("revokeButton"));
    QVERIFY(!revoke->isEnabled());
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("confirmEdit")), Adam);
    QTRY_VERIFY(revoke->isEnabled());
    revoke->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_f.window->revoker() && !m_f.window->revoker()->isRunning()
                                 && m_f.requestsOf("DELETE") > 0,
                             10000);
    // One username-only DELETE for adam; ada's tokens all stay.
    QCOMPARE(m_f.requestsOf("DELETE"), 1);
    const auto users = storeCounts(TokenField::Username);
    QVERIFY(!users.count(Adam));
    QCOMPARE(users.at(Ada), adaTokens);
    // The figures say they are older than the revocation.
    QTRY_VERIFY(overview()
                    ->findChild<QLabel *>(QStringLiteral("overviewReadAt"))
                    ->text()
                    .contains(QStringLiteral("revoked since")));
}

void TestOverview::cancelStopsTheReading()
{
    Sandbox::Options options;
    options.tokens = 40000;
    options.latencyMs = 150; // 40 pages, 6 at once: about a second of reading
    QVERIFY(m_f.start(options));
    auto *action = m_f.window->findChild<QAction *>(QStringLiteral("actionShowOverview"));
    action->trigger();
    auto *progress = overview()->findChild<QLabel *>(QStringLiteral("overviewProgressText"));
    QTRY_VERIFY_WITH_TIMEOUT(progress->text().contains(QStringLiteral(" of 40,000 tokens")), 10000);
    QVERIFY(overview()->stats()->isRunning());
    overview()->findChild<QPushButton *>(QStringLiteral("overviewCancelButton"))->click();
    QVERIFY(!overview()->stats()->isRunning());
    // Requests already handed to the connections may still reach the server (a slow build
    // takes a while): at most the pages that were on the wire. After that, nothing more.
    QTest::qWait(400);
    const int asked = m_f.requestsOf("GET");
    QVERIFY(asked < 40);
    QTest::qWait(600);
    QCOMPARE(m_f.requestsOf("GET"), asked); // nothing more asked after Cancel
    QVERIFY(!overview()->hasFigures());
    QVERIFY(overview()->userChart()->bars().isEmpty());
    auto *message = overview()->findChild<QLabel *>(QStringLiteral("overviewMessage"));
    QVERIFY(message->isVisible());
    QVERIFY(message->text().contains(QStringLiteral("cancelled")));
    QVERIFY(!overview()->findChild<QScrollArea *>()->isVisible());
    // Read Again reads it all.
    overview()->findChild<QPushButton *>(QStringLiteral("overviewReadButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(overview()->hasFigures(), 20000);
    QCOMPARE(overview()->stats()->figures().tokens, qint64(40000));
}

void TestOverview::anIncompleteReadDrawsNothing()
{
    Sandbox::Options options;
    options.tokens = 3000;
    options.variant.totalCap = 1000; // says 1,000 and lists on: not provably complete
    QVERIFY(m_f.start(options));
    auto *action = m_f.window->findChild<QAction *>(QStringLiteral("actionShowOverview"));
    action->trigger();
    auto *message = overview()->findChild<QLabel *>(QStringLiteral("overviewMessage"));
    QTRY_VERIFY_WITH_TIMEOUT(!overview()->stats()->isRunning() && message->isVisible(), 10000);
    QVERIFY2(message->text().startsWith(QStringLiteral("No figures: the tokens could not all be "
                                                       "read.")),
             qPrintable(message->text()));
    QVERIFY(!overview()->hasFigures());
    QVERIFY(overview()->userChart()->bars().isEmpty());
    QVERIFY(overview()->outlierList()->count() == 0);
    QVERIFY(!overview()->findChild<QScrollArea *>()->isVisible());
}

void TestOverview::germanTexts()
{
    QTranslator german;
    QVERIFY(german.load(QStringLiteral(KNETIK_QM_DIR "/knetik_de.qm")));
    QCoreApplication::installTranslator(&german);
    QVERIFY(m_f.start(withOutliers()));
    QVERIFY(showFigures());
    const qint64 adaTokens = storeCounts(TokenField::Username).at(Ada);
    const QString scope = overview()->findChild<QLabel *>(QStringLiteral("overviewScope"))->text();
    const QString first = overview()->outlierList()->item(0)->text();
    const QString rule = TokenStats::ruleText();
    const QString title = overview()->userChart()->title();
    const QString dir = qEnvironmentVariable("KNETIK_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        m_f.window->resize(1280, 800);
        QTest::qWait(100);
        QVERIFY(
            m_f.window->grab().save(QDir(dir).filePath(QStringLiteral("de-overview-1280.png"))));
    }
    QCoreApplication::removeTranslator(&german);
    QCOMPARE(scope, QStringLiteral("Alle Tokens auf dem Server"));
    QVERIFY2(first.startsWith(QStringLiteral("Benutzer ada: %1 Tokens (Median ").arg(adaTokens)),
             qPrintable(first));
    QVERIFY2(rule.startsWith(QStringLiteral("Ein Ausreißer")), qPrintable(rule));
    QCOMPARE(title, QStringLiteral("Tokens pro Benutzer"));
}

void TestOverview::coloursFollowThePalette()
{
    QVERIFY(m_f.start(withOutliers()));
    QVERIFY(showFigures());
    const QString dir = qEnvironmentVariable("KNETIK_SCREENSHOT_DIR");
    const QPalette light = QApplication::palette();
    const struct
    {
        QString name;
        QPalette palette;
    } looks[] = {{QStringLiteral("light"), light}, {QStringLiteral("dark"), darkPalette()}};
    for (const auto &look : looks) {
        QApplication::setPalette(look.palette);
        for (const QSize size : {QSize(800, 500), QSize(1920, 1080)}) {
            m_f.window->resize(size);
            QTest::qWait(100);
            // The chart's background is the palette's base colour.
            QChartView *view = overview()->userChart()->chartView();
            const QImage chart = view->grab().toImage();
            const QColor corner = chart.pixelColor(2, 2);
            const QColor base = look.palette.color(QPalette::Base);
            QVERIFY2(
                qAbs(corner.lightness() - base.lightness()) < 8,
                qPrintable(
                    QStringLiteral("%1: %2 vs %3").arg(look.name, corner.name(), base.name())));
            // A name's bar in the highlight colour, "others" in the quieter mid colour.
            for (ChartPanel *panel : {overview()->clientChart(), overview()->userChart()}) {
                QChart *c = panel->chartView()->chart();
                const QImage drawn = panel->chartView()->grab().toImage();
                const int count = int(panel->bars().size());
                const auto colourOf = [&](int bar) {
                    const QPointF at = c->mapToPosition(
                        QPointF(double(panel->bars().at(bar).value) / 2, count - 1 - bar),
                        c->series().first());
                    return drawn.pixelColor(panel->chartView()->mapFromScene(c->mapToScene(at)));
                };
                QCOMPARE(colourOf(0).rgb(), look.palette.color(QPalette::Highlight).rgb());
                QCOMPARE(colourOf(count - 1).rgb(), look.palette.color(QPalette::Mid).rgb());
            }
            if (!dir.isEmpty()) {
                const QString file = QDir(dir).filePath(QStringLiteral("overview-%1x%2-%3.png")
                                                            .arg(size.width())
                                                            .arg(size.height())
                                                            .arg(look.name));
                QVERIFY(m_f.window->grab().save(file));
            }
        }
    }
    QApplication::setPalette(light);
    if (!dir.isEmpty()) {
        // Into the data: ada's bar clicked, the table filtered to exactly ada.
        m_f.window->resize(800, 500);
        overview()->userChart()->chooseBar(0);
        QTRY_VERIFY_WITH_TIMEOUT(!m_f.window->model()->isLoading(), 10000);
        QTest::qWait(100);
        QVERIFY(m_f.window->grab().save(QDir(dir).filePath(QStringLiteral("en-exact-800.png"))));
    }
}

QTEST_MAIN(TestOverview)
#include "tst_overview.moc"
