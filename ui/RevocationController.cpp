#include "RevocationController.h"

#include "AuditJournal.h"
#include "MainWindow.h"
#include "RevokeListDialog.h"
#include "RevokeProgressDialog.h"
#include "Settings.h"
#include "TokensApi.h"

#include <QActionGroup>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

RevocationController::RevocationController(TokensApi *api, Settings *settings, MainWindow *window)
    : QObject(window), m_api(api), m_settings(settings), m_window(window)
{ }

void RevocationController::addSettingsTo(QMenu *menu, QAction *before)
{
    // Tokens > Requests at Once: the cap of a bulk revoke's requests on the wire (over HTTP/2
    // the console adapts up to it; over HTTP/1.1 six at most); 1 for fragile servers.
    auto *atOnce = new QMenu(tr("Requests at &Once"), m_window);
    atOnce->setObjectName(QStringLiteral("requestsAtOnceMenu"));
    auto *atOnceGroup = new QActionGroup(atOnce);
    const int cap = m_settings->requestsAtOnce();
    for (int n : {1, 2, 4, 6, 8, 16, 32, 64}) {
        QAction *choice = atOnce->addAction(n == 64 ? tr("Up to %1 (adapts to the server)").arg(n)
                                                : n == 1 ? tr("1 (one request at a time)")
                                                         : QString::number(n));
        choice->setObjectName(QStringLiteral("requestsAtOnce%1").arg(n));
        choice->setCheckable(true);
        choice->setChecked(n == cap);
        atOnceGroup->addAction(choice);
        connect(choice, &QAction::triggered, this,
                [this, n] { m_settings->setValue(Settings::Key::RequestsAtOnce, n); });
    }
    menu->insertMenu(before, atOnce);
    // Tokens > Verify Revocations: what the server answered as revoked is checked (a GET of the
    // pair, a re-count for a user- or client-wide revoke) before it is reported revoked.
    auto *verify = new QAction(tr("&Verify Revocations"), m_window);
    verify->setObjectName(QStringLiteral("actionVerifyRevocations"));
    verify->setCheckable(true);
    verify->setChecked(m_settings->verifyRevocations());
    verify->setStatusTip(tr("Check that each token the server reports revoked is gone"));
    connect(verify, &QAction::toggled, this,
            [this](bool on) { m_settings->setValue(Settings::Key::VerifyRevocations, on); });
    menu->insertAction(before, verify);
}

void RevocationController::setAuditJournal(AuditJournal *journal)
{
    m_journal = journal;
    if (m_run)
        m_run->setJournal(journal);
}

std::optional<TokenKey> RevocationController::ownIdentity() const
{
    if (m_identity)
        return m_identity;
    // Found by a confirmation in this session (a pasted token): not a later session's.
    if (m_discoveredIdentity && m_discoveredSession == m_api->sessionGeneration())
        return m_discoveredIdentity;
    return std::nullopt;
}

RevocationRun::Now RevocationController::now() const
{
    return {m_window->currentBinding(), m_window->server().needsNameTyped(), m_journal != nullptr};
}

void RevocationController::confirm(RevokeConfirmDialog::Mode mode)
{
    const QList<TokenKey> keys = m_window->selectedKeys();
    const bool allMatching = mode == RevokeConfirmDialog::Mode::AllMatching;
    if ((keys.isEmpty() && !allMatching) || isRunning() || m_confirmDialog)
        return;
    const ListQuery query = m_window->model()->query();
    if (allMatching && query.usernameFilter.trimmed().isEmpty()
        && query.clientIdFilter.trimmed().isEmpty())
        return; // never "every token on the server" from a filter that is not there
    QString name;
    if (mode == RevokeConfirmDialog::Mode::AllOfUser)
        name = keys.first().username;
    else if (mode == RevokeConfirmDialog::Mode::AllOfClient)
        name = keys.first().clientId;
    else if (allMatching)
        name = m_window->filterDescription();
    openConfirmation(mode, keys, name);
}

void RevocationController::confirmAllOf(TokenField field, const QString &name)
{
    if (name.isEmpty() || isRunning() || m_confirmDialog)
        return;
    openConfirmation(field == TokenField::Username ? RevokeConfirmDialog::Mode::AllOfUser
                                                   : RevokeConfirmDialog::Mode::AllOfClient,
                     {}, name);
}

