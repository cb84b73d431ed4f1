#pragma once

#include "BulkRevoker.h"
#include "ListResolver.h"
#include "RevokeList.h"

#include <QHash>
#include <QSet>

class AuditJournal;

// A revoke from a list, across its passes: the lines, what the last check found for each, which
// lines the admin ticked, and what became of every token sent for a line in each pass. A check
// is good for one pass: once a pass was sent (or a run of it ended), the next pass needs a new
// check, which tells per line what is new (tokens issued meanwhile, or issued again for a pair
// that was revoked). Pure bookkeeping: no network, no widgets.
class ListRevocation
{
public:
    struct LineSummary
    {
        int found = 0; // the last check's exact matches
        int revoked = 0; // over every pass (a pair issued again and revoked again counts twice)
        int alreadyGone = 0;
        int failed = 0;
        int unknown = 0;
        int notSent = 0; // includes those still waiting in a pass being sent
        int fresh = 0; // found by a check after the last run, and not already dealt with
        bool sent = false; // a token of this line was sent in some pass
    };

    // source: the list's file name, or empty when pasted. Starts over: no check, no pass.
    void setLines(const QList<RevokeListLine> &lines, const QString &source);
    const QList<RevokeListLine> &lines() const { return m_lines; }
    // What the journal calls it: "list: incident.txt", or "pasted list".
    QString journalSource() const;

    // The results of a check (ListResolver::results(), one per line), read with session.
    // Lines with tokens are ticked, except those the admin unticked before.
    void setResults(const QList<ListLineResult> &results, quint64 session);
    // The check is not good any more (stopped, or a run changed the server since): no targets
    // until the next check. Lines, ticks and passes stay.
    void invalidateResults();
    // A check whose results may be revoked now (none since the last pass or run).
    bool isChecked() const { return m_checked; }
    quint64 session() const { return m_session; }
    const ListLineResult &result(int index) const { return m_results.at(index); }

    bool canTick(int index) const;
    bool isTicked(int index) const { return m_ticked.value(index); }
    // The admin's tick: an unticked line stays unticked through later checks.
    void setTicked(int index, bool ticked);

    // The tokens of the ticked lines, each once, in the order of the lines; empty without a
    // current check.
    QList<TokenKey> targets() const;
    int ticked() const;

    // A pass was confirmed: the targets of the ticked lines are sent now. The check is spent.
    void beginPass();
    int passes() const { return int(m_passes.size()); }
    // The outcomes of a run of the last pass (Retry Failed is a later run of the same pass).
    // The check is spent: what matches now needs a new one.
    void applyOutcomes(const std::vector<BulkRevoker::Item> &items);

    LineSummary summary(int index) const;
    // For the journal: "revoked 2, already-gone 1, new 3"; "none-found"; "left-out" (unticked);
    // "malformed"; "not-checked" (the check failed); "not-sent" (found, ticked, never sent).
    QString journalOutcome(int index) const;
    // One "list-line" entry per line that is not blank, a comment or the header; false (with
    // the journal's error) if a line could not be written.
    bool writeJournal(AuditJournal *journal) const;

private:
    struct Pass
    {
        QList<QSet<TokenKey>> lineKeys; // per line: the tokens sent for it in this pass
        QHash<TokenKey, RevokeOutcome::Kind> outcome; // of each token sent in this pass
    };

    bool sentAfter(qsizetype pass, const TokenKey &key) const;

    QList<RevokeListLine> m_lines;
    QString m_source;
    QList<ListLineResult> m_results;
    QList<bool> m_ticked;
    QSet<int> m_leftOut; // lines the admin unticked
    QList<Pass> m_passes;
    QHash<TokenKey, RevokeOutcome::Kind> m_latest; // each token's outcome in its last pass
    quint64 m_session = 0;
    bool m_checked = false;
    bool m_checkedAfterRun = false; // the results are newer than the last run: "new" applies
};
