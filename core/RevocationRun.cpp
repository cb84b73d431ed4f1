#include "RevocationRun.h"

#include "AuditJournal.h"
#include "TokensApi.h"

QList<DeleteTarget> RevocationRun::ownLast(const QList<DeleteTarget> &targets,
                                           const std::optional<TokenKey> &own,
                                           QList<bool> *mayHaveArrived, int *ownCount)
{
    // The console's own token goes last: revoking it ends the session, and everything after it
    // would wait for a new sign-in.
    QList<DeleteTarget> ordered;
    QList<DeleteTarget> ownTargets;
    QList<bool> arrived;
    QList<bool> ownArrived;
    ordered.reserve(targets.size());
    for (qsizetype i = 0; i < targets.size(); ++i) {
        const bool covers = own && targets[i].covers(*own);
        (covers ? ownTargets : ordered).append(targets[i]);
        (covers ? ownArrived : arrived).append(mayHaveArrived ? mayHaveArrived->value(i) : false);
    }
    if (ownCount)
        *ownCount = int(ownTargets.size());
    if (mayHaveArrived)
        *mayHaveArrived = arrived + ownArrived;
    return ordered + ownTargets;
}

RevocationRun::Refusal RevocationRun::refusal(const RevokeBinding &confirmed, const Now &now)
{
    // Confirmed for another server or identity (or while signed out): never sent here.
    if (!confirmed.sameAs(now.binding))
        return Refusal::Elsewhere;
    // The production guard holds for every way in: a run confirmed without the server's name
    // (before the server became Production, say) sends nothing here.
    if (now.nameNeeded && !confirmed.nameConfirmed)
        return Refusal::NameNotConfirmed;
    if (!now.hasJournal)
        return Refusal::NoJournal;
    return Refusal::None;
}

RevokeBinding RevocationRun::bindingFor(const QUrl &baseUrl, const QString &identity,
                                        quint64 session, const ServerProfile &server)
{
    RevokeBinding binding = RevokeBinding::of(baseUrl, identity, session);
    if (server.isSaved())
        binding.serverName = server.name;
    binding.environment = ServerProfile::environmentKey(server.environment);
    return binding;
}

RevocationRun::RevocationRun(TokensApi *api, AuditJournal *journal, QObject *parent)
    : QObject(parent), m_api(api), m_journal(journal)
{ }

void RevocationRun::start(const Plan &plan, const std::optional<TokenKey> &own, int requestsAtOnce,
                          bool verify, bool continuesRun)
{
    Q_ASSERT(!isRunning());
    if (continuesRun && m_revoker) {
        m_carriedRevoked += m_revoker->count(RevokeOutcome::Kind::Revoked);
        m_carriedGone += m_revoker->count(RevokeOutcome::Kind::AlreadyGone);
    } else {
        m_carriedRevoked = m_carriedGone = 0;
    }
    m_plan = plan;
    m_own = own;
    int ownCount = 0;
    m_plan.targets = ownLast(plan.targets, own, &m_plan.mayHaveArrived, &ownCount);
    m_ownTokenRevoked = false;
    m_journal->setSource(m_plan.journalSource); // a list's name with each line, or nothing
    delete m_revoker;
    m_revoker = new BulkRevoker(m_api, m_journal, this);
    connect(m_revoker, &BulkRevoker::itemFinished, this, &RevocationRun::onItemFinished);
    connect(m_revoker, &BulkRevoker::progressChanged, this, &RevocationRun::progressChanged);
    connect(m_revoker, &BulkRevoker::finished, this, &RevocationRun::finished);
    connect(m_revoker, &BulkRevoker::authorizationRequired, this,
            &RevocationRun::authorizationRequired);
    m_revoker->setConcurrencyCap(requestsAtOnce);
    m_revoker->setVerify(verify);
    m_revoker->setConfirmedCount(m_plan.confirmedCount);
    m_revoker->start(m_plan.targets, m_plan.binding, m_plan.mayHaveArrived, ownCount);
}

void RevocationRun::onItemFinished(int index)
{
    const BulkRevoker::Item &item = m_revoker->items()[size_t(index)];
    if (item.outcome.kind == RevokeOutcome::Kind::Revoked && m_own && item.target.covers(*m_own)) {
        m_ownTokenRevoked = true;
        m_ownTokenSession = m_api->sessionGeneration();
    }
    emit itemFinished(index);
}

RevocationRun::Plan RevocationRun::retryPlan() const
{
    Plan again = m_plan;
    again.mayHaveArrived.clear();
    again.targets
        = m_revoker ? m_revoker->targetsToRetry(&again.mayHaveArrived) : QList<DeleteTarget>();
    again.binding = m_revoker ? m_revoker->binding() : m_plan.binding;
    again.confirmedCount = -1; // compared once, for the run it was confirmed for
    return again;
}

RevocationRun::Refusal RevocationRun::retryRefusal(const Now &now) const
{
    const Refusal why = refusal(m_revoker ? m_revoker->binding() : m_plan.binding, now);
    return why == Refusal::NoJournal ? Refusal::None : why;
}

int RevocationRun::leftOnServer() const
{
    return count(RevokeOutcome::Kind::Failed) + count(RevokeOutcome::Kind::Unknown)
        + count(RevokeOutcome::Kind::NotSent);
}

int RevocationRun::count(RevokeOutcome::Kind kind) const
{
    int n = m_revoker ? m_revoker->count(kind) : 0;
    if (kind == RevokeOutcome::Kind::Revoked)
        n += m_carriedRevoked;
    else if (kind == RevokeOutcome::Kind::AlreadyGone)
        n += m_carriedGone;
    return n;
}

int RevocationRun::total() const
{
    return (m_revoker ? m_revoker->total() : 0) + m_carriedRevoked + m_carriedGone;
}
