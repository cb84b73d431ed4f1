#include "RevokeProgressDialog.h"
#include "ui_RevokeProgressDialog.h"

#include "BulkRevoker.h"
#include "EnvironmentStrip.h"

#include <QCloseEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QStyle>

RevokeProgressDialog::RevokeProgressDialog(QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::RevokeProgressDialog>())
{
    m_ui->setupUi(this);
    m_strip = new EnvironmentStrip(this);
    m_ui->mainLayout->insertWidget(0, m_strip);
    m_ui->failureList->setAccessibleName(tr("Tokens not revoked, and why"));
    m_ui->failureList->header()->setStretchLastSection(true);
    m_ui->failureList->setColumnWidth(0, 180);
    m_ui->failureList->setColumnWidth(1, 140);
    // The outcome column fits its longest word in the language shown.
    int outcomeWidth = m_ui->failureList->header()->fontMetrics().horizontalAdvance(
        m_ui->failureList->headerItem()->text(2));
    for (int kind = int(RevokeOutcome::Kind::Revoked); kind <= int(RevokeOutcome::Kind::NotSent);
         ++kind)
        outcomeWidth = qMax(outcomeWidth, fontMetrics().horizontalAdvance(outcomeText(kind)));
    m_ui->failureList->setColumnWidth(2, outcomeWidth + 24);
    QFont bold = m_ui->statusLabel->font();
    bold.setBold(true);
    m_ui->statusLabel->setFont(bold);
    m_refresh.setInterval(100);
    connect(&m_refresh, &QTimer::timeout, this, &RevokeProgressDialog::updateProgress);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, [this] {
        m_ui->cancelButton->setEnabled(false);
        m_ui->signInButton->hide();
        m_ui->statusLabel->setText(tr("Cancelling: waiting for the requests already sent..."));
        if (m_revoker)
            m_revoker->cancel();
    });
    connect(m_ui->signInButton, &QPushButton::clicked, this,
            &RevokeProgressDialog::signInRequested);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_ui->retryFailedButton, &QPushButton::clicked, this, [this] {
        if (!m_revoker)
            return;
        emit retryFailedRequested();
    });
}

RevokeProgressDialog::~RevokeProgressDialog() = default;

void RevokeProgressDialog::setRetryAllowed(bool allowed, const QString &reason)
{
    m_retryAllowed = allowed;
    m_retryBlockedReason = reason;
    m_ui->retryFailedButton->setEnabled(allowed);
    m_ui->retryFailedButton->setToolTip(reason);
    updateNotice();
}

void RevokeProgressDialog::updateNotice()
{
    QStringList lines;
    if (m_revoker && m_revoker->journalFailures() > 0)
        lines << tr("The audit journal could not record %Ln outcome(s) (the revocations happened "
                    "as shown here): %1",
                    nullptr, m_revoker->journalFailures())
                     .arg(m_revoker->journalError());
    if (m_revoker && m_revoker->isPaused())
        lines << tr("Paused: the session ended. Sign in again to the same server to continue, or "
                    "stop: nothing more is sent.");
    if (!m_retryAllowed && m_revoker && !m_revoker->isRunning()
        && m_ui->retryFailedButton->isVisible())
        lines << m_retryBlockedReason;
    m_ui->noticeLabel->setText(lines.join(QLatin1Char('\n')));
    m_ui->noticeLabel->setVisible(!lines.isEmpty());
}

void RevokeProgressDialog::onPausedChanged(bool paused)
{
    m_ui->signInButton->setVisible(paused);
    m_ui->cancelButton->setText(paused ? tr("&Stop") : tr("&Cancel"));
    if (paused)
        m_ui->statusLabel->setText(tr("Paused: %L1 of %L2 done")
                                       .arg(m_revoker ? m_revoker->doneCount() : 0)
                                       .arg(m_revoker ? m_revoker->total() : 0));
    updateNotice();
}

QString RevokeProgressDialog::outcomeText(int kind)
{
    switch (RevokeOutcome::Kind(kind)) {
    case RevokeOutcome::Kind::Pending:
        return tr("pending");
    case RevokeOutcome::Kind::Revoked:
        return tr("revoked");
    case RevokeOutcome::Kind::AlreadyGone:
        return tr("already gone");
    case RevokeOutcome::Kind::Failed:
        return tr("failed");
    case RevokeOutcome::Kind::Unknown:
        return tr("unknown");
    case RevokeOutcome::Kind::NotSent:
        return tr("not sent");
    }
    return {};
}

void RevokeProgressDialog::follow(RevocationRun *run)
{
    m_run = run;
    BulkRevoker *revoker = run->revoker();
    m_revoker = revoker;
    m_ui->statusIcon->hide();
    m_ui->failureHeading->hide();
    m_ui->signInButton->hide();
    m_ui->cancelButton->setText(tr("&Cancel"));
    m_ui->noticeLabel->hide();
    m_ui->failureList->clear();
    m_ui->failureList->hide();
    m_ui->retryFailedButton->hide();
    m_ui->cancelButton->setEnabled(true);
    m_ui->cancelButton->show();
    m_ui->closeButton->setEnabled(false);
    m_ui->summaryLabel->clear();
    m_ui->progressBar->setRange(0, qMax(1, revoker->total()));
    connect(revoker, &BulkRevoker::finished, this, &RevokeProgressDialog::showResult);
    connect(revoker, &BulkRevoker::pausedChanged, this, &RevokeProgressDialog::onPausedChanged);
    connect(revoker, &BulkRevoker::journalWriteFailed, this, &RevokeProgressDialog::updateNotice);
    m_refresh.start();
    updateProgress();
}

