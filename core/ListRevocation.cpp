#include "ListRevocation.h"

#include "AuditJournal.h"

void ListRevocation::setLines(const QList<RevokeListLine> &lines, const QString &source)
{
    m_lines = lines;
    m_source = source;
    m_results = QList<ListLineResult>(lines.size());
    m_ticked = QList<bool>(lines.size(), false);
    m_leftOut.clear();
    m_passes.clear();
    m_latest.clear();
    m_session = 0;
    m_checked = m_checkedAfterRun = false;
}

QString ListRevocation::journalSource() const
{
    return m_source.isEmpty() ? QStringLiteral("pasted list") : QStringLiteral("list: ") + m_source;
}

void ListRevocation::setResults(const QList<ListLineResult> &results, quint64 session)
{
    Q_ASSERT(results.size() == m_lines.size());
    m_results = results;
    m_session = session;
    m_checked = true;
    m_checkedAfterRun = !m_passes.isEmpty();
    for (int i = 0; i < m_lines.size(); ++i)
        m_ticked[i] = canTick(i) && !m_leftOut.contains(i);
}

void ListRevocation::invalidateResults()
{
    m_checked = m_checkedAfterRun = false;
    for (ListLineResult &result : m_results)
        result = ListLineResult();
}

bool ListRevocation::canTick(int index) const
{
    return m_checked && m_results.at(index).state == ListLineResult::State::Found
        && !m_results.at(index).matches.isEmpty();
}

void ListRevocation::setTicked(int index, bool ticked)
{
    if (!canTick(index))
        return;
    m_ticked[index] = ticked;
    if (ticked)
        m_leftOut.remove(index);
    else
        m_leftOut.insert(index);
}

QList<TokenKey> ListRevocation::targets() const
{
    QList<TokenKey> keys;
    if (!m_checked)
        return keys;
    QSet<TokenKey> seen;
    for (int i = 0; i < m_lines.size(); ++i) {
        if (!m_ticked.at(i))
            continue;
        for (const TokenKey &key : m_results.at(i).matches) {
            if (!seen.contains(key)) {
                seen.insert(key);
                keys.append(key);
            }
        }
    }
    return keys;
}

int ListRevocation::ticked() const
{
    return m_checked ? int(m_ticked.count(true)) : 0;
}

void ListRevocation::beginPass()
{
    Pass pass;
    pass.lineKeys = QList<QSet<TokenKey>>(m_lines.size());
    for (int i = 0; i < m_lines.size(); ++i) {
        if (!m_checked || !m_ticked.at(i))
            continue;
        for (const TokenKey &key : m_results.at(i).matches) {
            pass.lineKeys[i].insert(key);
            pass.outcome.insert(key, RevokeOutcome::Kind::Pending);
        }
    }
    m_passes.append(pass);
    // Sent: the next pass needs a new check.
    m_checked = m_checkedAfterRun = false;
}

void ListRevocation::applyOutcomes(const std::vector<BulkRevoker::Item> &items)
{
    if (m_passes.isEmpty())
        return;
    Pass &pass = m_passes.last();
    for (const BulkRevoker::Item &item : items) {
        if (item.target.scope() != DeleteTarget::Scope::Token || !item.outcome.isDone())
            continue; // a list is revoked pair by pair
        const auto it = pass.outcome.find(item.target.key());
        if (it == pass.outcome.end())
            continue; // not this pass's
        *it = item.outcome.kind;
        m_latest.insert(item.target.key(), item.outcome.kind);
    }
    // What matches now is not what the check saw.
    m_checked = m_checkedAfterRun = false;
}

bool ListRevocation::sentAfter(qsizetype pass, const TokenKey &key) const
{
    for (qsizetype later = pass + 1; later < m_passes.size(); ++later) {
        if (m_passes.at(later).outcome.contains(key))
            return true;
    }
    return false;
}

