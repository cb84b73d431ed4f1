#include "RevokeConfirmDialog.h"
#include "ui_RevokeConfirmDialog.h"

#include "TokenMatchCounter.h"

#include <QPushButton>
#include <QSet>
#include <QStyle>

namespace {
constexpr int MaxListedPairs = 5000; // the list is for reading, not for 1,000,000 rows
}

RevokeConfirmDialog::RevokeConfirmDialog(TokensApi *api, Mode mode,
                                         const QList<TokenKey> &selection, const QString &name,
                                         const std::optional<TokenKey> &ownSession, QWidget *parent)
    : QDialog(parent),
      m_ui(std::make_unique<Ui::RevokeConfirmDialog>()),
      m_mode(mode),
      m_name(name),
      m_ownSession(ownSession)
{
    m_ui->setupUi(this);
    m_revokeButton = m_ui->buttonBox->addButton(tr("&Revoke"), QDialogButtonBox::DestructiveRole);
    m_revokeButton->setObjectName(QStringLiteral("revokeButton"));
    m_revokeButton->setEnabled(false);
    m_revokeButton->setAutoDefault(false);
    m_revokeButton->setIcon(QIcon::fromTheme(QStringLiteral("edit-delete"),
                                             style()->standardIcon(QStyle::SP_TrashIcon)));
    // Cancel is where Enter lands: an irreversible action is never the default.
    QPushButton *cancel = m_ui->buttonBox->button(QDialogButtonBox::Cancel);
    cancel->setDefault(true);
    QFont headline = m_ui->headlineLabel->font();
    headline.setBold(true);
    headline.setPointSizeF(headline.pointSizeF() * 1.15);
    m_ui->headlineLabel->setFont(headline);
    m_ui->ownTokenWarning->setStyleSheet(QStringLiteral("color: #b02a37; font-weight: bold;"));
    m_ui->noticeLabel->setStyleSheet(QStringLiteral("color: #8a4b00;"));
    m_ui->pairList->header()->setStretchLastSection(true);
    m_ui->pairList->setColumnWidth(0, 260);

    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_revokeButton, &QPushButton::clicked, this, [this] {
        if (!m_revokeButton->isEnabled())
            return;
        if (m_mode == Mode::Selection)
            accept();
        else
            recountThenAccept();
    });
    connect(m_ui->confirmEdit, &QLineEdit::textChanged, this,
            &RevokeConfirmDialog::updateRevokeButton);

    if (mode == Mode::Selection) {
        // One request per distinct pair, in the order shown.
        QSet<TokenKey> seen;
        for (const TokenKey &key : selection) {
            if (seen.contains(key))
                continue;
            seen.insert(key);
            const QString why = DeleteTarget::token(key).whyInvalid();
            if (why.isEmpty()) {
                m_keys.append(key);
            } else {
                // Never sent: a server that trims a blank name would widen the DELETE.
                ++m_unrevocable;
                m_unrevocableWhy = why;
            }
        }
        m_ui->headlineLabel->setText(tr("Revoke %Ln token(s)?", nullptr, int(m_keys.size())));
        m_ui->countingLabel->hide();
        m_ui->countingProgress->hide();
        if (m_keys.size() > TypeToConfirmAbove)
            m_required = QString::number(m_keys.size());
        m_ready = !m_keys.isEmpty();
        showKeys();
    } else {
        const bool user = mode == Mode::AllOfUser;
        m_ui->headlineLabel->setText(
            user ? tr("Revoke all tokens of user \u201C%1\u201D?").arg(name)
                 : tr("Revoke all tokens of client \u201C%1\u201D?").arg(name));
        m_ui->summaryLabel->setText(tr("Counting the tokens this affects..."));
        m_ui->countingLabel->setText(tr("Reading the server's list..."));
        m_required = name;
        m_counter = new TokenMatchCounter(api, user ? TokenField::Username : TokenField::ClientId,
                                          name, this);
        connect(m_counter, &TokenMatchCounter::progress, this, [this](qint64 read, qint64 total) {
            m_ui->countingLabel->setText(tr("Reading page %L1 of %L2...").arg(read).arg(total));
        });
        const QString why = user ? DeleteTarget::allOfUser(name).whyInvalid()
                                 : DeleteTarget::allOfClient(name).whyInvalid();
        if (!why.isEmpty()) {
            m_unrevocable = 1;
            m_unrevocableWhy = why;
        }
        connect(m_counter, &TokenMatchCounter::finished, this, [this] {
            m_ui->countingLabel->hide();
            m_ui->countingProgress->hide();
            const QList<TokenKey> matches = m_counter->matches();
            m_caseOnly = m_counter->caseOnlyMatches();
            if (m_recounting) {
                m_recounting = false;
                if (matches.size() == m_keys.size()) {
                    accept();
                    return;
                }
                m_changedNotice
                    = tr("The number of tokens changed from %L1 to %L2 since you confirmed. "
                         "Check the list and confirm again.")
                          .arg(m_keys.size())
                          .arg(matches.size());
                m_ui->confirmEdit->clear();
                m_ui->confirmEdit->setFocus();
            }
            m_keys = matches;
            m_ready = !m_keys.isEmpty() && m_unrevocable == 0;
            showKeys();
        });
        connect(m_counter, &TokenMatchCounter::failed, this, [this](const ApiError &error) {
            m_ui->countingProgress->hide();
            if (m_recounting) {
                // Confirmed, but not checked again: nothing is sent; Revoke may try again.
                m_recounting = false;
                m_ui->countingLabel->setText(
                    tr("Could not count the tokens again before sending, so nothing was sent: %1")
                        .arg(error.message()));
                updateRevokeButton();
                return;
            }
            m_ui->countingLabel->setText(
                tr("Could not count the tokens, so nothing can be revoked: %1")
                    .arg(error.message()));
            m_ui->summaryLabel->clear();
        });
        m_counter->start();
    }

    if (!m_required.isEmpty()) {
        m_ui->confirmLabel->setText(
            m_mode == Mode::Selection
                ? tr("To confirm, type the number of tokens (%1):").arg(m_required)
                : tr("To confirm, type \u201C%1\u201D:").arg(m_required));
        m_ui->confirmEdit->setPlaceholderText(m_required);
        m_ui->confirmEdit->setFocus();
    } else {
        m_ui->confirmLabel->hide();
        m_ui->confirmEdit->hide();
    }
    updateRevokeButton();
}

