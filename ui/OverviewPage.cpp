#include "OverviewPage.h"

#include "ChartPanel.h"
#include "TokensApi.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QShowEvent>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

namespace {
constexpr int KindRole = Qt::UserRole; // an outlier's TokenField (int)
constexpr int NameRole = Qt::UserRole + 1;
constexpr int TopNamed = 20; // bars named in each chart; the rest are "others"

QString number(qint64 n)
{
    return QLocale().toString(n);
}
} // namespace

OverviewPage::OverviewPage(TokensApi *api, QWidget *parent)
    : QWidget(parent),
      m_api(api),
      m_stats(new TokenStats(api, this)),
      m_scope(new QLabel(this)),
      m_readAt(new QLabel(this)),
      m_readButton(new QPushButton(tr("Read &Again"), this)),
      m_cancelButton(new QPushButton(tr("Ca&ncel"), this)),
      m_progress(new QProgressBar(this)),
      m_progressText(new QLabel(this)),
      m_message(new QLabel(this)),
      m_scroll(new QScrollArea(this)),
      m_clients(new ChartPanel(tr("Tokens per client"), ChartPanel::Orientation::Horizontal,
                               TokenField::ClientId, tr("Tokens"), this)),
      m_users(new ChartPanel(tr("Tokens per user"), ChartPanel::Orientation::Horizontal,
                             TokenField::Username, tr("Tokens"), this)),
      m_histogram(new ChartPanel(tr("Users by number of tokens"), ChartPanel::Orientation::Vertical,
                                 TokenField::Username, tr("Users"), this)),
      m_rule(new QLabel(TokenStats::ruleText(), this)),
      m_outliers(new QListWidget(this))
{
    setObjectName(QStringLiteral("overviewPage"));
    m_scope->setObjectName(QStringLiteral("overviewScope"));
    m_scope->setWordWrap(true);
    m_scope->setTextFormat(Qt::PlainText);
    QFont scopeFont = m_scope->font();
    scopeFont.setBold(true);
    m_scope->setFont(scopeFont);
    m_readAt->setObjectName(QStringLiteral("overviewReadAt"));
    m_readAt->setWordWrap(true);
    m_readButton->setObjectName(QStringLiteral("overviewReadButton"));
    m_readButton->setToolTip(tr("Read every token again and redraw the figures"));
    m_cancelButton->setObjectName(QStringLiteral("overviewCancelButton"));
    m_progress->setObjectName(QStringLiteral("overviewProgress"));
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(14);
    m_progressText->setObjectName(QStringLiteral("overviewProgressText"));
    m_message->setObjectName(QStringLiteral("overviewMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rule->setObjectName(QStringLiteral("outlierRule"));
    m_rule->setWordWrap(true);
    m_outliers->setObjectName(QStringLiteral("outlierList"));
    m_outliers->setAccessibleName(tr("Outliers"));
    m_outliers->setContextMenuPolicy(Qt::CustomContextMenu);
    m_outliers->setMinimumHeight(200);

    auto *head = new QHBoxLayout;
    auto *scopeColumn = new QVBoxLayout;
    scopeColumn->addWidget(m_scope);
    scopeColumn->addWidget(m_readAt);
    head->addLayout(scopeColumn, 1);
    head->addWidget(m_readButton, 0, Qt::AlignTop);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_progressText, 2);
    progressRow->addWidget(m_cancelButton);

    auto *outlierBox = new QWidget(this);
    auto *outlierLayout = new QVBoxLayout(outlierBox);
    outlierLayout->setContentsMargins(0, 0, 0, 0);
    auto *outlierHeading = new QLabel(tr("Outliers"), outlierBox);
    QFont bold = outlierHeading->font();
    bold.setBold(true);
    outlierHeading->setFont(bold);
    outlierHeading->setBuddy(m_outliers);
    outlierLayout->addWidget(outlierHeading);
    outlierLayout->addWidget(m_rule);
    outlierLayout->addWidget(m_outliers, 1);

    auto *body = new QWidget(m_scroll);
    body->setObjectName(QStringLiteral("overviewBody"));
    m_grid = new QGridLayout(body);
    m_outlierBox = outlierBox;
    arrange(2);
    m_scroll->setWidget(body);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(head);
    layout->addLayout(progressRow);
    layout->addWidget(m_message);
    layout->addWidget(m_scroll, 1);

    connect(m_readButton, &QPushButton::clicked, this, &OverviewPage::refresh);
    connect(m_cancelButton, &QPushButton::clicked, this, &OverviewPage::cancel);
    connect(m_stats, &TokenStats::progress, this, &OverviewPage::onProgress);
    connect(m_stats, &TokenStats::finished, this, &OverviewPage::onFinished);
    for (ChartPanel *panel : {m_clients, m_users, m_histogram}) {
        connect(panel, &ChartPanel::filterRequested, this, &OverviewPage::filterRequested);
        connect(panel, &ChartPanel::revokeAllRequested, this, &OverviewPage::revokeAllRequested);
    }
    connect(m_outliers, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QString name = item->data(NameRole).toString();
        if (!name.isEmpty())
            emit filterRequested(TokenField(item->data(KindRole).toInt()), name);
    });
    connect(m_outliers, &QWidget::customContextMenuRequested, this, &OverviewPage::outlierMenu);

    m_progress->hide();
    m_progressText->hide();
    m_cancelButton->hide();
    m_message->hide();
    m_scroll->hide();
    updateScope();
}

