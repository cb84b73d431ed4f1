#include "ChartPanel.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QSet>
#include <QStackedWidget>
#include <QSvgGenerator>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QValueAxis>

namespace {
constexpr int MaxLabelChars = 28; // an axis label longer than this is elided in the middle
constexpr int NameRole = Qt::UserRole;

// A chart view whose context menu is the panel's, for the bar under the mouse.
class BarChartView : public QChartView
{
public:
    BarChartView(QChart *chart, std::function<void(const QPoint &)> menu, QWidget *parent)
        : QChartView(chart, parent), m_menu(std::move(menu))
    { }

protected:
    void contextMenuEvent(QContextMenuEvent *event) override { m_menu(event->globalPos()); }

private:
    std::function<void(const QPoint &)> m_menu;
};
} // namespace

ChartPanel::ChartPanel(const QString &title, Orientation orientation, TokenField field,
                       const QString &valueHeader, QWidget *parent)
    : QWidget(parent),
      m_title(title),
      m_orientation(orientation),
      m_field(field),
      m_valueHeader(valueHeader),
      m_heading(new QLabel(title, this)),
      m_stack(new QStackedWidget(this)),
      m_numbers(new QTreeWidget(this))
{
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    auto *save = new QToolButton(this);
    save->setText(tr("Save As..."));
    save->setToolTip(tr("Save this chart as a PNG or SVG file"));
    save->setAccessibleName(tr("Save %1 as a file").arg(title));
    connect(save, &QToolButton::clicked, this, &ChartPanel::saveAs);
    auto *copyButton = new QToolButton(this);
    copyButton->setText(tr("Copy"));
    copyButton->setToolTip(tr("Copy this chart and its numbers"));
    copyButton->setAccessibleName(tr("Copy %1").arg(title));
    connect(copyButton, &QToolButton::clicked, this, &ChartPanel::copy);
    auto *top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(save);
    top->addWidget(copyButton);

    auto *chart = new QChart;
    chart->legend()->hide();
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    m_view = new BarChartView(
        chart, [this](const QPoint &pos) { showMenu(barAt(m_view->mapFromGlobal(pos)), pos); },
        this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setAccessibleName(tr("%1 chart").arg(title));
    m_view->setFocusPolicy(Qt::NoFocus); // the keyboard uses the numbers
    m_view->setMinimumHeight(220);

    m_numbers->setAccessibleName(tr("%1 numbers").arg(title));
    m_numbers->setRootIsDecorated(false);
    m_numbers->setUniformRowHeights(true);
    m_numbers->setHeaderLabels({orientation == Orientation::Horizontal
                                    ? (field == TokenField::Username ? tr("User") : tr("Client"))
                                    : tr("Tokens per user"),
                                valueHeader});
    m_numbers->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_numbers->header()->setStretchLastSection(false);
    m_numbers->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_numbers, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { chooseBar(m_numbers->indexOfTopLevelItem(item)); });
    connect(m_numbers, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QTreeWidgetItem *item = m_numbers->itemAt(pos);
        if (!item)
            item = m_numbers->currentItem();
        showMenu(item ? m_numbers->indexOfTopLevelItem(item) : -1,
                 m_numbers->viewport()->mapToGlobal(pos));
    });

    m_stack->addWidget(m_view);
    m_stack->addWidget(m_numbers);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);
    setAccessibleName(title);
    rebuild();
}

ChartPanel::~ChartPanel() = default;

void ChartPanel::setBars(const QList<Bar> &bars)
{
    m_bars = bars;
    rebuild();
}

void ChartPanel::setNumbersShown(bool shown)
{
    m_stack->setCurrentWidget(shown ? static_cast<QWidget *>(m_numbers) : m_view);
}

QString ChartPanel::numbersText() const
{
    QString text
        = m_numbers->headerItem()->text(0) + QLatin1Char('\t') + m_valueHeader + QLatin1Char('\n');
    for (const Bar &bar : m_bars)
        text += bar.label + QLatin1Char('\t') + QString::number(bar.value) + QLatin1Char('\n');
    return text;
}

