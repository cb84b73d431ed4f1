#include "BulkRevoker.h"

#include "AuditJournal.h"
#include "TokenMatchCounter.h"
#include "TokensApi.h"

#include <QTimer>

#include <utility>

QString RevokeOutcome::name(Kind kind)
{
    switch (kind) {
    case Kind::Pending:
        return QStringLiteral("pending");
    case Kind::Revoked:
        return QStringLiteral("revoked");
    case Kind::AlreadyGone:
        return QStringLiteral("already-gone");
    case Kind::Failed:
        return QStringLiteral("failed");
    case Kind::Unknown:
        return QStringLiteral("unknown");
    case Kind::NotSent:
        return QStringLiteral("not-sent");
    }
    return {};
}

QString RevokeOutcome::reason() const
{
    const QString message = error ? error.message() : QString();
    if (detail.isEmpty())
        return message;
    if (message.isEmpty())
        return detail;
    return BulkRevoker::tr("%1 (%2)").arg(detail, message);
}

RevokeBinding RevokeBinding::of(const QUrl &baseUrl, const QString &identity, quint64 session)
{
    RevokeBinding binding;
    binding.server = baseUrl
                         .adjusted(QUrl::StripTrailingSlash | QUrl::RemoveUserInfo
                                   | QUrl::RemoveQuery | QUrl::RemoveFragment)
                         .toString();
    binding.identity = identity;
    binding.session = session;
    return binding;
}

BulkRevoker::BulkRevoker(TokensApi *api, AuditJournal *journal, QObject *parent)
    : QObject(parent), m_api(api), m_journal(journal), m_control(api->concurrency())
{
    // A Retry-After held every new send: when it ends, the rest goes on.
    connect(m_control, &ConcurrencyControl::released, this, &BulkRevoker::pump);
}

BulkRevoker::~BulkRevoker()
{
    // Replies still in flight are abandoned with the revoker; their calls are cancelled.
    for (const QPointer<ApiCall> &call : std::as_const(m_inFlight)) {
        if (call)
            call->abandon();
    }
}

void BulkRevoker::start(const QList<DeleteTarget> &targets, const RevokeBinding &binding,
                        const QList<bool> &mayHaveArrived, int sendLastAlone)
{
    Q_ASSERT(!m_running);
    m_binding = binding;
    m_items.clear();
    m_items.reserve(size_t(targets.size()));
    for (const DeleteTarget &target : targets)
        m_items.push_back(Item {target, {}});
    m_state.assign(m_items.size(), State {});
    for (qsizetype i = 0; i < mayHaveArrived.size() && i < targets.size(); ++i)
        m_state[size_t(i)].mayHaveArrived = mayHaveArrived[i];
    m_aloneFrom = int(targets.size()) - qBound(0, sendLastAlone, int(targets.size()));
    m_next = 0;
    m_done = 0;
    m_peakInFlight = 0;
    m_stop = Stop::None;
    m_paused = false;
    m_requeued.clear();
    m_journalFailures = 0;
    m_journalError.clear();
    m_verifiedGone = m_stillThere = m_notVerified = 0;
    m_totalBefore = m_totalAfter = -1;
    m_totalNote.clear();
    m_sendGeneration = m_api->sessionGeneration();
    m_running = true;
    m_clock.start();
    emit progressChanged(0, total());
    // Start from the event loop, so that callers can connect to the first signals.
    QTimer::singleShot(0, this, &BulkRevoker::pump);
}

void BulkRevoker::cancel()
{
    stop(Stop::Cancelled);
}

void BulkRevoker::stopForSignOut()
{
    stop(Stop::SignedOut);
}

void BulkRevoker::stopForRefusedSession()
{
    stop(Stop::SessionRefused);
}

void BulkRevoker::sessionChanged(const RevokeBinding &current)
{
    if (!m_running)
        return;
    if (!current.sameAs(m_binding)) {
        stop(Stop::SignedInElsewhere);
        return;
    }
    // The run's own server and identity again: it sends with this session from now on.
    m_sendGeneration = m_api->sessionGeneration();
    if (m_paused && m_stop == Stop::None) {
        m_paused = false;
        emit pausedChanged(false);
    }
    pump();
}

