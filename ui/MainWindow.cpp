#include "MainWindow.h"

#include "TokensApi.h"

#include <QHeaderView>
#include <QLabel>
#include <QStatusBar>
#include <QTableWidget>

MainWindow::MainWindow(TokensApi *api, const QString &serverLabel, QWidget *parent)
    : QMainWindow(parent), m_api(api), m_table(new QTableWidget(this)), m_status(new QLabel(this))
{
    setWindowTitle(tr("Knetik Token Console - %1").arg(serverLabel));
    m_table->setObjectName(QStringLiteral("tokenTable"));
    m_table->setColumnCount(2);
    m_table->setHorizontalHeaderLabels({tr("Username"), tr("Client ID")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    setCentralWidget(m_table);
    statusBar()->addWidget(m_status, 1);
    resize(900, 600);
}

void MainWindow::refresh()
{
    m_status->setText(tr("Loading..."));
    ListTokensCall *call = m_api->listTokens(ListQuery{});
    connect(call, &ApiCall::finished, this, [this, call] {
        if (call->error()) {
            m_status->setText(call->error().message());
            return;
        }
        const TokenPage &page = call->value();
        m_table->setRowCount(int(page.content.size()));
        for (int row = 0; row < page.content.size(); ++row) {
            m_table->setItem(row, 0, new QTableWidgetItem(page.content[row].username));
            m_table->setItem(row, 1, new QTableWidgetItem(page.content[row].clientId));
        }
        m_status->setText(tr("%L1 tokens").arg(page.totalElements));
    });
}
