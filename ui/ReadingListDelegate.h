#pragma once

#include <QStyledItemDelegate>

// For lists that are only read (the pairs a revocation affects): rows as tall as the main
// table's, and no focus frame on a cell, since no cell can be acted on.
class ReadingListDelegate : public QStyledItemDelegate
{
public:
    ReadingListDelegate(int rowHeight, QObject *parent)
        : QStyledItemDelegate(parent), m_rowHeight(rowHeight)
    { }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setHeight(m_rowHeight);
        return size;
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->state &= ~QStyle::State_HasFocus;
    }

private:
    int m_rowHeight;
};