QString BulkRevoker::stopDetail() const
{
    switch (m_stop) {
    case Stop::None:
        return {};
    case Stop::Cancelled:
        return tr("cancelled");
    case Stop::SignedOut:
        return tr("signed out");
    case Stop::SignedInElsewhere:
        return tr("signed in elsewhere");
    case Stop::SessionRefused:
        return tr("the server refused the session's token (401)");
    }
    return {};
}

void BulkRevoker::stop(Stop reason)
{
    if (!m_running)
        return;
    // A stop after a cancel can only forbid more: signed out or elsewhere, no checks either.
    if (m_stop != Stop::None && (reason == Stop::Cancelled || m_stop != Stop::Cancelled))
        return;
    const bool first = m_stop == Stop::None;
    m_stop = reason;
    if (m_paused) {
        m_paused = false;
        emit pausedChanged(false);
    }
    if (first) {
        for (int i : std::exchange(m_requeued, {}))
            endUnsent(i, stopDetail());
        // Never sent in this run; one that an earlier run may have revoked is checked.
        const int next = std::exchange(m_next, total());
        for (int i = next; i < total(); ++i)
            endUnsent(i, stopDetail());
    }
    // Checks not sent and a wide target's re-count stop; the server said revoked, and that
    // stands, unverified.
    for (const PendingCheck &check : std::exchange(m_checkQueue, {}))
        settleUnverified(check.index, check.revoked, stopDetail());
    if (!mayCheck()) {
        // Signed out, or elsewhere: what may have arrived stays unknown.
        for (const PendingCheck &check : std::exchange(m_arrivalChecks, {})) {
            RevokeOutcome unknown = check.revoked;
            unknown.kind = RevokeOutcome::Kind::Unknown;
            unknown.detail = tr("%1 before it could be checked").arg(stopDetail());
            settle(check.index, unknown);
        }
    }
    const QHash<QObject *, PendingCheck> counting = std::exchange(m_counting, {});
    for (auto it = counting.cbegin(); it != counting.cend(); ++it) {
        auto *counter = static_cast<TokenMatchCounter *>(it.key());
        counter->cancel();
        counter->deleteLater();
        settleUnverified(it.value().index, it.value().revoked, stopDetail());
    }
    // Nothing is tried again: a call waiting to try again ends now (its handler decides the
    // pair's outcome); a request on the wire is recorded when its answer arrives.
    const QList<QPointer<ApiCall>> calls = m_inFlight;
    for (const QPointer<ApiCall> &call : calls) {
        if (call)
            call->finishWithoutRetrying();
        // One Qt holds unsent (a connection being made) would leave later: withdrawn.
        if (call)
            call->withdrawIfNotSent();
    }
    pump(); // the checks of what may have arrived, within the window
}

QList<DeleteTarget> BulkRevoker::targetsToRetry(QList<bool> *mayHaveArrived) const
{
    QList<DeleteTarget> targets;
    for (size_t i = 0; i < m_items.size(); ++i) {
        const RevokeOutcome::Kind kind = m_items[i].outcome.kind;
        if (kind != RevokeOutcome::Kind::Failed && kind != RevokeOutcome::Kind::Unknown
            && kind != RevokeOutcome::Kind::NotSent)
            continue;
        targets.append(m_items[i].target);
        if (mayHaveArrived)
            mayHaveArrived->append(m_state[i].mayHaveArrived);
    }
    return targets;
}

QList<QPair<int, QByteArray>> BulkRevoker::requestsOnWire() const
{
    QList<QPair<int, QByteArray>> onWire;
    for (const QPointer<ApiCall> &call : m_inFlight) {
        if (call && call->isOnWire())
            onWire.append({m_indexOf.value(call.data(), -1), call->verb()});
    }
    return onWire;
}

int BulkRevoker::count(RevokeOutcome::Kind kind) const
{
    int n = 0;
    for (const Item &item : m_items)
        n += item.outcome.kind == kind ? 1 : 0;
    return n;
}

