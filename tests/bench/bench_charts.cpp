// Drawing the overview's charts on the GUI thread: the three charts of View > Overview (21 named
// bars each for clients and users, the six bins of the histogram) set from new figures, laid out
// and painted at 1920x1080, one chart a turn of the event loop as OverviewPage draws them.
// Target: the longest turn at most 16 ms (the overview's "longest stall while drawing the
// charts"), as the median of 21 runs and as the slowest run; the three together for comparison.
//   QT_QPA_PLATFORM=offscreen bench_charts [--check]
#include "BenchResult.h"
#include "ChartPanel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QGridLayout>
#include <QTextStream>
#include <QWidget>

#include <algorithm>

namespace {
QList<ChartPanel::Bar> names(const QString &stem, int run)
{
    QList<ChartPanel::Bar> bars;
    for (int i = 0; i < 20; ++i) {
        // Long names too: the axis elides them.
        const QString name = i % 5 == 0
            ? QStringLiteral("%1-with-a-rather-long-name-%2-%3").arg(stem).arg(i).arg(run)
            : QStringLiteral("%1-%2-%3").arg(stem).arg(i).arg(run);
        bars.append({name, qint64(100000 - i * 3000 - run), name});
    }
    bars.append({QStringLiteral("12,345 others"), 700000 + run, {}});
    return bars;
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const bool check = app.arguments().contains(QStringLiteral("--check"));
    QWidget window;
    auto *grid = new QGridLayout(&window);
    auto *clients
        = new ChartPanel(QStringLiteral("Tokens per client"), ChartPanel::Orientation::Horizontal,
                         TokenField::ClientId, QStringLiteral("Tokens"));
    auto *users
        = new ChartPanel(QStringLiteral("Tokens per user"), ChartPanel::Orientation::Horizontal,
                         TokenField::Username, QStringLiteral("Tokens"));
    auto *bins = new ChartPanel(QStringLiteral("Users by number of tokens"),
                                ChartPanel::Orientation::Vertical, TokenField::Username,
                                QStringLiteral("Users"));
    grid->addWidget(clients, 0, 0);
    grid->addWidget(users, 0, 1);
    grid->addWidget(bins, 1, 0);
    window.resize(1920, 1080);
    window.show();
    QList<qint64> ns, together;
    for (int run = 0; run < 21; ++run) {
        QList<ChartPanel::Bar> histogram;
        for (const char *label : {"1", "2-5", "6-20", "21-100", "101-1,000", "1,001 or more"})
            histogram.append(
                {QString::fromLatin1(label), qint64(500000 / (histogram.size() + 1) + run), {}});
        const std::pair<ChartPanel *, QList<ChartPanel::Bar>> steps[]
            = {{clients, names(QStringLiteral("client"), run)},
               {users, names(QStringLiteral("user"), run)},
               {bins, histogram}};
        qint64 longest = 0, all = 0;
        for (const auto &[panel, bars] : steps) {
            QElapsedTimer timer;
            timer.start();
            panel->setBars(bars);
            panel->grab(); // its layout and paint, as the frame after it
            const qint64 step = timer.nsecsElapsed();
            longest = qMax(longest, step);
            all += step;
        }
        ns.append(longest);
        together.append(all);
    }
    std::sort(together.begin(), together.end());
    const double firstMs = ns.first() / 1e6; // fonts and glyphs met for the first time
    std::sort(ns.begin(), ns.end());
    const double medianMs = ns.at(ns.size() / 2) / 1e6;
    const double worstMs = ns.last() / 1e6;
    QTextStream out(stdout);
    out << "longest turn of the first run (cold): " << QString::number(firstMs, 'f', 2)
        << " ms; the three charts together, median: "
        << QString::number(together.at(together.size() / 2) / 1e6, 'f', 2) << " ms" << Qt::endl;
    bool met = benchResult(out, QStringLiteral("overview charts, longest turn, median"),
                           QStringLiteral("<= 16 ms"),
                           QStringLiteral("%1 ms").arg(medianMs, 0, 'f', 2), medianMs <= 16);
    met &= benchResult(out, QStringLiteral("overview charts, longest turn, slowest of 21"),
                       QStringLiteral("<= 16 ms"), QStringLiteral("%1 ms").arg(worstMs, 0, 'f', 2),
                       worstMs <= 16);
    return check && !met ? 1 : 0;
}
