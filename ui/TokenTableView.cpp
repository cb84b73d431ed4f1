#include "TokenTableView.h"

#include "SortHeaderView.h"
#include "TokenTableModel.h"
#include "UnmatchedRowDelegate.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QMenu>
#include <QMouseEvent>
#include <QTimer>

#include <algorithm>

TokenTableView::TokenTableView(QWidget *parent) : QTableView(parent)
{
    setContextMenuPolicy(Qt::CustomContextMenu);
    connect(this, &QWidget::customContextMenuRequested, this, &TokenTableView::showContextMenu);
}

void TokenTableView::setContextActions(const QList<QAction *> &actions,
                                       const QList<QAction *> &onlyWhenEnabled)
{
    m_contextActions = actions;
    m_onlyWhenEnabled = onlyWhenEnabled;
}

void TokenTableView::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = indexAt(pos);
    // A right click outside the selection selects that row first, as file managers do.
    if (index.isValid() && !selectionModel()->isRowSelected(index.row(), {}))
        selectionModel()->select(index,
                                 QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (selectedKeys().isEmpty())
        return;
    QMenu menu(this);
    for (QAction *action : std::as_const(m_contextActions)) {
        if (!action)
            menu.addSeparator();
        else if (action->isEnabled() || !m_onlyWhenEnabled.contains(action))
            menu.addAction(action);
    }
    menu.exec(viewport()->mapToGlobal(pos));
}

int TokenTableView::copySelection() const
{
    const QList<TokenKey> keys = selectedKeys();
    if (keys.isEmpty())
        return 0;
    QStringList lines;
    for (const TokenKey &key : keys)
        lines << key.username + QLatin1Char('\t') + key.clientId;
    QGuiApplication::clipboard()->setText(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
    return int(keys.size());
}

void TokenTableView::setTokenModel(TokenTableModel *model)
{
    m_model = model;
    setHorizontalHeader(new SortHeaderView(TokenTableModel::SortOrderRole,
                                           TokenTableModel::SortPriorityRole, this));
    setModel(model);
    setItemDelegate(new UnmatchedRowDelegate(this));
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    QHeaderView *header = horizontalHeader();
    header->setSectionsClickable(true);
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // The modifiers of the click itself (sectionClicked does not carry them).
    header->viewport()->installEventFilter(this);
    // Username and Client ID share the width by their content, until the admin drags a column.
    viewport()->installEventFilter(this);
    connect(header, &QHeaderView::sectionResized, this, [this] {
        if (!m_fitting && horizontalHeader()->underMouse())
            m_sizedByHand = true;
    });
    connect(header, &QHeaderView::sectionClicked, this, [this](int section) {
        m_model->clickSortColumn(section, m_clickModifiers & Qt::ShiftModifier);
    });
}

QList<TokenKey> TokenTableView::selectedKeys() const
{
    QList<TokenKey> keys;
    const QModelIndexList rows = selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        keys << m_model->keyAt(index.row());
    return keys;
}

void TokenTableView::fitColumns()
{
    if (m_sizedByHand || !m_model || m_model->rowCount() == 0)
        return;
    QHeaderView *header = horizontalHeader();
    const int available = viewport()->width();
    const int user = qMax(sizeHintForColumn(TokenTableModel::UsernameColumn),
                          header->sectionSizeHint(TokenTableModel::UsernameColumn));
    const int client = qMax(sizeHintForColumn(TokenTableModel::ClientIdColumn),
                            header->sectionSizeHint(TokenTableModel::ClientIdColumn));
    if (available <= 0 || user + client <= 0)
        return;
    const int minimum = header->minimumSectionSize();
    const int width = std::clamp(int(qint64(available) * user / (user + client)), minimum,
                                 qMax(minimum, available - minimum));
    m_fitting = true;
    header->resizeSection(TokenTableModel::UsernameColumn, width);
    m_fitting = false;
}

bool TokenTableView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == horizontalHeader()->viewport()
        && (event->type() == QEvent::MouseButtonPress
            || event->type() == QEvent::MouseButtonRelease))
        m_clickModifiers = static_cast<QMouseEvent *>(event)->modifiers();
    if (watched == viewport() && event->type() == QEvent::Resize)
        QTimer::singleShot(0, this, &TokenTableView::fitColumns);
    return QTableView::eventFilter(watched, event);
}