void RevokeProgressDialog::updateProgress()
{
    if (!m_revoker)
        return;
    const int done = m_revoker->doneCount();
    const int total = m_revoker->total();
    m_ui->progressBar->setValue(done);
    if (!m_revoker->isCancelled() && !m_revoker->isPaused())
        m_ui->statusLabel->setText(tr("Revoking: %L1 of %L2").arg(done).arg(total));
    const double seconds = m_revoker->elapsedMs() / 1000.0;
    if (m_revoker->isPaused()) {
        m_ui->rateLabel->clear(); // nothing is sent while paused: no rate, no time left
    } else if (done > 0 && seconds > 0.2) {
        const double rate = done / seconds;
        const int left = int((total - done) / rate + 0.5);
        m_ui->rateLabel->setText(
            tr("%1 per second, about %Ln second(s) left", nullptr, left)
                .arg(QLocale().toString(rate, 'f', rate < 10 ? 1 : 0))
            + (m_revoker->isRunning() ? QStringLiteral(" · ") + m_revoker->concurrency()->describe()
                                      : QString()));
    } else if (m_revoker->isRunning()) {
        m_ui->rateLabel->setText(m_revoker->concurrency()->describe());
    }
}

void RevokeProgressDialog::showResult()
{
    m_refresh.stop();
    updateProgress();
    if (!m_revoker)
        return;
    // The heading says what happened to the whole run, with a warning when anything did not go.
    const int done = m_run->count(RevokeOutcome::Kind::Revoked);
    const int gone = m_run->count(RevokeOutcome::Kind::AlreadyGone);
    const int failed = m_run->count(RevokeOutcome::Kind::Failed);
    const int unknown = m_run->count(RevokeOutcome::Kind::Unknown);
    const int notSent = m_run->count(RevokeOutcome::Kind::NotSent);
    QStringList parts {tr("%L1 revoked").arg(done)};
    if (gone > 0)
        parts << tr("%L1 already gone").arg(gone);
    if (failed > 0)
        parts << tr("%L1 failed").arg(failed);
    if (unknown > 0)
        parts << tr("%L1 unknown").arg(unknown);
    if (notSent > 0)
        parts << tr("%L1 not sent").arg(notSent);
    const QString counts = parts.join(QLatin1String(", "));
    switch (m_revoker->stopReason()) {
    case BulkRevoker::Stop::None:
        m_ui->statusLabel->setText(tr("Done: %1").arg(counts));
        break;
    case BulkRevoker::Stop::Cancelled:
        m_ui->statusLabel->setText(tr("Cancelled: %1").arg(counts));
        break;
    case BulkRevoker::Stop::SignedOut:
    case BulkRevoker::Stop::SessionRefused: // not used by the console: it signs in again
        m_ui->statusLabel->setText(tr("Stopped by signing out: %1").arg(counts));
        break;
    case BulkRevoker::Stop::SignedInElsewhere:
        m_ui->statusLabel->setText(
            tr("Stopped by signing in to another server or as someone else: %1").arg(counts));
        break;
    }
    const bool allWent = failed == 0 && unknown == 0 && notSent == 0;
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_ui->statusIcon->setPixmap(
        style()
            ->standardIcon(allWent ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxWarning)
            .pixmap(iconSize, iconSize));
    m_ui->statusIcon->show();
    m_ui->rateLabel->setText(tr("%Ln request(s) in %1 s", nullptr,
                                m_revoker->total() - m_revoker->count(RevokeOutcome::Kind::NotSent))
                                 .arg(QLocale().toString(m_revoker->elapsedMs() / 1000.0, 'f', 1)));
    const QString verification = verificationText();
    m_ui->summaryLabel->setText(
        verification.isEmpty() ? summaryText() : summaryText() + QLatin1Char('\n') + verification);

    // Failures first, then the unknown ones; the heading names what the list holds.
    QList<QTreeWidgetItem *> failures;
    QList<QTreeWidgetItem *> unknowns;
    for (const BulkRevoker::Item &item : m_revoker->items()) {
        if (item.outcome.kind != RevokeOutcome::Kind::Failed
            && item.outcome.kind != RevokeOutcome::Kind::Unknown)
            continue;
        auto *row = new QTreeWidgetItem(QStringList {
            item.target.key().username.isEmpty() ? tr("(any)") : item.target.key().username,
            item.target.key().clientId.isEmpty() ? tr("(any)") : item.target.key().clientId,
            outcomeText(int(item.outcome.kind)), item.outcome.reason()});
        for (int column = 0; column < row->columnCount(); ++column)
            row->setToolTip(column, row->text(column));
        (item.outcome.kind == RevokeOutcome::Kind::Failed ? failures : unknowns).append(row);
    }
    const int listedFailed = int(failures.size());
    const int listedUnknown = int(unknowns.size());
    if (listedFailed > 0 && listedUnknown > 0)
        m_ui->failureHeading->setText(
            tr("Not revoked (%L1) or with an unknown outcome (%L2): a request whose answer was "
               "lost may or may not have revoked its token.")
                .arg(listedFailed)
                .arg(listedUnknown));
    else if (listedUnknown > 0)
        m_ui->failureHeading->setText(
            tr("Outcome unknown (%L1): the answer was lost and could not be checked, so the "
               "server may or may not have revoked these.")
                .arg(listedUnknown));
    else
        m_ui->failureHeading->setText(tr("Not revoked (%L1), and why:").arg(listedFailed));
    failures += unknowns;
    m_ui->failureList->addTopLevelItems(failures);
    m_ui->failureHeading->setVisible(!failures.isEmpty());
    m_ui->failureList->setVisible(!failures.isEmpty());
    const bool retryable
        = !failures.isEmpty() || m_revoker->count(RevokeOutcome::Kind::NotSent) > 0;
    m_ui->retryFailedButton->setVisible(retryable);
    m_ui->retryFailedButton->setText(failures.isEmpty() ? tr("Send the &Rest")
                                                        : tr("Retry &Failed"));
    m_ui->retryFailedButton->setEnabled(m_retryAllowed);
    m_ui->signInButton->hide();
    updateNotice();
    m_ui->cancelButton->hide();
    m_ui->closeButton->setEnabled(true);
    m_ui->closeButton->setDefault(true);
    if (!failures.isEmpty())
        resize(width(), qMax(height(), 360));
}

