#pragma once

#include "TokenStats.h"
#include "TokenTypes.h"

#include <QElapsedTimer>
#include <QWidget>

class ChartPanel;
class QGridLayout;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QProgressBar;
class QPushButton;
class QScrollArea;
class TokensApi;

// View > Overview: the shape of the tokens that match the filters (all of them, without
// filters). Three charts (tokens per client, tokens per user, users by number of tokens) and
// the outliers, from one streamed read (TokenStats: counts are kept, not rows). Reading shows
// its progress and time left and can be cancelled; a read that cannot be proved complete draws
// nothing. A bar or an outlier leads into the table (an exact filter) or to a revoke of all its
// tokens, which the window confirms as always.
class OverviewPage : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewPage(TokensApi *api, QWidget *parent = nullptr);
    ~OverviewPage() override;

    // The filters the overview is about (description: "username contains “ada”", empty for
    // none). Read at once when the page is shown and its figures are of other filters.
    void setQuery(const ListQuery &query, const QString &description);
    // Reads again (Read Again).
    void refresh();
    void cancel();
    // Signed out: stops, forgets the figures.
    void clear();
    // Something changed the tokens since the figures were read (a revocation): say so.
    void markOutdated();
    // The numbers behind each chart as a table instead of the chart (View menu).
    void setNumbersShown(bool shown);

    TokenStats *stats() const { return m_stats; }
    // The figures of the last read are drawn, every chart.
    bool hasFigures() const { return m_hasFigures && m_drawn; }
    // What the outliers list shows, in order (tests).
    QListWidget *outlierList() const { return m_outliers; }
    ChartPanel *clientChart() const { return m_clients; }
    ChartPanel *userChart() const { return m_users; }
    ChartPanel *histogramChart() const { return m_histogram; }

signals:
    // A bar, a row of numbers or an outlier was chosen: show its tokens in the table.
    void filterRequested(TokenField field, const QString &name);
    // Its context menu: revoke every token of this user or client (to be confirmed).
    void revokeAllRequested(TokenField field, const QString &name);

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void start();
    // Reads when the figures shown (or being read) are not of these filters in this session.
    void readIfNeeded();
    void onProgress(qint64 read, qint64 total);
    void onFinished();
    void showFigures();
    void updateScope();
    void outlierMenu(const QPoint &pos);
    // The charts and the outliers in one column or two.
    void arrange(int columns);

    TokensApi *m_api;
    TokenStats *m_stats;
    ListQuery m_query;
    QString m_description;
    ListQuery m_figuresQuery; // what the figures shown are of
    quint64 m_figuresSession = 0; // and in which session
    bool m_hasFigures = false;
    bool m_outdated = false;
    quint64 m_drawing = 0; // which figures the charts being drawn are of
    bool m_drawn = false; // every chart of the figures drawn
    QElapsedTimer m_clock;

    QLabel *m_scope;
    QLabel *m_readAt;
    QPushButton *m_readButton;
    QPushButton *m_cancelButton;
    QProgressBar *m_progress;
    QLabel *m_progressText;
    QLabel *m_message;
    QScrollArea *m_scroll;
    ChartPanel *m_clients;
    ChartPanel *m_users;
    ChartPanel *m_histogram;
    QGridLayout *m_grid = nullptr;
    QWidget *m_outlierBox = nullptr;
    int m_columns = 0;
    QLabel *m_rule;
    QListWidget *m_outliers;
};