ListRevocation::LineSummary ListRevocation::summary(int index) const
{
    LineSummary s;
    const ListLineResult &result = m_results.at(index);
    s.found = result.state == ListLineResult::State::Found ? int(result.matches.size()) : 0;
    for (qsizetype p = 0; p < m_passes.size(); ++p) {
        const Pass &pass = m_passes.at(p);
        for (const TokenKey &key : pass.lineKeys.at(index)) {
            s.sent = true;
            const RevokeOutcome::Kind kind = pass.outcome.value(key, RevokeOutcome::Kind::Pending);
            // A token not revoked in a pass and sent again in a later one: that one tells.
            // (One revoked, issued again and revoked again is two tokens, both counted.)
            const bool gone
                = kind == RevokeOutcome::Kind::Revoked || kind == RevokeOutcome::Kind::AlreadyGone;
            if (!gone && sentAfter(p, key))
                continue;
            switch (kind) {
            case RevokeOutcome::Kind::Revoked:
                ++s.revoked;
                break;
            case RevokeOutcome::Kind::AlreadyGone:
                ++s.alreadyGone;
                break;
            case RevokeOutcome::Kind::Failed:
                ++s.failed;
                break;
            case RevokeOutcome::Kind::Unknown:
                ++s.unknown;
                break;
            case RevokeOutcome::Kind::NotSent:
            case RevokeOutcome::Kind::Pending:
                ++s.notSent;
                break;
            }
        }
    }
    if (m_checkedAfterRun) {
        // New: never sent (for any line), or sent and gone, and here again (a pair issued
        // anew). One that was sent and failed is still there, not new.
        for (const TokenKey &key : result.matches) {
            const auto latest = m_latest.constFind(key);
            if (latest == m_latest.constEnd() || *latest == RevokeOutcome::Kind::Revoked
                || *latest == RevokeOutcome::Kind::AlreadyGone)
                ++s.fresh;
        }
    }
    return s;
}

QString ListRevocation::journalOutcome(int index) const
{
    const RevokeListLine &line = m_lines.at(index);
    if (line.kind == RevokeListLine::Kind::Malformed)
        return QStringLiteral("malformed");
    const ListLineResult &result = m_results.at(index);
    const LineSummary s = summary(index);
    if (!s.sent) {
        if (m_leftOut.contains(index))
            return QStringLiteral("left-out");
        switch (result.state) {
        case ListLineResult::State::NotChecked:
            // Checked for an earlier pass and spent: say what that check found.
            return m_passes.isEmpty() ? QStringLiteral("not-checked") : QStringLiteral("none-sent");
        case ListLineResult::State::Checking:
        case ListLineResult::State::Failed:
            return QStringLiteral("not-checked");
        case ListLineResult::State::NoneFound:
            return QStringLiteral("none-found");
        case ListLineResult::State::Found:
            return m_ticked.at(index) ? QStringLiteral("not-sent") : QStringLiteral("left-out");
        }
    }
    QStringList parts;
    const auto add = [&parts](RevokeOutcome::Kind kind, int count) {
        if (count > 0)
            parts << RevokeOutcome::name(kind) + QLatin1Char(' ') + QString::number(count);
    };
    add(RevokeOutcome::Kind::Revoked, s.revoked);
    add(RevokeOutcome::Kind::AlreadyGone, s.alreadyGone);
    add(RevokeOutcome::Kind::Failed, s.failed);
    add(RevokeOutcome::Kind::Unknown, s.unknown);
    add(RevokeOutcome::Kind::NotSent, s.notSent);
    if (s.fresh > 0)
        parts << QStringLiteral("new ") + QString::number(s.fresh);
    return parts.join(QLatin1String(", "));
}

bool ListRevocation::writeJournal(AuditJournal *journal) const
{
    bool ok = true;
    for (int i = 0; i < m_lines.size(); ++i) {
        const RevokeListLine &line = m_lines.at(i);
        if (line.kind == RevokeListLine::Kind::Blank || line.kind == RevokeListLine::Kind::Comment
            || line.kind == RevokeListLine::Kind::Header)
            continue;
        // The journal's own scope names; a malformed line has none.
        const QString scope = line.kind == RevokeListLine::Kind::User
            ? AuditJournal::scopeName(DeleteTarget::Scope::AllOfUser)
            : line.kind == RevokeListLine::Kind::Client
            ? AuditJournal::scopeName(DeleteTarget::Scope::AllOfClient)
            : line.kind == RevokeListLine::Kind::Pair
            ? AuditJournal::scopeName(DeleteTarget::Scope::Token)
            : QString();
        ok = journal->recordListLine(line.number, line.text, scope, line.username, line.clientId,
                                     journalOutcome(i))
            && ok;
    }
    return ok;
}
