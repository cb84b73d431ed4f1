#pragma once

#include "AuditJournal.h"

#include <QDialog>

#include <memory>

namespace Ui {
class RevocationHistoryDialog;
}
class QSortFilterProxyModel;
class QStandardItemModel;

// The audit journal as a table, with a filter and CSV export of what the filter shows. A notice
// above the table ("tornLineNotice") says when torn lines were set aside, and where.
class RevocationHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RevocationHistoryDialog(const QString &journalPath, QWidget *parent = nullptr);
    ~RevocationHistoryDialog() override;

    void reload();
    // The entries the filter shows, newest first as in the table.
    QList<JournalEntry> shownEntries() const;
    bool exportCsv(const QString &path, QString *error = nullptr) const;

    // The journal's words ("intent", "outcome", "user", "already-gone") in the admin's.
    static QString eventText(const QString &event);
    static QString scopeText(const QString &scope);
    static QString environmentText(const QString &environment);
    // "list: incident.txt" -> "List incident.txt"; "pasted list" -> "Pasted list".
    static QString sourceText(const QString &source);
    // A list line's outcome ("revoked 2, already-gone 1, new 3") in words.
    static QString listOutcomeWords(const QString &outcome);
    static QString outcomeWords(const QString &outcome);

private:
    void updateTornLineNotice(bool tornTail);
    void updateCount();

    std::unique_ptr<Ui::RevocationHistoryDialog> m_ui;
    QString m_path;
    QList<JournalEntry> m_entries;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
};