QList<DeleteTarget> BulkRevoker::targetsWith(RevokeOutcome::Kind kind) const
{
    QList<DeleteTarget> targets;
    for (const Item &item : m_items) {
        if (item.outcome.kind == kind)
            targets.append(item.target);
    }
    return targets;
}

void BulkRevoker::pump()
{
    // Only where the run was confirmed: if the client was pointed elsewhere without telling
    // the run (sessionChanged()), nothing more is sent.
    if (m_running && m_stop == Stop::None && !m_paused
        && RevokeBinding::of(m_api->baseUrl(), m_binding.identity).server != m_binding.server) {
        stop(Stop::SignedInElsewhere);
        return;
    }
    if (m_running && m_stop == Stop::None && m_api->sessionGeneration() != m_sendGeneration) {
        // A sign-in is under way (as the same identity, or as another): nothing is sent until
        // sessionChanged() says whose session this is.
        finishIfDone();
        return;
    }
    // What the server answered as revoked is checked first (it frees its slot soonest). The
    // window is the session's, shared with every reader (a user- or client-wide re-count reads
    // its pages within it too).
    // Whether a DELETE that may have arrived was carried out: asked before anything new is sent,
    // and after a cancel too (reads only), but never more at once than the window, nor in a hold.
    const auto askArrivals = [this] {
        while (!m_arrivalChecks.isEmpty() && mayCheck() && (m_stop != Stop::None || !m_paused)
               && m_api->sessionGeneration() == m_sendGeneration && m_control->hasRoom())
            startArrivalCheck(m_arrivalChecks.takeFirst());
    };
    askArrivals();
    while (m_stop == Stop::None && !m_paused && !m_checkQueue.isEmpty() && m_control->hasRoom())
        startCheck(m_checkQueue.takeFirst());
    while (m_stop == Stop::None && !m_paused && (!m_requeued.isEmpty() || m_next < total())
           && m_control->hasRoom()) {
        const int index = m_requeued.isEmpty() ? m_next : m_requeued.first();
        // A target to be sent alone waits until nothing else is in flight or to be checked.
        if (index >= m_aloneFrom
            && (!m_inFlight.isEmpty() || !m_counting.isEmpty() || !m_checkQueue.isEmpty()
                || !m_arrivalChecks.isEmpty()))
            break;
        if (m_requeued.isEmpty())
            ++m_next;
        else
            m_requeued.removeFirst();
        const DeleteTarget &target = m_items[size_t(index)].target;
        const QString invalid = target.whyInvalid();
        if (!invalid.isEmpty()) {
            settle(index,
                   RevokeOutcome {
                       RevokeOutcome::Kind::Failed,
                       ApiError::invalidRequest(tr("Cannot be revoked from here: %1").arg(invalid)),
                       0,
                       {}});
            continue;
        }
        if (m_journal && m_state[size_t(index)].journalId.isEmpty()) {
            m_journal->setContext(QUrl(m_binding.server), m_binding.identity, m_binding.serverName,
                                  m_binding.environment);
            const QString id = m_journal->recordIntent(target);
            if (id.isEmpty()) {
                // No audit line, no request.
                const RevokeOutcome refused {RevokeOutcome::Kind::Failed,
                                             ApiError::invalidRequest(m_journal->errorString()),
                                             0,
                                             {}};
                if (m_state[size_t(index)].mayHaveArrived)
                    verify(index, refused);
                else
                    settle(index, refused);
                continue;
            }
            m_state[size_t(index)].journalId = id;
        }
        // (The intent is journalled first: a check is sent only for a pair that may be sent.)
        if (target.needsNameCheck() && !m_state[size_t(index)].namesChecked) {
            checkNames(index);
            continue;
        }
        if (comparesTotal() && !m_state[size_t(index)].totalRead) {
            m_state[size_t(index)].totalRead = true;
            readTotal(index, &m_totalBefore, [this, index] {
                if (m_stop != Stop::None)
                    endUnsent(index, stopDetail());
                else
                    m_requeued.prepend(index); // the DELETE goes next
            });
            continue;
        }
        DeleteTokensCall *call = m_api->deleteTokens(target);
        track(call, index);
        connect(call, &ApiCall::finished, this,
                [this, call, index] { onDeleteFinished(index, call); });
    }
    askArrivals();
    finishIfDone();
}

