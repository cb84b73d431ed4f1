#pragma once

#include <QMainWindow>

class QLabel;
class QTableWidget;
class TokensApi;

// The console's main window. For now: the first page of tokens, read once.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(TokensApi *api, const QString &serverLabel, QWidget *parent = nullptr);

    void refresh();

private:
    TokensApi *m_api;
    QTableWidget *m_table;
    QLabel *m_status;
};