OverviewPage::~OverviewPage() = default;

void OverviewPage::arrange(int columns)
{
    if (columns == m_columns)
        return;
    m_columns = columns;
    const QList<QWidget *> parts {m_clients, m_users, m_histogram, m_outlierBox};
    for (QWidget *part : parts)
        m_grid->removeWidget(part);
    for (int i = 0; i < parts.size(); ++i)
        m_grid->addWidget(parts.at(i), i / columns, i % columns);
    for (int c = 0; c < 2; ++c)
        m_grid->setColumnStretch(c, c < columns ? 1 : 0);
}

void OverviewPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Side by side where two charts fit with their names; one above the other in a narrow
    // window (which then scrolls).
    arrange(width() >= fontMetrics().averageCharWidth() * 150 ? 2 : 1);
}

void OverviewPage::setQuery(const ListQuery &query, const QString &description)
{
    m_query = query;
    m_description = description;
    updateScope();
    if (isVisible())
        readIfNeeded();
}

void OverviewPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    readIfNeeded();
}

void OverviewPage::readIfNeeded()
{
    // Shown with figures of other filters (or none): read the ones asked for.
    // (And read in this session: not another server's, after Switch Server.)
    const bool these = m_figuresQuery.usernameFilter == m_query.usernameFilter
        && m_figuresQuery.clientIdFilter == m_query.clientIdFilter
        && m_figuresQuery.exactUsername == m_query.exactUsername
        && m_figuresQuery.exactClientId == m_query.exactClientId
        && m_figuresSession == m_api->sessionGeneration();
    if (!(these && (m_hasFigures || m_stats->isRunning())))
        start();
}

void OverviewPage::refresh()
{
    start();
}

void OverviewPage::start()
{
    ++m_drawing;
    m_figuresQuery = m_query;
    m_figuresSession = m_api->sessionGeneration();
    m_hasFigures = false;
    m_outdated = false;
    m_clock.start();
    m_stats->start(m_query, TopNamed);
    m_message->hide();
    m_scroll->hide(); // no figures of other filters, nor of an earlier read, beside this one
    m_progress->setRange(0, 0);
    m_progress->show();
    m_progressText->setText(tr("Reading the tokens..."));
    m_progressText->show();
    m_cancelButton->show();
    m_readButton->setEnabled(false);
    updateScope();
}

