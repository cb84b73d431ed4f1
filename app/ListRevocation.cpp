#include "ListRevocation.h"

#include "AuditJournal.h"

void ListRevocation::setLines(const QList<RevokeListLine> &lines, const QString &source)
{
    m_lines = lines;
    m_source = source;
    m_results = QList<ListLineResult>(lines.size());
    m_ticked = QList<bool>(lines.size(), false);
    m_lineSent = QList<QSet<TokenKey>>(lines.size());
    m_outcome.clear();
    m_session = 0;
    m_passes = 0;
    m_checked = m_checkedAfterPass = false;
}

QString ListRevocation::journalSource() const
{
    return QStringLiteral("list: ") + (m_source.isEmpty() ? QStringLiteral("pasted") : m_source);
}

void ListRevocation::setResults(const QList<ListLineResult> &results, quint64 session)
{
    Q_ASSERT(results.size() == m_lines.size());
    m_results = results;
    m_session = session;
    m_checked = true;
    m_checkedAfterPass = m_passes > 0;
    for (int i = 0; i < m_lines.size(); ++i)
        m_ticked[i] = canTick(i); // what is there now: new, or still there after a failure
}

bool ListRevocation::canTick(int index) const
{
    return m_results.at(index).state == ListLineResult::State::Found
        && !m_results.at(index).matches.isEmpty();
}

void ListRevocation::setTicked(int index, bool ticked)
{
    m_ticked[index] = ticked && canTick(index);
}

QList<TokenKey> ListRevocation::targets() const
{
    QList<TokenKey> keys;
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
    return int(m_ticked.count(true));
}

void ListRevocation::beginPass()
{
    ++m_passes;
    m_checkedAfterPass = false;
    for (int i = 0; i < m_lines.size(); ++i) {
        if (!m_ticked.at(i))
            continue;
        for (const TokenKey &key : m_results.at(i).matches) {
            m_lineSent[i].insert(key);
            m_outcome.insert(key, RevokeOutcome::Kind::Pending);
        }
    }
}

void ListRevocation::applyOutcomes(const std::vector<BulkRevoker::Item> &items)
{
    for (const BulkRevoker::Item &item : items) {
        if (item.target.scope() != DeleteTarget::Scope::Token)
            continue; // a list is revoked pair by pair
        const auto it = m_outcome.find(item.target.key());
        if (it != m_outcome.end() && item.outcome.isDone())
            *it = item.outcome.kind;
    }
}

ListRevocation::LineSummary ListRevocation::summary(int index) const
{
    LineSummary s;
    const ListLineResult &result = m_results.at(index);
    s.found = result.state == ListLineResult::State::Found ? int(result.matches.size()) : 0;
    const QSet<TokenKey> &sent = m_lineSent.at(index);
    s.sent = !sent.isEmpty();
    for (const TokenKey &key : sent) {
        switch (m_outcome.value(key, RevokeOutcome::Kind::Pending)) {
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
    if (m_checkedAfterPass) {
        // New: never sent (for any line), or sent and gone, and here again (a pair issued
        // anew). One that was sent and failed is still there, not new.
        for (const TokenKey &key : result.matches) {
            const auto outcome = m_outcome.constFind(key);
            if (outcome == m_outcome.constEnd() || *outcome == RevokeOutcome::Kind::Revoked
                || *outcome == RevokeOutcome::Kind::AlreadyGone)
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
        switch (result.state) {
        case ListLineResult::State::NotChecked:
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
        const QString scope = line.kind == RevokeListLine::Kind::User ? QStringLiteral("user")
            : line.kind == RevokeListLine::Kind::Client              ? QStringLiteral("client")
            : line.kind == RevokeListLine::Kind::Pair                ? QStringLiteral("token")
                                                                     : QString();
        ok = journal->recordListLine(line.number, line.text, scope, line.username, line.clientId,
                                     journalOutcome(i))
            && ok;
    }
    return ok;
}
