#pragma once

#include "BulkRevoker.h"
#include "ListResolver.h"
#include "RevokeList.h"

#include <QHash>
#include <QSet>

class AuditJournal;

// A revoke from a list, across its passes: the lines, what the last check found for each, which
// lines the admin ticked, and what became of every token sent for a line. After a pass, a check
// again tells per line what is new (tokens issued meanwhile, or issued again for a pair that was
// revoked) so that a second pass revokes them. Pure bookkeeping: no network, no widgets.
class ListRevocation
{
public:
    struct LineSummary
    {
        int found = 0; // the last check's exact matches
        int revoked = 0;
        int alreadyGone = 0;
        int failed = 0;
        int unknown = 0;
        int notSent = 0;
        int fresh = 0; // found by a check after a pass, and not already dealt with
        bool sent = false; // a token of this line was sent in some pass
    };

    // source: the list's file name, or empty when pasted.
    void setLines(const QList<RevokeListLine> &lines, const QString &source);
    const QList<RevokeListLine> &lines() const { return m_lines; }
    QString source() const { return m_source; }
    // What the journal calls it: "list: incident.txt", or "list: pasted".
    QString journalSource() const;

    // The results of a check (ListResolver::results(), one per line), read with session.
    // Lines with tokens are ticked; a check after a pass ticks the lines with something new.
    void setResults(const QList<ListLineResult> &results, quint64 session);
    bool isChecked() const { return m_checked; }
    quint64 session() const { return m_session; }
    const ListLineResult &result(int index) const { return m_results.at(index); }

    bool canTick(int index) const;
    bool isTicked(int index) const { return m_ticked.value(index); }
    void setTicked(int index, bool ticked);

    // The tokens of the ticked lines, each once, in the order of the lines.
    QList<TokenKey> targets() const;
    int ticked() const;

    // A pass was sent: the targets of the ticked lines (targets()) are now this pass's.
    void beginPass();
    int passes() const { return m_passes; }
    // The outcomes of a run of the pass (Retry Failed is a later run of the same pass).
    void applyOutcomes(const std::vector<BulkRevoker::Item> &items);

    LineSummary summary(int index) const;
    // For the journal: "revoked 2, already-gone 1, new 3"; "none-found"; "left-out" (unticked);
    // "malformed"; "not-checked" (the check failed); "not-sent" (found, never sent).
    QString journalOutcome(int index) const;
    // One "list-line" entry per line that is not blank, a comment or the header; false (with
    // the journal's error) if a line could not be written.
    bool writeJournal(AuditJournal *journal) const;

private:
    QList<RevokeListLine> m_lines;
    QString m_source;
    QList<ListLineResult> m_results;
    QList<bool> m_ticked;
    QList<QSet<TokenKey>> m_lineSent; // per line: every token sent for it, in any pass
    QHash<TokenKey, RevokeOutcome::Kind> m_outcome; // the latest outcome of each token sent
    quint64 m_session = 0;
    int m_passes = 0;
    bool m_checked = false;
    bool m_checkedAfterPass = false;
};