RevokeConfirmDialog::~RevokeConfirmDialog() = default;

void RevokeConfirmDialog::showKeys()
{
    QSet<QString> users, clients;
    for (const TokenKey &key : std::as_const(m_keys)) {
        users.insert(key.username);
        clients.insert(key.clientId);
    }
    if (m_keys.isEmpty() && m_mode != Mode::Selection) {
        m_ui->summaryLabel->setText(
            m_mode == Mode::AllOfUser
                ? tr("The server has no tokens of user \u201C%1\u201D.").arg(m_name)
                : tr("The server has no tokens of client \u201C%1\u201D.").arg(m_name));
    } else {
        m_ui->summaryLabel->setText(tr("%1 of %2 and %3. This cannot be undone.")
                                        .arg(tr("%Ln token(s)", nullptr, int(m_keys.size())),
                                             tr("%Ln user(s)", nullptr, int(users.size())),
                                             tr("%Ln client(s)", nullptr, int(clients.size()))));
    }
    m_ui->pairList->clear();
    QList<QTreeWidgetItem *> items;
    for (qsizetype i = 0; i < m_keys.size() && i < MaxListedPairs; ++i)
        items.append(new QTreeWidgetItem(QStringList {m_keys[i].username, m_keys[i].clientId}));
    m_ui->pairList->addTopLevelItems(items);

    if (m_ownSession) {
        switch (m_mode) {
        case Mode::Selection:
            m_includesOwn = m_keys.contains(*m_ownSession);
            break;
        case Mode::AllOfUser:
            m_includesOwn = m_ownSession->username == m_name;
            break;
        case Mode::AllOfClient:
            m_includesOwn = m_ownSession->clientId == m_name;
            break;
        }
    }
    m_ui->ownTokenWarning->setVisible(m_includesOwn);
    updateNotice();
    updateRevokeButton();
}

void RevokeConfirmDialog::updateNotice()
{
    QStringList lines;
    if (!m_changedNotice.isEmpty())
        lines << m_changedNotice;
    if (m_unrevocable > 0)
        lines << (m_mode == Mode::Selection
                      ? tr("%Ln selected row(s) cannot be revoked from here and are left out: %1",
                           nullptr, m_unrevocable)
                            .arg(m_unrevocableWhy)
                      : tr("This cannot be revoked from here: %1").arg(m_unrevocableWhy));
    if (!m_caseOnly.isEmpty()) {
        QStringList names;
        for (const TokenKey &key : std::as_const(m_caseOnly)) {
            const QString &name = m_mode == Mode::AllOfUser ? key.username : key.clientId;
            if (!names.contains(name))
                names << name;
        }
        lines << tr("Not included, but some servers would delete them too because they ignore "
                    "case: %Ln token(s) of %1.",
                    nullptr, int(m_caseOnly.size()))
                     .arg(names.mid(0, 5).join(QLatin1String(", ")));
    }
    m_ui->noticeLabel->setText(lines.join(QLatin1Char('\n')));
    m_ui->noticeLabel->setVisible(!lines.isEmpty());
}

void RevokeConfirmDialog::recountThenAccept()
{
    if (m_recounting || !m_counter)
        return;
    m_recounting = true;
    m_changedNotice.clear();
    updateNotice();
    m_ui->countingLabel->setText(tr("Counting again before sending..."));
    m_ui->countingLabel->show();
    m_ui->countingProgress->show();
    updateRevokeButton();
    m_counter->start();
}

void RevokeConfirmDialog::updateRevokeButton()
{
    const bool typed = m_required.isEmpty() || m_ui->confirmEdit->text() == m_required;
    m_revokeButton->setEnabled(m_ready && typed && !m_recounting);
}

QList<DeleteTarget> RevokeConfirmDialog::targets() const
{
    QList<DeleteTarget> targets;
    switch (m_mode) {
    case Mode::Selection:
        for (const TokenKey &key : m_keys)
            targets.append(DeleteTarget::token(key));
        break;
    case Mode::AllOfUser:
        targets.append(DeleteTarget::allOfUser(m_name));
        break;
    case Mode::AllOfClient:
        targets.append(DeleteTarget::allOfClient(m_name));
        break;
    }
    return targets;
}
