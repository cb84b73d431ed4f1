#pragma once

#include "TokenTypes.h"

#include <QDialog>
#include <QPointer>

#include <memory>

namespace Ui {
class TokenDetailsDialog;
}
class ApiCall;
class QPushButton;
class TokensApi;

// One token, fetched from GET /auth/tokens/{username}/{client_id}. The value is masked
// (bullets and its last four characters) until the admin asks to reveal it; Copy puts it on
// the clipboard only on that explicit click.
class TokenDetailsDialog : public QDialog
{
    Q_OBJECT

public:
    TokenDetailsDialog(TokensApi *api, const TokenKey &key, QWidget *parent = nullptr);
    ~TokenDetailsDialog() override;

    bool isLoaded() const { return !m_token.isEmpty(); }

signals:
    void refreshRequested();

private:
    void load();
    void showToken();

    std::unique_ptr<Ui::TokenDetailsDialog> m_ui;
    TokensApi *m_api;
    TokenKey m_key;
    QString m_token;
    QPointer<ApiCall> m_call;
    QPushButton *m_refreshButton = nullptr;
    QPushButton *m_retryButton = nullptr;
};