void RevocationController::openConfirmation(RevokeConfirmDialog::Mode mode,
                                            const QList<TokenKey> &keys, const QString &name)
{
    const ListQuery query = m_window->model()->query();
    const bool allMatching = mode == RevokeConfirmDialog::Mode::AllMatching;
    auto *dialog = new RevokeConfirmDialog(m_api, mode, keys, name, ownIdentity(), m_window, query);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setServer(m_window->server());
    dialog->setRequestsAtOnce(m_settings->requestsAtOnce());
    m_confirmDialog = dialog;
    m_confirmBinding = m_window->currentBinding();
    connect(dialog, &QDialog::accepted, this, [this, dialog, query, allMatching] {
        accepted(dialog);
        // Started from the event loop: the confirmation closes and the window repaints first,
        // so that the GUI thread is not held for both at once (10,000 targets).
        RevocationRun::Plan plan;
        plan.targets = dialog->targets();
        plan.binding = m_confirmBinding;
        plan.query = query;
        const bool wide = plan.targets.size() == 1
            && plan.targets.first().scope() != DeleteTarget::Scope::Token;
        plan.kind = allMatching ? RevocationRun::Kind::AllMatching
            : wide              ? RevocationRun::Kind::Wide
                                : RevocationRun::Kind::Selection;
        // A user- or client-wide revoke: the number confirmed, to compare the server's total
        // with afterwards.
        plan.confirmedCount = wide ? dialog->expectedCount() : -1;
        m_startPending = true;
        QTimer::singleShot(0, this, [this, plan] {
            m_startPending = false;
            if (m_window->isVisible()) // the window was closed meanwhile: nothing is sent
                startRun(plan);
        });
    });
    dialog->open();
}

void RevocationController::accepted(RevokeConfirmDialog *dialog)
{
    // Whether the server's name was typed, and the server's name and environment as they are
    // now (for the journal).
    m_confirmBinding.nameConfirmed = !dialog->requiredServerName().isEmpty();
    const RevokeBinding current = m_window->currentBinding();
    if (m_confirmBinding.sameAs(current)) {
        m_confirmBinding.serverName = current.serverName;
        m_confirmBinding.environment = current.environment;
    }
    if (dialog->foundOwnToken() && m_confirmBinding.sameAs(current)) {
        // The confirmation found which pair the console's own token is: it is sent last and
        // alone, its revocation signs out, and the status bar can say who this is.
        m_discoveredIdentity = dialog->foundOwnToken();
        m_discoveredSession = m_api->sessionGeneration();
        emit ownTokenIdentified(*m_discoveredIdentity);
    }
}

void RevocationController::openRevokeFromList()
{
    if (!m_window->isSignedIn())
        return;
    if (!m_listDialog) {
        m_listDialog = new RevokeListDialog(m_api, m_window);
        connect(m_listDialog, &RevokeListDialog::revokeRequested, this,
                &RevocationController::confirmList);
    }
    m_listDialog->setServer(m_window->server());
    m_listDialog->setRequestsAtOnce(m_settings->requestsAtOnce());
    emit stateChanged();
    m_listDialog->show();
    m_listDialog->raise();
    m_listDialog->activateWindow();
}

void RevocationController::setRevokeAllowed(bool allowed, const QString &why)
{
    if (m_listDialog)
        m_listDialog->setRevokeAllowed(allowed, why);
}

void RevocationController::confirmList(const QList<TokenKey> &keys, const QString &listName,
                                       quint64 session)
{
    // Read with this very session, and nothing else is being revoked or confirmed.
    if (keys.isEmpty() || !m_listDialog || m_confirmDialog || !m_window->isSignedIn()
        || session != m_api->sessionGeneration() || isRunning())
        return;
    auto *dialog = new RevokeConfirmDialog(m_api, RevokeConfirmDialog::Mode::FromList, keys,
                                           listName, ownIdentity(), m_listDialog);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setServer(m_window->server());
    dialog->setRequestsAtOnce(m_settings->requestsAtOnce());
    m_confirmDialog = dialog;
    m_confirmBinding = m_window->currentBinding();
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!m_listDialog)
            return;
        accepted(dialog);
        RevocationRun::Plan plan;
        plan.targets = dialog->targets();
        plan.binding = m_confirmBinding;
        plan.kind = RevocationRun::Kind::List;
        plan.journalSource = m_listDialog->revocation().journalSource();
        m_listDialog->passStarted();
        if (!startRun(plan)) {
            m_runIsListPass = false; // the run before is not this pass's
            m_listDialog->runFinished({}); // nothing was sent: every token "not sent"
        }
    });
    dialog->open();
}