QString RevokeProgressDialog::summaryText() const
{
    if (!m_revoker)
        return {};
    QStringList parts {tr("Revoked: %L1").arg(m_run->count(RevokeOutcome::Kind::Revoked)),
                       tr("already gone: %L1").arg(m_run->count(RevokeOutcome::Kind::AlreadyGone)),
                       tr("failed: %L1").arg(m_run->count(RevokeOutcome::Kind::Failed))};
    const int unknown = m_run->count(RevokeOutcome::Kind::Unknown);
    if (unknown > 0)
        parts << tr("unknown: %L1").arg(unknown);
    const int notSent = m_run->count(RevokeOutcome::Kind::NotSent);
    if (notSent > 0)
        parts << tr("not sent: %L1").arg(notSent);
    if (m_run->total() > m_revoker->total()) // continued by Retry Failed
        parts << tr("of %Ln in the whole run", nullptr, m_run->total());
    return parts.join(QLatin1String(", "));
}

QString RevokeProgressDialog::verificationText() const
{
    // What was seen: those the server said revoked and were then checked (this pass).
    QStringList verified;
    if (m_revoker && m_revoker->verifies()) {
        if (m_revoker->verifiedGone() > 0)
            verified << tr("Verified: %Ln gone", nullptr, m_revoker->verifiedGone());
        if (m_revoker->stillThere() > 0)
            verified << tr("%Ln reported revoked still there (kept by the server, or issued "
                           "again): counted as failed",
                           nullptr, m_revoker->stillThere());
        if (m_revoker->notVerified() > 0)
            verified << tr("%Ln not verified", nullptr, m_revoker->notVerified());
        if (!m_revoker->totalNote().isEmpty())
            verified << m_revoker->totalNote();
    }
    return verified.join(QLatin1String("; "));
}

QString RevokeProgressDialog::statusText() const
{
    if (!m_revoker)
        return {};
    const int revoked = m_run->count(RevokeOutcome::Kind::Revoked);
    QStringList parts {tr("Revoked %Ln token(s)", nullptr, revoked)};
    const int gone = m_run->count(RevokeOutcome::Kind::AlreadyGone);
    if (gone > 0)
        parts << tr("%Ln already gone", nullptr, gone);
    const int failed = m_run->count(RevokeOutcome::Kind::Failed);
    if (failed > 0)
        parts << tr("%Ln failed", nullptr, failed);
    const int unknown = m_run->count(RevokeOutcome::Kind::Unknown);
    if (unknown > 0)
        parts << tr("%Ln with an unknown outcome", nullptr, unknown);
    const int notSent = m_run->count(RevokeOutcome::Kind::NotSent);
    if (notSent > 0)
        parts << tr("%Ln not sent", nullptr, notSent);
    return parts.join(QLatin1String(", "));
}

void RevokeProgressDialog::closeEvent(QCloseEvent *event)
{
    // Closing while it runs would hide work in progress: cancel instead, explicitly.
    if (m_revoker && m_revoker->isRunning()) {
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

void RevokeProgressDialog::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && m_revoker && m_revoker->isRunning()) {
        event->accept(); // Esc does not cancel an irreversible run by accident
        return;
    }
    QDialog::keyPressEvent(event);
}

void RevokeProgressDialog::setServer(const ServerProfile &server)
{
    m_strip->setServer(server);
}