void BulkRevoker::finishIfDone()
{
    if (m_running && m_inFlight.isEmpty() && m_done == total()) {
        m_running = false;
        emit finished();
    }
}

void BulkRevoker::onDeleteFinished(int index, ApiCall *call)
{
    untrack(call);
    State &state = m_state[size_t(index)];
    const ApiError &error = call->error();
    // Whether a try before this answer may have been carried out: then a 404 now means that
    // try revoked it, and a failure now needs a check.
    const bool earlier = state.mayHaveArrived || call->anEarlierTryMayHaveArrived();
    state.mayHaveArrived = earlier || call->lastTryMayHaveArrived();
    const int status = call->httpStatus();
    if (call->endedUnsent() && m_stop != Stop::None) {
        // Stopped while its connection held it unsent: it never left.
        endUnsent(index, stopDetail());
        pump();
        return;
    }
    if (call->wasWithdrawn()) {
        // Withdrawn at the stop with no word of having been sent: most likely it never left,
        // but the word may have been on its way. Asked about: gone is revoked, still there is
        // not sent.
        verify(index,
               RevokeOutcome {RevokeOutcome::Kind::NotSent,
                              {},
                              0,
                              tr("%1 before it was sent").arg(stopDetail())});
        pump();
        return;
    }

    switch (error.kind()) {
    case ApiError::Kind::None:
        confirmGone(index, RevokeOutcome {RevokeOutcome::Kind::Revoked, {}, status, {}});
        break;
    case ApiError::Kind::Unauthorized:
        // Not an outcome of the pair: the session's token was refused, nothing was carried out.
        if (m_stop != Stop::None) {
            // Refused, so not carried out; an earlier try may have been (then it is checked).
            endUnsent(index, stopDetail(), error);
        } else if (call->credentialGeneration() < m_api->sessionGeneration()) {
            // Sent with the token of a session that has been renewed since: send it again
            // with the new one; the run is not paused again.
            requeue(index, QStringLiteral("unauthorized"), status, error.message());
        } else {
            requeue(index, QStringLiteral("unauthorized"), status, error.message());
            pauseForSignIn();
        }
        break;
    case ApiError::Kind::SessionEnded:
        // This try was not sent: the session changed while the call waited to try again.
        if (m_stop != Stop::None) {
            endUnsent(index, stopDetail());
        } else {
            // The intent's request was sent before (it waited to be tried again): say so.
            requeue(index, QStringLiteral("interrupted"), 0,
                    state.mayHaveArrived
                        ? tr("The session changed while it waited to be tried again; an earlier "
                             "try may have arrived. Sent again in the new session.")
                        : tr("The session changed while it waited to be tried again. Sent again "
                             "in the new session."));
        }
        break;
    case ApiError::Kind::NotFound:
        if (!error.isFromApi()) {
            // Not the API's own answer (a proxy's page): it says nothing about the token.
            verify(index, RevokeOutcome {RevokeOutcome::Kind::Unknown, error, status, {}});
        } else if (earlier) {
            // A try before may have been carried out: this run revoked it.
            settle(
                index,
                RevokeOutcome {RevokeOutcome::Kind::Revoked, {}, status, tr("gone when retried")});
        } else {
            settle(index, RevokeOutcome {RevokeOutcome::Kind::AlreadyGone, {}, status, {}});
        }
        break;
    default: {
        // Stopped while waiting to try again: the last answer is the outcome.
        const RevokeOutcome failed {RevokeOutcome::Kind::Failed, error, status,
                                    call->stoppedBeforeRetry()
                                        ? tr("%1 before trying again").arg(stopDetail())
                                        : QString()};
        if (state.mayHaveArrived)
            verify(index, failed);
        else
            settle(index, failed);
        break;
    }
    }
    pump();
}

void BulkRevoker::requeue(int index, const QString &journalOutcome, int httpStatus,
                          const QString &message)
{
    writeOutcome(index, journalOutcome, httpStatus, message);
    m_requeued.append(index);
}