void ChartPanel::rebuild()
{
    QChart *chart = m_view->chart();
    chart->removeAllSeries();
    const auto axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }

    // The numbers, in reading order.
    m_numbers->clear();
    QList<QTreeWidgetItem *> items;
    for (const Bar &bar : std::as_const(m_bars)) {
        auto *item = new QTreeWidgetItem({bar.label, QLocale().toString(bar.value)});
        item->setData(0, NameRole, bar.name);
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        items.append(item);
    }
    m_numbers->addTopLevelItems(items);
    m_numbers->resizeColumnToContents(1);
    QStringList lines;
    for (const Bar &bar : std::as_const(m_bars))
        lines << tr("%1: %2").arg(bar.label, QLocale().toString(bar.value));
    m_view->setAccessibleDescription(lines.join(QLatin1String("; ")));
    if (m_bars.isEmpty()) {
        applyPalette();
        return;
    }

    // Horizontal: the largest on top, and the axis lists its categories from the bottom up.
    const bool horizontal = m_orientation == Orientation::Horizontal;
    QList<Bar> drawn = m_bars;
    if (horizontal)
        std::reverse(drawn.begin(), drawn.end());
    auto *set = new QBarSet(m_title);
    QStringList labels;
    QSet<QString> used;
    qint64 largest = 0;
    for (const Bar &bar : std::as_const(drawn)) {
        set->append(double(bar.value));
        largest = qMax(largest, bar.value);
        QString label = bar.label.size() > MaxLabelChars ? bar.label.left(MaxLabelChars / 2 - 1)
                + QChar(0x2026) + bar.label.right(MaxLabelChars / 2 - 1)
                                                         : bar.label;
        // The axis takes each label once: two elided alike are told apart.
        for (int n = 2; used.contains(label); ++n)
            label = label.left(MaxLabelChars) + QStringLiteral(" #%1").arg(n);
        used.insert(label);
        labels << label;
    }
    QAbstractBarSeries *series
        = horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries) : new QBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPrecision(15); // whole numbers, never 1e+06
    series->setBarWidth(0.7);
    chart->addSeries(series);
    // "Others" is not a name: drawn in the palette's quieter colour (applyPalette()).
    m_quiet.clear();
    for (int i = 0; i < drawn.size(); ++i) {
        if (drawn.at(i).name.isEmpty() && horizontal)
            m_quiet.append(i);
    }
    // Room for every name: the axis leaves out labels that would overlap.
    if (horizontal)
        m_view->setMinimumHeight(qMax(220, int(drawn.size()) * (fontMetrics().height() + 6) + 90));
    auto *categories = new QBarCategoryAxis;
    categories->append(labels);
    categories->setTruncateLabels(false); // elided above, to the middle, not to "..."

    auto *values = new QValueAxis;
    values->setLabelFormat(QStringLiteral("%d"));
    // Room for the labels beyond the longest bar.
    values->setRange(0, double(qMax<qint64>(1, largest)) * 1.15);
    values->setTickCount(5);
    values->applyNiceNumbers();
    chart->addAxis(categories, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(values, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(values);
    const int count = int(drawn.size());
    auto toBar = [horizontal, count](int index) {
        return horizontal ? count - 1 - index : index;
    };
    connect(series, &QAbstractBarSeries::clicked, this,
            [this, toBar](int index, QBarSet *) { chooseBar(toBar(index)); });
    applyPalette();
}

void ChartPanel::applyPalette()
{
    // The chart's own themes know nothing of the desktop's colours: take the palette's.
    const QPalette palette = this->palette();
    QChart *chart = m_view->chart();
    chart->setBackgroundBrush(palette.brush(QPalette::Base));
    chart->setBackgroundPen(Qt::NoPen);
    chart->setTitleBrush(palette.brush(QPalette::Text));
    QColor grid = palette.color(QPalette::Text);
    grid.setAlphaF(0.15f);
    const auto axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsBrush(palette.brush(QPalette::Text));
        axis->setLinePenColor(palette.color(QPalette::Mid));
        axis->setGridLineColor(grid);
    }
    const auto series = chart->series();
    for (QAbstractSeries *one : series) {
        const auto sets = static_cast<QAbstractBarSeries *>(one)->barSets();
        for (QBarSet *set : sets) {
            set->setColor(palette.color(QPalette::Highlight));
            set->setBorderColor(palette.color(QPalette::Highlight));
            set->setSelectedColor(palette.color(QPalette::Mid));
            // Selected once the series is in the chart: selected before, a chart already on
            // screen drew the bar in the set's colour all the same (Qt 6.4).
            set->deselectAllBars();
            set->selectBars(m_quiet);
            set->setLabelColor(palette.color(QPalette::Text));
        }
    }
    m_view->setBackgroundBrush(palette.brush(QPalette::Base));
}

void ChartPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QWidget::changeEvent(event);
}

int ChartPanel::barAt(const QPoint &viewPos) const
{
    // The bar whose band is under the point, from the chart's own axes (not the last bar the
    // mouse was over: a menu named for a bar must be the one clicked on).
    QChart *chart = m_view->chart();
    const auto series = chart->series();
    const QPointF scenePos = m_view->mapToScene(viewPos);
    const QPointF chartPos = chart->mapFromScene(scenePos);
    if (series.isEmpty() || m_bars.isEmpty() || !chart->plotArea().contains(chartPos))
        return -1;
    const QPointF value = chart->mapToValue(chartPos, series.first());
    const bool horizontal = m_orientation == Orientation::Horizontal;
    const int drawn = qRound(horizontal ? value.y() : value.x());
    const int count = int(m_bars.size());
    if (drawn < 0 || drawn >= count)
        return -1;
    return horizontal ? count - 1 - drawn : drawn;
}

void ChartPanel::chooseBar(int index)
{
    if (index < 0 || index >= m_bars.size() || m_bars.at(index).name.isEmpty())
        return;
    emit filterRequested(m_field, m_bars.at(index).name);
}

void ChartPanel::showMenu(int bar, const QPoint &globalPos)
{
    QMenu menu(this);
    const QString name = bar >= 0 && bar < m_bars.size() ? m_bars.at(bar).name : QString();
    if (!name.isEmpty()) {
        const bool user = m_field == TokenField::Username;
        QString shown = name;
        if (shown.size() > MaxLabelChars)
            shown = shown.left(MaxLabelChars - 1) + QChar(0x2026);
        menu.addAction(user ? tr("Show Tokens of User \u201C%1\u201D").arg(shown)
                            : tr("Show Tokens of Client \u201C%1\u201D").arg(shown),
                       this, [this, name] { emit filterRequested(m_field, name); });
        menu.addAction(QIcon::fromTheme(QStringLiteral("edit-delete")),
                       user ? tr("Revoke All Tokens of User \u201C%1\u201D...").arg(shown)
                            : tr("Revoke All Tokens of Client \u201C%1\u201D...").arg(shown),
                       this, [this, name] { emit revokeAllRequested(m_field, name); });
        menu.addSeparator();
    }
    menu.addAction(tr("Save Chart As..."), this, &ChartPanel::saveAs);
    menu.addAction(tr("Copy Chart"), this, &ChartPanel::copy);
    menu.exec(globalPos);
}

void ChartPanel::saveAs()
{
    const QString png = tr("PNG images (*.png)");
    const QString svg = tr("SVG drawings (*.svg)");
    QString chosen = png;
    QString base = m_title.toLower();
    base.replace(QLatin1Char(' '), QLatin1Char('-'));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Chart"), QDir::homePath() + QLatin1Char('/') + base + QStringLiteral(".png"),
        png + QStringLiteral(";;") + svg, &chosen);
    if (path.isEmpty())
        return;
    QString error;
    const bool asSvg = chosen == svg || path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive);
    if (!(asSvg ? saveSvg(path, &error) : savePng(path, &error)))
        QMessageBox::warning(
            this, tr("Save Chart"),
            tr("Could not save the chart to %1: %2").arg(QDir::toNativeSeparators(path), error));
}

bool ChartPanel::savePng(const QString &path, QString *error) const
{
    if (m_view->grab().save(path, "PNG"))
        return true;
    if (error)
        *error = tr("the file cannot be written");
    return false;
}

bool ChartPanel::saveSvg(const QString &path, QString *error) const
{
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(m_view->size());
    svg.setViewBox(QRect(QPoint(0, 0), m_view->size()));
    svg.setTitle(m_title);
    svg.setDescription(numbersText());
    QPainter painter;
    if (!painter.begin(&svg)) {
        if (error)
            *error = tr("the file cannot be written");
        return false;
    }
    m_view->render(&painter);
    painter.end();
    return true;
}

void ChartPanel::copy() const
{
    auto *mime = new QMimeData;
    mime->setImageData(m_view->grab().toImage());
    mime->setText(numbersText());
    QApplication::clipboard()->setMimeData(mime);
}
