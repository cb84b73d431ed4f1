#pragma once

#include "TokenTypes.h"

#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QMenu;
class QStackedWidget;
class QTreeWidget;

// One chart of the overview, with its numbers: a bar chart (horizontal: one bar a name,
// largest on top; or vertical: a histogram's bins) and, for screen readers and the keyboard,
// the same numbers as a table (shown instead of the chart on request, and always the chart's
// accessible description). A bar or row that is a name leads into the table or to a revoke of
// its tokens; the chart can be saved as PNG or SVG and copied. Colours follow the palette.
class ChartPanel : public QWidget
{
    Q_OBJECT

public:
    enum class Orientation { Horizontal, Vertical };
    struct Bar
    {
        QString label; // what the axis shows
        qint64 value = 0;
        QString name; // the user or client it is; empty: "others", a bin
    };

    // field: what a bar's name is (a username or a client id); unused for a histogram.
    ChartPanel(const QString &title, Orientation orientation, TokenField field,
               const QString &valueHeader, QWidget *parent = nullptr);
    ~ChartPanel() override;

    QString title() const { return m_title; }
    // Bars in the order to read them (largest first); none: an empty chart.
    void setBars(const QList<Bar> &bars);
    const QList<Bar> &bars() const { return m_bars; }
    void setNumbersShown(bool shown);
    // The numbers as text, a line a bar ("ada\t412"), a header line first.
    QString numbersText() const;
    QChartView *chartView() const { return m_view; }
    QTreeWidget *numbers() const { return m_numbers; }
    // Saves what the chart shows; false (and *error) when it cannot be written.
    bool savePng(const QString &path, QString *error = nullptr) const;
    bool saveSvg(const QString &path, QString *error = nullptr) const;
    // The chart's picture and its numbers as text to the clipboard.
    void copy() const;
    // A bar as a click on it would choose it (tests, and the numbers table).
    void chooseBar(int index);
    // The bar at a point of the chart view (-1: none).
    int barAt(const QPoint &viewPos) const;

signals:
    void filterRequested(TokenField field, const QString &name);
    void revokeAllRequested(TokenField field, const QString &name);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void applyPalette();
    void showMenu(int bar, const QPoint &globalPos);
    void saveAs();

    QString m_title;
    Orientation m_orientation;
    TokenField m_field;
    QString m_valueHeader;
    QList<Bar> m_bars;
    QList<int> m_quiet; // the bars drawn in the quieter colour ("others"), as drawn
    QLabel *m_heading;
    QStackedWidget *m_stack;
    QChartView *m_view;
    QTreeWidget *m_numbers;
};