void BulkRevoker::endUnsent(int index, const QString &detail, const ApiError &error)
{
    if (m_state[size_t(index)].mayHaveArrived) {
        verify(index, RevokeOutcome {RevokeOutcome::Kind::Unknown, error, error.httpStatus(), {}});
        return;
    }
    settle(index, RevokeOutcome {RevokeOutcome::Kind::NotSent, error, error.httpStatus(), detail});
}

void BulkRevoker::verify(int index, const RevokeOutcome &failure)
{
    const DeleteTarget &target = m_items[size_t(index)].target;
    if (!mayCheck()) {
        RevokeOutcome unknown = failure;
        unknown.kind = RevokeOutcome::Kind::Unknown;
        unknown.detail = tr("%1 before it could be checked").arg(stopDetail());
        settle(index, unknown);
        return;
    }
    if (target.scope() != DeleteTarget::Scope::Token) {
        RevokeOutcome unknown = failure;
        unknown.kind = RevokeOutcome::Kind::Unknown;
        unknown.detail = tr("a user- or client-wide revoke cannot be checked");
        settle(index, unknown);
        return;
    }
    // Sent by pump(), within the window and after a hold, as every request of the run.
    m_arrivalChecks.append({index, failure});
    QTimer::singleShot(0, this, &BulkRevoker::pump);
}

void BulkRevoker::startArrivalCheck(const PendingCheck &pending)
{
    const int index = pending.index;
    const RevokeOutcome failure = pending.revoked;
    GetTokenCall *check = m_api->getToken(m_items[size_t(index)].target.key());
    if (m_stop != Stop::None)
        check->finishWithoutRetrying(); // after a cancel, checked once
    track(check, index);
    connect(check, &ApiCall::finished, this, [this, check, index, failure] {
        untrack(check);
        const ApiError &error = check->error();
        RevokeOutcome outcome = failure;
        if (error.kind() == ApiError::Kind::NotFound && error.isFromApi()) {
            outcome
                = RevokeOutcome {RevokeOutcome::Kind::Revoked, {}, 404, tr("gone when checked")};
        } else if (!error && failure.kind == RevokeOutcome::Kind::NotSent) {
            outcome.detail = tr("%1; still there when checked").arg(failure.detail);
        } else if (!error) {
            outcome.kind = RevokeOutcome::Kind::Failed;
            outcome.detail = tr("still there when checked");
        } else {
            outcome.kind = RevokeOutcome::Kind::Unknown;
            outcome.detail = tr("the check failed too: %1").arg(error.message());
        }
        settle(index, outcome);
        pump();
    });
}

void BulkRevoker::track(ApiCall *call, int index)
{
    // The server pushing back (429, 503, a timeout) on any of the run's requests: fewer at
    // once, and a Retry-After holds every new send (the control hears the call's answer).
    m_control->track(call);
    m_inFlight.append(call);
    m_indexOf.insert(call, index);
    m_peakInFlight = qMax(m_peakInFlight, int(m_inFlight.size()));
}

void BulkRevoker::untrack(ApiCall *call)
{
    m_inFlight.removeAll(call);
    m_indexOf.remove(call);
}

void BulkRevoker::pauseForSignIn()
{
    if (m_paused)
        return;
    m_paused = true;
    emit pausedChanged(true);
    emit authorizationRequired();
}

void BulkRevoker::checkNames(int index)
{
    const TokenKey key = m_items[size_t(index)].target.key();
    GetTokenCall *check = m_api->getToken(key);
    track(check, index);
    connect(check, &ApiCall::finished, this, [this, check, index, key] {
        untrack(check);
        const ApiError &error = check->error();
        if (m_stop != Stop::None) {
            endUnsent(index, stopDetail());
        } else if (!error && check->value().username == key.username
                   && check->value().clientId == key.clientId) {
            // The server keeps the names as they are: the DELETE goes next.
            m_state[size_t(index)].namesChecked = true;
            m_requeued.prepend(index);
        } else if (!error) {
            endUnsent(index,
                      tr("the server answered for \u201C%1\u201D / \u201C%2\u201D: it trims names, "
                         "and a DELETE would revoke that token instead")
                          .arg(check->value().username, check->value().clientId));
        } else if (error.kind() == ApiError::Kind::NotFound && error.isFromApi()) {
            endUnsent(index,
                      tr("the server does not find the pair by its exact names (it may "
                         "trim names), so a DELETE could revoke another token"));
        } else if (error.kind() == ApiError::Kind::Unauthorized
                   || error.kind() == ApiError::Kind::SessionEnded) {
            // As a DELETE's: after the new sign-in it is checked again (the intent stays).
            m_requeued.append(index);
            if (error.kind() == ApiError::Kind::Unauthorized
                && check->credentialGeneration() >= m_api->sessionGeneration())
                pauseForSignIn();
        } else {
            endUnsent(index, tr("its names could not be checked: %1").arg(error.message()));
        }
        pump();
    });
}