void OverviewPage::cancel()
{
    if (!m_stats->isRunning())
        return;
    m_stats->cancel();
    m_progress->hide();
    m_progressText->hide();
    m_cancelButton->hide();
    m_readButton->setEnabled(true);
    m_readButton->setText(tr("Read &Again"));
    m_message->setText(tr("Reading was cancelled: no figures are shown. Read Again reads "
                          "every token from the start."));
    m_message->show();
    updateScope();
}

void OverviewPage::clear()
{
    ++m_drawing;
    if (m_stats->isRunning())
        m_stats->cancel();
    m_hasFigures = false;
    m_figuresQuery = {};
    m_progress->hide();
    m_progressText->hide();
    m_cancelButton->hide();
    m_message->hide();
    m_scroll->hide();
    m_readButton->setEnabled(true);
    for (ChartPanel *panel : {m_clients, m_users, m_histogram})
        panel->setBars({});
    m_outliers->clear();
    updateScope();
}

void OverviewPage::markOutdated()
{
    if (!m_hasFigures)
        return;
    m_outdated = true;
    updateScope();
}

void OverviewPage::setNumbersShown(bool shown)
{
    for (ChartPanel *panel : {m_clients, m_users, m_histogram})
        panel->setNumbersShown(shown);
}

void OverviewPage::onProgress(qint64 read, qint64 total)
{
    if (total <= 0)
        return;
    m_progress->setRange(0, 1000);
    m_progress->setValue(int(std::clamp<qint64>(read * 1000 / total, 0, 1000)));
    const qint64 ms = m_clock.elapsed();
    // Time left once there is enough behind to tell (a second, or a tenth of the tokens).
    if (read > 0 && read < total && (ms >= 1000 || read * 10 >= total)) {
        const qint64 left = qMax<qint64>(1, (ms * (total - read) / read + 999) / 1000);
        m_progressText->setText(
            tr("%1 of %2 tokens, about %Ln s left", nullptr, int(qMin<qint64>(left, INT_MAX)))
                .arg(number(read), number(total)));
    } else {
        m_progressText->setText(tr("%1 of %2 tokens").arg(number(read), number(total)));
    }
}

void OverviewPage::onFinished()
{
    if (m_stats->wasCancelled())
        return; // cancel() said so
    m_progress->hide();
    m_progressText->hide();
    m_cancelButton->hide();
    m_readButton->setEnabled(true);
    if (!m_stats->succeeded()) {
        // Never a chart of partial data: a read that cannot be proved complete shows none.
        m_scroll->hide();
        m_message->setText(
            tr("No figures: the tokens could not all be read. %1").arg(m_stats->error().message()));
        m_message->show();
        updateScope();
        return;
    }
    showFigures();
}