void RevocationController::startRevocation(const QList<DeleteTarget> &targets)
{
    RevocationRun::Plan plan;
    plan.targets = targets;
    plan.binding = m_window->currentBinding();
    startRun(plan);
}

bool RevocationController::startRun(const RevocationRun::Plan &plan, bool continuesRun)
{
    if (plan.targets.isEmpty())
        return false;
    if (isRunning()) {
        emit refused(tr("Nothing was revoked: another revocation is running. Wait until it has "
                        "finished, then try again."));
        return false;
    }
    switch (RevocationRun::refusal(plan.binding, now())) {
    case RevocationRun::Refusal::NameNotConfirmed:
        emit refused(tr("Nothing was revoked: %1 is a production server now, and this was "
                        "confirmed without its name. Revoke it again from the table to confirm "
                        "it there.")
                         .arg(m_window->server().name));
        return false;
    case RevocationRun::Refusal::Elsewhere:
        emit refused(tr("Nothing was revoked: it was confirmed for %1, and the console is not "
                        "signed in there as the same identity now.")
                         .arg(plan.binding.isValid() ? QUrl(plan.binding.server).toDisplayString()
                                                     : tr("no server")));
        return false;
    case RevocationRun::Refusal::NoJournal:
        emit refused(tr("Revoking is off: there is no audit journal to record it."));
        return false;
    default:
        break;
    }
    if (!m_run) {
        m_run = new RevocationRun(m_api, m_journal, this);
        connect(m_run, &RevocationRun::itemFinished, this, &RevocationController::onItemFinished);
        connect(m_run, &RevocationRun::finished, this, &RevocationController::onRunFinished);
        connect(m_run, &RevocationRun::authorizationRequired, this, [this] {
            emit paused();
            emit signInNeeded();
        });
    }
    if (!m_progress) {
        m_progress = new RevokeProgressDialog(m_window);
        m_progress->setObjectName(QStringLiteral("revokeProgressDialog"));
        connect(m_progress, &RevokeProgressDialog::retryFailedRequested, this, [this] {
            // What the last run did not revoke, with what it knows of each (a try that may
            // have arrived), only where it was confirmed.
            if (!m_run || m_run->isRunning())
                return;
            if (startRun(m_run->retryPlan(), true) && m_runIsListPass && m_listDialog)
                m_listDialog->runStarted(); // the list's lines wait for this run too
        });
        connect(m_progress, &RevokeProgressDialog::signInRequested, this,
                &RevocationController::signInNeeded);
    }
    m_run->start(plan, ownIdentity(), m_settings->requestsAtOnce(), m_settings->verifyRevocations(),
                 continuesRun);
    if (!continuesRun)
        m_runIsListPass = plan.kind == RevocationRun::Kind::List;
    m_progress->setServer(m_window->server()); // the server of the binding: the current one
    m_progress->follow(m_run);
    m_progress->show();
    updateRetryAvailability();
    emit stateChanged();
    return true;
}

void RevocationController::onItemFinished(int index)
{
    const BulkRevoker::Item &item = revoker()->items()[size_t(index)];
    if (item.outcome.kind == RevokeOutcome::Kind::Revoked
        || item.outcome.kind == RevokeOutcome::Kind::AlreadyGone)
        emit targetGone(item.target);
}

void RevocationController::onRunFinished()
{
    if (m_runIsListPass && m_listDialog) {
        // Each line of the list: what became of its tokens, on screen and in the journal.
        m_listDialog->runFinished(revoker()->items());
        if (m_journal && !m_listDialog->revocation().writeJournal(m_journal))
            emit refused(
                tr("The outcome of the list's lines could not be written to the journal: %1")
                    .arg(m_journal->errorString()));
    }
    updateRetryAvailability();
    emit stateChanged();
    if (m_closeWhenRunEnds) {
        // The admin chose to stop and quit: every request sent has its outcome line now.
        QTimer::singleShot(0, this, &RevocationController::closeRequested);
        return;
    }
    emit runEnded();
}

