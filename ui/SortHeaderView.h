#pragma once

#include <QHeaderView>

// A header that shows every sort key of a multi-key sort: the style's own arrow on each sorted
// column (the same arrow, meaning the same, as any other Qt table), and the key's priority
// beside it when there is more than one key. The model says which columns are sorted through
// two header roles (sortOrderRole, sortPriorityRole); the header text stays the column's name,
// so screen readers read "Username", not "Username ▲1".
class SortHeaderView : public QHeaderView
{
    Q_OBJECT

public:
    SortHeaderView(int sortOrderRole, int sortPriorityRole, QWidget *parent = nullptr);

protected:
    void initStyleOptionForIndex(QStyleOptionHeader *option, int logicalIndex) const override;
    void paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const override;
    QSize sectionSizeFromContents(int logicalIndex) const override;

private:
    int priorityOf(int logicalIndex) const;
    QRect priorityRect(const QRect &section) const;

    int m_orderRole;
    int m_priorityRole;
};
