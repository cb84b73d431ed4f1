#pragma once

#include "TokenTableModel.h"

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}
class QLabel;
class QProgressBar;
class Settings;
class TokensApi;

// The token browser: filters, the table, the pager, an inline error banner.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(TokensApi *api, Settings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // What the title says about the server ("demo sandbox", a host name). Never a token.
    void setServerLabel(const QString &label);
    TokenTableModel *model() const { return m_model; }
    // Fetches the first page (after sign-in).
    void start();
    QList<TokenKey> selectedKeys() const;

signals:
    void signOutRequested();
    // The first page after start() has been shown (for the startup timing).
    void firstPageShown();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onPageLoaded(const PageState &state);
    void onError(const ApiError &error);
    void onLoadingChanged(bool loading);
    void updateEmptyState();
    void updateActions();
    void viewDetails();
    void refresh();
    void signOut();
    void saveState();

    std::unique_ptr<Ui::MainWindow> m_ui;
    TokensApi *m_api;
    Settings *m_settings;
    TokenTableModel *m_model;
    QProgressBar *m_busy;
    QLabel *m_statusText;
    QList<TokenKey> m_selectionToRestore;
    bool m_firstPageShown = false;
    Qt::KeyboardModifiers m_headerClickModifiers;
};
