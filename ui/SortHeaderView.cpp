#include "SortHeaderView.h"

#include <QPainter>
#include <QStyleOptionHeader>

SortHeaderView::SortHeaderView(int sortOrderRole, int sortPriorityRole, QWidget *parent)
    : QHeaderView(Qt::Horizontal, parent),
      m_orderRole(sortOrderRole),
      m_priorityRole(sortPriorityRole)
{
    // Our indicators come from the model, not from QHeaderView's single sort column.
    setSortIndicatorShown(false);
}

void SortHeaderView::initStyleOptionForIndex(QStyleOptionHeader *option, int logicalIndex) const
{
    QHeaderView::initStyleOptionForIndex(option, logicalIndex);
    if (!model())
        return;
    const QVariant order = model()->headerData(logicalIndex, orientation(), m_orderRole);
    if (!order.isValid())
        return;
    // QHeaderView's own mapping, so that the arrow means what it means in every Qt table.
    option->sortIndicator = Qt::SortOrder(order.toInt()) == Qt::AscendingOrder
        ? QStyleOptionHeader::SortDown
        : QStyleOptionHeader::SortUp;
}

int SortHeaderView::priorityOf(int logicalIndex) const
{
    if (!model())
        return 0;
    return model()->headerData(logicalIndex, orientation(), m_priorityRole).toInt();
}

QRect SortHeaderView::priorityRect(const QRect &section) const
{
    // Left of the arrow, which the styles draw at the right edge.
    const int arrow = style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, this);
    const int margin = style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, this);
    const int width = fontMetrics().horizontalAdvance(QStringLiteral("9")) + margin;
    return QRect(section.right() - arrow - 2 * margin - width, section.top(), width,
                 section.height());
}

void SortHeaderView::paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const
{
    QHeaderView::paintSection(painter, rect, logicalIndex);
    const int priority = priorityOf(logicalIndex);
    if (priority <= 0)
        return;
    painter->save();
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    painter->setFont(small);
    painter->setPen(palette().color(QPalette::ButtonText));
    painter->drawText(priorityRect(rect), Qt::AlignRight | Qt::AlignVCenter,
                      QString::number(priority));
    painter->restore();
}

QSize SortHeaderView::sectionSizeFromContents(int logicalIndex) const
{
    QSize size = QHeaderView::sectionSizeFromContents(logicalIndex);
    if (model() && model()->headerData(logicalIndex, orientation(), m_orderRole).isValid()) {
        // The base size counts the arrow only for QHeaderView's own sort column.
        size.rwidth() += style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, this)
            + 2 * style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, this)
            + fontMetrics().horizontalAdvance(QStringLiteral("9"));
    }
    return size;
}
