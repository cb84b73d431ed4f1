#pragma once

#include "TokenTableModel.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QSpinBox;
class QToolButton;

// First, previous, "Page [n] of N", next, last; page size; "26-50 of 12,345".
class PagerWidget : public QWidget
{
    Q_OBJECT

public:
    explicit PagerWidget(QWidget *parent = nullptr);

    void setState(const PageState &state);
    void setPageSize(int size);
    int pageSize() const;

signals:
    void firstRequested();
    void previousRequested();
    void nextRequested();
    void lastRequested();
    void pageRequested(int page);
    void pageSizeChanged(int size);

private:
    QToolButton *m_first;
    QToolButton *m_previous;
    QSpinBox *m_page;
    QLabel *m_pageCount;
    QToolButton *m_next;
    QToolButton *m_last;
    QComboBox *m_pageSize;
    QLabel *m_position;
};
