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
    // The right-click menu: these actions, nullptr for a separator; those also in
    // onlyWhenEnabled are left out while they cannot be used.
    void setContextActions(const QList<QAction *> &actions,
                           const QList<QAction *> &onlyWhenEnabled = {});
    // Copies the selected pairs to the clipboard, a tab-separated line each; how many.
    int copySelection() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showContextMenu(const QPoint &pos);

    TokenTableModel *m_model = nullptr;
    QList<QAction *> m_contextActions;
    QList<QAction *> m_onlyWhenEnabled;
    bool m_fitting = false;
    bool m_sizedByHand = false;
    Qt::KeyboardModifiers m_clickModifiers;
};