QString RevocationController::statusText() const
{
    return m_progress ? m_progress->statusText() : QString();
}

int RevocationController::leftOnServer() const
{
    return m_run ? m_run->leftOnServer() : 0; // over Retry Failed too
}

void RevocationController::updateRetryAvailability()
{
    if (!m_progress || !revoker())
        return;
    const RevokeBinding &bound = revoker()->binding();
    const RevocationRun::Refusal refusal = m_run->retryRefusal(now());
    if (!m_window->isSignedIn())
        m_progress->setRetryAllowed(
            false,
            tr("Signed out: sign in to %1 again to send these.").arg(QUrl(bound.server).host()));
    else if (refusal == RevocationRun::Refusal::NameNotConfirmed)
        m_progress->setRetryAllowed(false,
                                    tr("%1 is a production server now: revoke these again from "
                                       "the table, where its name is typed.")
                                        .arg(m_window->server().name));
    else if (refusal == RevocationRun::Refusal::Elsewhere)
        m_progress->setRetryAllowed(
            false,
            tr("Signed in elsewhere: these were confirmed for %1 and are sent only there.")
                .arg(bound.identity.isEmpty()
                         ? QUrl(bound.server).toDisplayString()
                         : tr("%1 as %2")
                               .arg(QUrl(bound.server).toDisplayString(), bound.identity)));
    else
        m_progress->setRetryAllowed(true, {});
}

void RevocationController::sessionChanged(const RevokeBinding &current)
{
    if (m_confirmDialog && !m_confirmBinding.sameAs(current))
        m_confirmDialog->reject(); // confirmed for another session: nothing is sent
    if (m_run)
        m_run->setOwnIdentity(ownIdentity()); // as known in the session now
    if (BulkRevoker *revoker = this->revoker()) {
        // A run confirmed without the server's name does not go on where the name is needed.
        const bool guardMissing
            = m_window->server().needsNameTyped() && !revoker->binding().nameConfirmed;
        revoker->sessionChanged(guardMissing ? RevokeBinding() : current);
    }
    updateRetryAvailability();
}

void RevocationController::setServer(const ServerProfile &server)
{
    if (m_listDialog)
        m_listDialog->setServer(server);
    // A confirmation open for this server follows a change of its environment (to Production:
    // the guard applies before anything is sent).
    if (m_confirmDialog && RevokeBinding::of(server.baseUrl, {}).server == m_confirmBinding.server)
        m_confirmDialog->setServer(server);
    updateRetryAvailability(); // a run confirmed without the name where it is now needed
}

void RevocationController::signOut()
{
    // Before the session ends: nothing more leaves with its token, retries and checks included.
    if (m_confirmDialog)
        m_confirmDialog->reject();
    if (isRunning())
        revoker()->stopForSignOut();
}

bool RevocationController::mayClose()
{
    if (m_startPending) {
        // A confirmed revocation starts in a moment: ask about it then.
        QTimer::singleShot(10, m_window, &QWidget::close);
        return false;
    }
    if (!isRunning())
        return true;
    if (!m_closeWhenRunEnds) {
        QMessageBox box(QMessageBox::Warning, tr("A Revocation Is Running"),
                        tr("Done: %L1 of %Ln revocation(s). Wait for the rest, or stop "
                           "sending and quit? Requests already sent are recorded either way.",
                           nullptr, revoker()->total())
                            .arg(revoker()->doneCount()),
                        QMessageBox::NoButton, m_window);
        box.setObjectName(QStringLiteral("quitWhileRevokingBox"));
        QPushButton *wait = box.addButton(tr("&Wait"), QMessageBox::RejectRole);
        QPushButton *stopAndQuit
            = box.addButton(tr("&Stop and Quit"), QMessageBox::DestructiveRole);
        stopAndQuit->setObjectName(QStringLiteral("stopAndQuitButton"));
        box.setDefaultButton(wait);
        box.setEscapeButton(wait);
        box.exec();
        if (box.clickedButton() == stopAndQuit && isRunning()) {
            m_closeWhenRunEnds = true;
            revoker()->cancel(); // closes when the requests on the wire have their outcomes
        }
    }
    return false;
}
