#pragma once

#include "TokenTypes.h"

#include <QTableView>

class TokenTableModel;

// The token table: a sort header (click sorts, Shift+click adds a key), rows a server listed
// without matching the filters drawn apart, and Username and Client ID sharing the width by
// what they show until the admin drags a column.
class TokenTableView : public QTableView
{
    Q_OBJECT

public:
    explicit TokenTableView(QWidget *parent = nullptr);

    void setTokenModel(TokenTableModel *model);
    QList<TokenKey> selectedKeys() const;
    // Username and Client ID share the width in proportion to what they show (not after the
    // admin sized a column by hand).
    void fitColumns();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    TokenTableModel *m_model = nullptr;
    bool m_fitting = false;
    bool m_sizedByHand = false;
    Qt::KeyboardModifiers m_clickModifiers;
};