bool BulkRevoker::comparesTotal() const
{
    return m_verify && m_confirmedCount >= 0 && total() == 1
        && m_items.front().target.scope() != DeleteTarget::Scope::Token;
}

void BulkRevoker::readTotal(int index, qint64 *total, std::function<void()> done)
{
    ListQuery query;
    query.size = 1;
    ListTokensCall *call = m_api->listTokens(query);
    track(call, index);
    connect(call, &ApiCall::finished, this, [this, call, total, done = std::move(done)] {
        untrack(call);
        *total = call->error() ? -1 : call->value().totalElements;
        done();
        pump();
    });
}

void BulkRevoker::settleUnverified(int index, RevokeOutcome revoked, const QString &why)
{
    ++m_notVerified;
    revoked.detail = tr("not verified: %1").arg(why);
    settle(index, revoked);
}

void BulkRevoker::confirmGone(int index, const RevokeOutcome &revoked)
{
    if (!m_verify) {
        settle(index, revoked);
        return;
    }
    if (m_stop != Stop::None) {
        // Nothing new leaves after a stop, a check neither.
        settleUnverified(index, revoked, stopDetail());
        return;
    }
    if (index >= m_aloneFrom) {
        // The session's own token: revoking it ended the session a check would need.
        settleUnverified(index, revoked, tr("it ended the session it was sent with"));
        return;
    }
    // Sent from pump(), as the DELETEs are: within the window, not while paused or held.
    m_checkQueue.append({index, revoked});
}

void BulkRevoker::reportStillThere(const PendingCheck &check, const QString &detail)
{
    ++m_stillThere;
    // A retry that finds it gone then revoked it (or the first DELETE did, and the token was
    // issued again): not "already gone".
    m_state[size_t(check.index)].mayHaveArrived = true;
    settle(check.index,
           RevokeOutcome {RevokeOutcome::Kind::Failed, {}, check.revoked.httpStatus, detail});
}

bool BulkRevoker::checkAgainLater(const PendingCheck &check, const ApiError &error,
                                  bool credentialCurrent)
{
    if (m_stop != Stop::None
        || (error.kind() != ApiError::Kind::Unauthorized
            && error.kind() != ApiError::Kind::SessionEnded))
        return false;
    // The session's token was refused, or the session changed while it waited: checked after
    // the new sign-in, as a DELETE would be sent.
    m_checkQueue.prepend(check);
    if (error.kind() == ApiError::Kind::Unauthorized && credentialCurrent)
        pauseForSignIn();
    return true;
}

