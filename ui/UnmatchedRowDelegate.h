#pragma once

#include "TokenTableModel.h"

#include <QStyledItemDelegate>

// The token table's cells: a row the server listed that does not match the filters
// (TokenTableModel::MatchesFiltersRole false) is drawn in italics in the palette's disabled
// text colour, so that it is not taken for a match (its tooltip and accessible description say
// why).
class UnmatchedRowDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(TokenTableModel::MatchesFiltersRole).toBool())
            return;
        option->font.setItalic(true);
        const QColor muted = option->palette.color(QPalette::Disabled, QPalette::Text);
        option->palette.setColor(QPalette::Text, muted);
        option->palette.setColor(QPalette::WindowText, muted);
    }
};