void OverviewPage::showFigures()
{
    const TokenStats::Figures &f = m_stats->figures();
    m_hasFigures = true;
    m_drawn = false;
    auto names = [](const QList<NameCounts::Entry> &top, qint64 otherTokens, qint64 others,
                    bool users) {
        QList<ChartPanel::Bar> bars;
        for (const NameCounts::Entry &e : top)
            bars.append({e.name, e.count, e.name});
        if (others > 0)
            bars.append(
                {users ? tr("%Ln other user(s)", nullptr, int(qMin<qint64>(others, INT_MAX)))
                       : tr("%Ln other client(s)", nullptr, int(qMin<qint64>(others, INT_MAX))),
                 otherTokens,
                 {}});
        return bars;
    };
    QList<ChartPanel::Bar> bins;
    for (const TokenStats::Bin &bin : f.usersByTokens)
        bins.append({bin.label(), bin.users, {}});
    if (f.tokens == 0)
        bins.clear();
    // A chart a turn of the event loop: no one turn lays out and paints all three (~11 ms
    // together at 1920x1080, bench_charts). Another read or a sign-out in between stops it.
    const quint64 drawing = ++m_drawing;
    m_clients->setBars(names(f.topClients, f.otherClientTokens, f.otherClients, false));
    m_users->setBars({});
    m_histogram->setBars({});
    // (1 ms, not 0: a zero timer runs in the same pass of the event loop.)
    QTimer::singleShot(
        1, Qt::PreciseTimer, this,
        [this, drawing, users = names(f.topUsers, f.otherUserTokens, f.otherUsers, true), bins] {
            if (drawing != m_drawing)
                return;
            m_users->setBars(users);
            QTimer::singleShot(1, Qt::PreciseTimer, this, [this, drawing, bins] {
                if (drawing != m_drawing)
                    return;
                m_histogram->setBars(bins);
                m_drawn = true;
            });
        });

    m_outliers->clear();
    for (const TokenStats::Outlier &o : f.outliers) {
        const bool user = o.kind == TokenStats::Outlier::Kind::User;
        const QString median = QLocale().toString(o.median, 'g', 6);
        auto *item = new QListWidgetItem(user ? tr("User %1: %Ln token(s) (median %2)", nullptr,
                                                   int(qMin<qint64>(o.count, INT_MAX)))
                                                    .arg(o.name, median)
                                              : tr("Client %1: %Ln token(s) (median %2)", nullptr,
                                                   int(qMin<qint64>(o.count, INT_MAX)))
                                                    .arg(o.name, median),
                                         m_outliers);
        item->setData(KindRole, int(user ? TokenField::Username : TokenField::ClientId));
        item->setData(NameRole, o.name);
    }
    if (f.moreUserOutliers > 0)
        m_outliers->addItem(tr("and %Ln more user(s) above the rule", nullptr,
                               int(qMin<qint64>(f.moreUserOutliers, INT_MAX))));
    if (f.moreClientOutliers > 0)
        m_outliers->addItem(tr("and %Ln more client(s) above the rule", nullptr,
                               int(qMin<qint64>(f.moreClientOutliers, INT_MAX))));
    if (m_outliers->count() == 0)
        m_outliers->addItem(tr("None: no user or client is far above the rest."));

    QString note = m_stats->unmatchedNote();
    m_message->setText(note);
    m_message->setVisible(!note.isEmpty());
    m_scroll->show();
    updateScope();
}

void OverviewPage::updateScope()
{
    m_scope->setText(m_description.isEmpty() ? tr("All tokens on the server")
                                             : tr("Tokens where %1").arg(m_description));
    if (!m_hasFigures) {
        m_readAt->setText(m_stats->isRunning() ? QString()
                                               : tr("Not read yet: Read Again reads them."));
        m_readAt->setVisible(!m_stats->isRunning());
        return;
    }
    const TokenStats::Figures &f = m_stats->figures();
    QString text = tr("Read at %1: %2 tokens of %3 users and %4 clients.")
                       .arg(QLocale().toString(f.readAt.time(), QLocale::ShortFormat),
                            number(f.tokens), number(f.users), number(f.clients));
    if (m_outdated)
        text += QLatin1Char(' ') + tr("Tokens were revoked since: Read Again to update.");
    m_readAt->setText(text);
    m_readAt->show();
}

void OverviewPage::outlierMenu(const QPoint &pos)
{
    QListWidgetItem *item = m_outliers->itemAt(pos);
    if (!item)
        item = m_outliers->currentItem();
    const QString name = item ? item->data(NameRole).toString() : QString();
    if (name.isEmpty())
        return;
    const auto field = TokenField(item->data(KindRole).toInt());
    const bool user = field == TokenField::Username;
    QMenu menu(this);
    menu.addAction(user ? tr("Show Tokens of This User") : tr("Show Tokens of This Client"), this,
                   [this, field, name] { emit filterRequested(field, name); });
    menu.addAction(QIcon::fromTheme(QStringLiteral("edit-delete")),
                   user ? tr("Revoke All Tokens of This User...")
                        : tr("Revoke All Tokens of This Client..."),
                   this, [this, field, name] { emit revokeAllRequested(field, name); });
    menu.exec(m_outliers->viewport()->mapToGlobal(pos));
}