void BulkRevoker::startCheck(const PendingCheck &pending)
{
    const int index = pending.index;
    const DeleteTarget &target = m_items[size_t(index)].target;
    if (target.scope() != DeleteTarget::Scope::Token) {
        // Read what is left of that user or client (exact names, every page, checked complete).
        const bool user = target.scope() == DeleteTarget::Scope::AllOfUser;
        auto *counter
            = new TokenMatchCounter(m_api, user ? TokenField::Username : TokenField::ClientId,
                                    user ? target.key().username : target.key().clientId, this);
        m_counting.insert(counter, pending);
        const quint64 generation = m_api->sessionGeneration(); // every page of it uses this one
        connect(counter, &TokenMatchCounter::finished, this, [this, counter] {
            if (!m_counting.contains(counter))
                return;
            const PendingCheck check = m_counting.take(counter);
            counter->deleteLater();
            const qsizetype left = counter->matches().size();
            if (left > 0) {
                reportStillThere(check,
                                 tr("%n token(s) still there after the server said revoked "
                                    "(kept, or issued again)",
                                    nullptr, int(left)));
            } else {
                ++m_verifiedGone;
                RevokeOutcome gone = check.revoked;
                gone.detail = tr("verified: none left");
                if (!comparesTotal() || m_totalBefore < 0 || m_stop != Stop::None) {
                    settle(check.index, gone);
                } else {
                    // And the server's total against what was confirmed: a server that
                    // revoked more than the user's or client's own tokens says so here.
                    readTotal(
                        check.index, &m_totalAfter, [this, index = check.index, gone]() mutable {
                            const qint64 fell = m_totalBefore - m_totalAfter;
                            if (m_totalAfter >= 0 && fell > m_confirmedCount) {
                                m_totalNote = tr("the server's total fell by %1 tokens, %2 were "
                                                 "confirmed (it may have revoked more, or others "
                                                 "revoked tokens meanwhile)")
                                                  .arg(fell)
                                                  .arg(m_confirmedCount);
                                gone.detail += QStringLiteral("; ") + m_totalNote;
                            }
                            settle(index, gone);
                        });
                }
            }
            pump();
        });
        connect(counter, &TokenMatchCounter::failed, this,
                [this, counter, generation](const ApiError &error) {
                    if (!m_counting.contains(counter))
                        return;
                    const PendingCheck check = m_counting.take(counter);
                    counter->deleteLater();
                    if (!checkAgainLater(check, error, generation >= m_api->sessionGeneration()))
                        settleUnverified(check.index, check.revoked,
                                         m_stop != Stop::None ? stopDetail() : error.message());
                    pump();
                });
        counter->start();
        return;
    }
    const TokenKey key = target.key();
    GetTokenCall *call = m_api->getToken(key);
    track(call, index);
    connect(call, &ApiCall::finished, this, [this, call, check = pending, key] {
        untrack(call);
        const ApiError &error = call->error();
        if (error.kind() == ApiError::Kind::NotFound && error.isFromApi()) {
            ++m_verifiedGone;
            RevokeOutcome gone = check.revoked;
            gone.detail = tr("verified gone");
            settle(check.index, gone);
        } else if (!error && call->value().username == key.username
                   && call->value().clientId == key.clientId) {
            reportStillThere(check,
                             tr("still there after the server said revoked (kept, or issued "
                                "again)"));
        } else if (!error) {
            // An answer for another pair (a server whose GET ignores case, say) tells nothing.
            settleUnverified(check.index, check.revoked,
                             tr("the server answered for \u201C%1\u201D / \u201C%2\u201D")
                                 .arg(call->value().username, call->value().clientId));
        } else if (!checkAgainLater(check, error,
                                    call->credentialGeneration() >= m_api->sessionGeneration())) {
            settleUnverified(check.index, check.revoked,
                             m_stop != Stop::None ? stopDetail() : error.message());
        }
        pump();
    });
}

void BulkRevoker::writeOutcome(int index, const QString &outcome, int httpStatus,
                               const QString &message)
{
    QString &id = m_state[size_t(index)].journalId;
    if (!m_journal || id.isEmpty())
        return;
    m_journal->setContext(QUrl(m_binding.server), m_binding.identity, m_binding.serverName,
                          m_binding.environment);
    if (!m_journal->recordOutcome(id, m_items[size_t(index)].target, outcome, httpStatus,
                                  message)) {
        ++m_journalFailures;
        m_journalError = m_journal->errorString();
        emit journalWriteFailed(m_journalError);
    }
    id.clear();
}

void BulkRevoker::settle(int index, RevokeOutcome outcome)
{
    Item &item = m_items[size_t(index)];
    if (item.outcome.isDone())
        return;
    item.outcome = outcome;
    ++m_done;
    writeOutcome(index, RevokeOutcome::name(outcome.kind), outcome.httpStatus, outcome.reason());
    emit itemFinished(index);
    emit progressChanged(m_done, total());
}
