#include "RevokeConfirmDialog.h"
#include "ui_RevokeConfirmDialog.h"

#include "EnvironmentStrip.h"
#include "OwnTokenFinder.h"
#include "ReadingListDelegate.h"
#include "TokenExporter.h"
#include "TokenMatchCounter.h"
#include "TokensApi.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QPushButton>
#include <QSet>
#include <QStyle>

namespace {
constexpr int MaxListedPairs = 5000; // the list is for reading, not for 1,000,000 rows
}

RevokeConfirmDialog::RevokeConfirmDialog(TokensApi *api, Mode mode,
                                         const QList<TokenKey> &selection, const QString &name,
                                         const std::optional<TokenKey> &ownSession, QWidget *parent,
                                         const ListQuery &matching)
    : QDialog(parent),
      m_ui(std::make_unique<Ui::RevokeConfirmDialog>()),
      m_mode(mode),
      m_name(name),
      m_ownSession(ownSession),
      m_api(api)
{
    m_ui->setupUi(this);
    m_strip = new EnvironmentStrip(this);
    m_ui->mainLayout->insertWidget(0, m_strip);
    // The production guard's field, above the count or name (hidden elsewhere).
    m_serverConfirmLabel = new QLabel(this);
    m_serverConfirmLabel->setObjectName(QStringLiteral("serverConfirmLabel"));
    m_serverConfirmLabel->setWordWrap(true);
    m_serverConfirmLabel->setTextFormat(Qt::PlainText);
    m_serverConfirmEdit = new QLineEdit(this);
    m_serverConfirmEdit->setObjectName(QStringLiteral("serverConfirmEdit"));
    m_serverConfirmEdit->setAccessibleName(tr("Server name to confirm"));
    m_serverConfirmLabel->setBuddy(m_serverConfirmEdit);
    const int confirmAt = m_ui->mainLayout->indexOf(m_ui->confirmLabel);
    m_ui->mainLayout->insertWidget(confirmAt, m_serverConfirmEdit);
    m_ui->mainLayout->insertWidget(confirmAt, m_serverConfirmLabel);
    m_serverConfirmLabel->hide();
    m_serverConfirmEdit->hide();
    connect(m_serverConfirmEdit, &QLineEdit::textChanged, this,
            &RevokeConfirmDialog::updateRevokeButton);
    m_revokeButton = m_ui->buttonBox->addButton(tr("&Revoke"), QDialogButtonBox::DestructiveRole);
    m_revokeButton->setObjectName(QStringLiteral("revokeButton"));
    m_revokeButton->setEnabled(false);
    m_revokeButton->setAutoDefault(false);
    m_revokeButton->setIcon(QIcon::fromTheme(QStringLiteral("edit-delete"),
                                             style()->standardIcon(QStyle::SP_TrashIcon)));
    // Enter: where nothing has to be typed, it lands on Cancel (an irreversible action is not
    // the default of a plain question); where the count or name must be typed, it presses
    // Revoke once the text matches, and until then does nothing but say what to type.
    // A focused button is what Enter presses (Cancel is auto-default, so Enter on a focused
    // Cancel cancels); the rest is keyPressEvent().
    QPushButton *cancel = m_ui->buttonBox->button(QDialogButtonBox::Cancel);
    cancel->setAutoDefault(true);
    QFont headline = m_ui->headlineLabel->font();
    headline.setBold(true);
    headline.setPointSizeF(headline.pointSizeF() * 1.15);
    m_ui->headlineLabel->setFont(headline);
    m_ui->ownTokenWarning->setStyleSheet(QStringLiteral("color: #b02a37; font-weight: bold;"));
    m_ui->noticeLabel->setStyleSheet(QStringLiteral("color: #8a4b00;"));
    // The same row height as the main table; the two columns share the width.
    m_ui->pairList->setItemDelegate(
        new ReadingListDelegate(fontMetrics().height() + 8, m_ui->pairList));
    m_ui->pairList->header()->setSectionResizeMode(QHeaderView::Stretch);
    m_ui->pairList->setAccessibleName(tr("Tokens to revoke"));

    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_revokeButton, &QPushButton::clicked, this, [this] {
        if (!m_revokeButton->isEnabled())
            return;
        if (m_mode != Mode::AllOfUser && m_mode != Mode::AllOfClient)
            accept(); // per-token DELETEs: a pair gone meanwhile is "already gone", no wider
        else
            recountThenAccept();
    });
    connect(m_ui->confirmEdit, &QLineEdit::textChanged, this,
            &RevokeConfirmDialog::updateRevokeButton);

    if (mode == Mode::AllMatching) {
        // Every match of the filters, read in full first (pages in parallel); each is then
        // revoked by its own exact DELETE, never by a wide one. Always confirmed by typing the
        // number.
        m_ui->headlineLabel->setText(tr("Revoke every token that matches the filters?"));
        m_ui->summaryLabel->setText(tr("Filters: %1").arg(name));
        m_ui->countingLabel->setText(tr("Reading every matching token..."));
        m_lister = new TokenExporter(api, this);
        connect(m_lister, &TokenExporter::progress, this, [this](qint64 read, qint64 total) {
            m_ui->countingLabel->setText(
                tr("Reading every matching token: %L1 of %L2...").arg(read).arg(total));
        });
        connect(m_lister, &TokenExporter::finished, this, [this] {
            m_ui->countingLabel->hide();
            m_ui->countingProgress->hide();
            if (!m_lister->succeeded()) {
                m_ui->confirmLabel->hide();
                m_ui->confirmEdit->hide();
                m_ui->countingLabel->setText(
                    tr("Could not read the matching tokens, so nothing can be revoked: %1")
                        .arg(m_lister->error().message()));
                m_ui->countingLabel->show();
                return;
            }
            // Rows the server listed that do not match the filters are never offered.
            m_changedNotice = m_lister->unmatchedNote();
            useKeys(m_lister->collected());
            m_required = QString::number(m_keys.size());
            // Whatever was typed before the list was there does not confirm it.
            m_ui->confirmEdit->clear();
            // The filters stay in sight: they are what "all" means here.
            m_ui->headlineLabel->setText(
                tr("Revoke all %Ln token(s) where %1?", nullptr, int(m_keys.size())).arg(m_name));
            m_ui->confirmLabel->setText(
                tr("To confirm, type the number of tokens (%1):").arg(m_required));
            m_ui->confirmLabel->setVisible(!m_keys.isEmpty());
            m_ui->confirmEdit->setVisible(!m_keys.isEmpty());
            m_ui->confirmEdit->setFocus();
            m_ready = !m_keys.isEmpty();
            showKeys();
            if (m_keys.isEmpty())
                m_ui->summaryLabel->setText(tr("No token matches the filters."));
        });
        m_required = QStringLiteral("?"); // nothing matches until the list is read
        m_lister->collect(matching);
    } else if (mode == Mode::Selection || mode == Mode::FromList) {
        useKeys(selection);
        m_ui->headlineLabel->setText(
            mode != Mode::FromList ? tr("Revoke %Ln token(s)?", nullptr, int(m_keys.size()))
                : name.isEmpty()
                ? tr("Revoke %Ln token(s) found for the pasted list?", nullptr, int(m_keys.size()))
                : tr("Revoke %Ln token(s) found for the list \u201C%1\u201D?", nullptr,
                     int(m_keys.size()))
                      .arg(name));
        m_ui->countingLabel->hide();
        m_ui->countingProgress->hide();
        // A list is confirmed by its count whatever its size, as a large revoke is.
        if (m_keys.size() > TypeToConfirmAbove || (mode == Mode::FromList && !m_keys.isEmpty()))
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
            if (m_counter->notMatchingFilter() > 0 && !m_recounting)
                m_changedNotice = m_counter->notMatchingNote();
            if (m_recounting) {
                m_recounting = false;
                const bool nameTyped
                    = m_serverRequired.isEmpty() || m_serverConfirmEdit->text() == m_serverRequired;
                if (matches.size() == m_keys.size() && nameTyped) {
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
            if (m_countRequired)
                requireCount();
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

    if (m_mode == Mode::AllMatching) {
        m_ui->confirmLabel->setText(
            tr("The number to type appears once every matching token has been read."));
        m_ui->confirmEdit->setFocus();
    } else if (!m_required.isEmpty()) {
        m_ui->confirmLabel->setText(
            m_mode == Mode::Selection || m_mode == Mode::FromList
                ? tr("To confirm, type the number of tokens (%1):").arg(m_required)
                : tr("To confirm, type \u201C%1\u201D:").arg(m_required));
        m_ui->confirmEdit->setFocus();
    } else {
        m_ui->confirmLabel->hide();
        m_ui->confirmEdit->hide();
        cancel->setDefault(true);
    }
    updateRevokeButton();
}

RevokeConfirmDialog::~RevokeConfirmDialog() = default;

void RevokeConfirmDialog::useKeys(const QList<TokenKey> &keys)
{
    // One request per distinct pair, in the order shown.
    m_keys.clear();
    QSet<TokenKey> seen;
    for (const TokenKey &key : keys) {
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
}

void RevokeConfirmDialog::showKeys()
{
    QSet<QString> users, clients;
    for (const TokenKey &key : std::as_const(m_keys)) {
        users.insert(key.username);
        clients.insert(key.clientId);
    }
    if (m_keys.isEmpty() && m_mode != Mode::Selection && m_mode != Mode::FromList) {
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
        case Mode::AllMatching:
        case Mode::FromList:
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
    checkForOwnToken();
}

void RevokeConfirmDialog::checkForOwnToken()
{
    // Known identity: decided above by name. Unknown: read the pairs' details (their token
    // values) before Revoke is offered.
    if (m_ownSession || !m_api || !m_api->hasAccessToken() || m_keys.isEmpty() || !m_ready)
        return;
    if (m_keys.size() > OwnTokenCheckUpTo) {
        // A GET per pair would keep the admin waiting: say so instead.
        m_ownUnchecked = int(m_keys.size());
        m_ownCheckError = tr("too many to read one by one");
        updateNotice();
        return;
    }
    if (!m_ownFinder) {
        m_ownFinder = new OwnTokenFinder(m_api, this);
        m_ownFinder->setRequestsAtOnce(m_requestsAtOnce);
        connect(m_ownFinder, &OwnTokenFinder::progress, this, [this](int checked, int total) {
            m_ui->countingProgress->setRange(0, total);
            m_ui->countingProgress->setValue(checked);
            m_ui->countingLabel->setText(
                tr("Checking whether the console's own token is among these: %L1 of %L2...")
                    .arg(checked)
                    .arg(total));
        });
        connect(m_ownFinder, &OwnTokenFinder::finished, this, [this] {
            m_checkingOwn = false;
            m_ui->countingLabel->hide();
            m_ui->countingProgress->hide();
            m_ui->countingProgress->setRange(0, 0);
            m_foundOwn = m_ownFinder->found();
            m_includesOwn = m_foundOwn.has_value();
            m_ownUnchecked = m_foundOwn ? 0 : m_ownFinder->failedCount();
            m_ownCheckError = m_ownFinder->lastError();
            m_ui->ownTokenWarning->setVisible(m_includesOwn);
            updateNotice();
            updateRevokeButton();
        });
    }
    m_checkingOwn = true;
    m_foundOwn.reset();
    m_ownUnchecked = 0;
    m_ui->countingLabel->setText(tr("Checking whether the console's own token is among these..."));
    m_ui->countingLabel->show();
    m_ui->countingProgress->show();
    updateRevokeButton();
    m_ownFinder->start(m_keys);
}

void RevokeConfirmDialog::keyPressEvent(QKeyEvent *event)
{
    // Enter where the count or name must be typed (in the field, or anywhere that is not a
    // button): Revoke once the text matches, else only a word on what to type.
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && (!m_required.isEmpty() || !m_serverRequired.isEmpty())
        && (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
        event->accept();
        if (m_revokeButton->isEnabled())
            m_revokeButton->click();
        else
            explainWhyNotYet();
        return;
    }
    QDialog::keyPressEvent(event);
}

void RevokeConfirmDialog::done(int result)
{
    // Closed (Cancel, Escape, a sign-out, a sign-in elsewhere): nothing more is read for it.
    if (m_ownFinder)
        m_ownFinder->cancel();
    if (m_counter)
        m_counter->cancel();
    if (m_lister)
        m_lister->cancel();
    m_checkingOwn = false;
    QDialog::done(result);
}

void RevokeConfirmDialog::explainWhyNotYet()
{
    QString why;
    if (!m_serverRequired.isEmpty() && m_serverConfirmEdit->text() != m_serverRequired)
        why = tr("This is a production server: type its name, “%1”, exactly as shown, "
                 "to confirm.")
                  .arg(m_serverRequired);
    else if (m_lister && m_lister->isRunning())
        why = tr("Wait until every matching token has been read.");
    else if (m_lister && !m_lister->succeeded())
        why = tr("The matching tokens could not be read: nothing can be revoked.");
    else if (m_ui->confirmEdit->text() != m_required)
        why = (m_mode != Mode::AllOfUser && m_mode != Mode::AllOfClient) || m_countRequired
            ? tr("Type %1, the number of tokens, to confirm.").arg(m_required)
            : tr("Type \u201C%1\u201D exactly as shown, with the same case, to confirm.")
                  .arg(m_required);
    else if (m_recounting || m_checkingOwn || (!m_ready && m_counter)
             || (m_lister && m_lister->isRunning()))
        why = tr("Wait until the check above has finished.");
    else
        why = tr("There is nothing to revoke.");
    m_ui->confirmHint->setText(why);
    m_ui->confirmHint->show();
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
                      : m_mode == Mode::AllMatching || m_mode == Mode::FromList
                      ? tr("%Ln matching token(s) cannot be revoked from here and are left out: "
                           "%1",
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
    if (m_ownUnchecked > 0)
        lines << tr("%Ln token(s) could not be checked for the console's own token (%1). If "
                    "it is among them, revoking it signs you out.",
                    nullptr, m_ownUnchecked)
                     .arg(m_ownCheckError);
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
    const bool typed = (m_required.isEmpty() || m_ui->confirmEdit->text() == m_required)
        && (m_serverRequired.isEmpty() || m_serverConfirmEdit->text() == m_serverRequired);
    const bool enabled = m_ready && typed && !m_recounting && !m_checkingOwn;
    m_revokeButton->setEnabled(enabled);
    if (!m_required.isEmpty() || !m_serverRequired.isEmpty())
        m_revokeButton->setDefault(enabled); // Enter presses Revoke only once it may
    if (typed || (m_ui->confirmEdit->text().isEmpty() && m_serverConfirmEdit->text().isEmpty()))
        m_ui->confirmHint->hide();
}

QList<DeleteTarget> RevokeConfirmDialog::targets() const
{
    QList<DeleteTarget> targets;
    switch (m_mode) {
    case Mode::Selection:
    case Mode::AllMatching:
    case Mode::FromList:
        targets.reserve(m_keys.size());
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

void RevokeConfirmDialog::requireCount()
{
    m_required = QString::number(m_keys.size());
    m_ui->confirmLabel->setText(tr("To confirm, type the number of tokens (%1):").arg(m_required));
}

void RevokeConfirmDialog::setServer(const ServerProfile &server)
{
    m_strip->setServer(server);
    if (!server.needsNameTyped() || !m_serverRequired.isEmpty())
        return; // once asked for, the name stays asked for
    // The environment in words beside its colour, and its name typed whatever the size.
    m_serverRequired = server.name;
    m_serverConfirmLabel->setText(
        server.isSaved()
            ? tr("This revokes on %1, a production server. To confirm, type its name (%2):")
                  .arg(server.baseUrl.toDisplayString(), server.name)
            : tr("This revokes on %1, a server that is not saved and so is treated as "
                 "production. To confirm, type its host name (%2):")
                  .arg(server.baseUrl.toDisplayString(), server.name));
    m_serverConfirmLabel->show();
    m_serverConfirmEdit->show();
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setDefault(false);
    if (m_mode == Mode::AllOfUser || m_mode == Mode::AllOfClient) {
        // The server's name and the count (the user's or client's name is in the headline).
        m_countRequired = true;
        if (m_ready || !m_keys.isEmpty()) {
            requireCount();
        } else {
            m_required = QStringLiteral("?"); // nothing matches until the tokens are counted
            m_ui->confirmLabel->setText(
                tr("The number to type appears once the tokens have been counted."));
        }
        m_ui->confirmEdit->clear();
    }
    m_serverConfirmEdit->setFocus();
    updateRevokeButton();
}

void RevokeConfirmDialog::setRequestsAtOnce(int cap)
{
    m_requestsAtOnce = cap; // for the own-token check, made later
    if (m_ownFinder)
        m_ownFinder->setRequestsAtOnce(cap);
    if (m_counter)
        m_counter->setParallel(cap);
    if (m_lister)
        m_lister->setParallel(cap);
}
