#include "TokenDetailsDialog.h"
#include "ui_TokenDetailsDialog.h"

#include "TokensApi.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPushButton>

TokenDetailsDialog::TokenDetailsDialog(TokensApi *api, const TokenKey &key, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::TokenDetailsDialog>()), m_api(api), m_key(key)
{
    m_ui->setupUi(this);
    m_ui->tokenValue->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->usernameValue->setText(key.username);
    m_ui->clientIdValue->setText(key.clientId);
    m_ui->revealButton->setToolTip(tr("Show the whole token"));
    m_ui->copyButton->setToolTip(tr("Copy the token to the clipboard"));
    m_refreshButton = m_ui->refreshListButton;
    m_retryButton = m_ui->retryButton;
    // No default button: the Return that opened the dialog from the table must not also
    // press one here. Esc and Close close it.
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setAutoDefault(false);

    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->revealButton, &QToolButton::toggled, this, &TokenDetailsDialog::showToken);
    connect(m_ui->copyButton, &QToolButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_token);
        m_ui->messageLabel->setText(tr("The token is on the clipboard."));
        m_ui->messageLabel->show();
    });
    connect(m_refreshButton, &QPushButton::clicked, this, [this] {
        emit refreshRequested();
        accept();
    });
    m_ui->messageLabel->hide();
    connect(m_retryButton, &QPushButton::clicked, this, &TokenDetailsDialog::load);
    load();
}

TokenDetailsDialog::~TokenDetailsDialog()
{
    if (m_call)
        m_call->abandon();
}

void TokenDetailsDialog::load()
{
    m_retryButton->hide();
    m_ui->messageLabel->hide();
    m_ui->tokenValue->setText(tr("Loading..."));
    GetTokenCall *call = m_api->getToken(m_key);
    m_call = call;
    connect(call, &ApiCall::finished, this, [this, call] {
        m_call = nullptr;
        if (call->error()) {
            const ApiError &error = call->error();
            m_ui->tokenValue->setText(tr("Not available"));
            if (error.kind() == ApiError::Kind::NotFound) {
                m_ui->messageLabel->setText(
                    tr("This token no longer exists: it was revoked or has expired."));
                m_refreshButton->show();
            } else {
                m_ui->messageLabel->setText(error.message());
                m_retryButton->setVisible(error.kind() != ApiError::Kind::InvalidRequest);
            }
            m_ui->messageLabel->show();
            return;
        }
        m_token = call->value().token;
        m_ui->revealButton->setEnabled(true);
        m_ui->copyButton->setEnabled(true);
        showToken();
    });
}

void TokenDetailsDialog::showToken()
{
    if (m_token.isEmpty())
        return;
    const bool reveal = m_ui->revealButton->isChecked();
    m_ui->tokenValue->setText(reveal ? m_token : TokenDetails::masked(m_token));
    m_ui->tokenValue->setTextInteractionFlags(
        reveal ? Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard : Qt::NoTextInteraction);
    m_ui->revealButton->setText(reveal ? tr("&Hide") : tr("&Reveal"));
}
