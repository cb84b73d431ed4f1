#include "RevocationHistoryDialog.h"
#include "ui_RevocationHistoryDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMessageBox>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>

namespace {
constexpr int EntryIndexRole = Qt::UserRole + 1;
}

RevocationHistoryDialog::RevocationHistoryDialog(const QString &journalPath, QWidget *parent)
    : QDialog(parent),
      m_ui(std::make_unique<Ui::RevocationHistoryDialog>()),
      m_path(journalPath),
      m_model(new QStandardItemModel(this)),
      m_proxy(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    m_model->setHorizontalHeaderLabels({tr("Time"), tr("Event"), tr("Outcome"), tr("Username"),
                                        tr("Client ID"), tr("Scope"), tr("HTTP"), tr("Message"),
                                        tr("Server"), tr("Signed in as")});
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_ui->historyTable->setModel(m_proxy);
    m_ui->historyTable->verticalHeader()->hide();
    m_ui->historyTable->horizontalHeader()->setStretchLastSection(true);
    connect(m_ui->historyFilterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        updateCount();
    });
    connect(m_ui->reloadButton, &QPushButton::clicked, this, &RevocationHistoryDialog::reload);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_ui->exportCsvButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export Revocation History"),
            QDir::homePath() + QStringLiteral("/revocations.csv"), tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        QString error;
        if (!exportCsv(path, &error))
            QMessageBox::warning(this, tr("Export Revocation History"), error);
    });
    reload();
}

RevocationHistoryDialog::~RevocationHistoryDialog() = default;

void RevocationHistoryDialog::reload()
{
    QString error;
    bool tornTail = false;
    m_entries = AuditJournal::read(m_path, &error, &tornTail);
    updateTornLineNotice(tornTail);
    m_model->removeRows(0, m_model->rowCount());
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const JournalEntry &e = m_entries[i];
        QList<QStandardItem *> row {
            new QStandardItem(QLocale().toString(e.time.toLocalTime(), QLocale::ShortFormat)),
            new QStandardItem(e.event),
            new QStandardItem(e.outcome),
            new QStandardItem(e.username),
            new QStandardItem(e.clientId),
            new QStandardItem(e.scope),
            new QStandardItem(e.httpStatus ? QString::number(e.httpStatus) : QString()),
            new QStandardItem(e.message),
            new QStandardItem(e.server),
            new QStandardItem(e.identity)};
        // Sort by the real time, not by its text.
        row.first()->setData(e.time, Qt::UserRole);
        row.first()->setData(int(i), EntryIndexRole);
        m_model->appendRow(row);
    }
    m_proxy->setSortRole(Qt::UserRole);
    m_ui->historyTable->sortByColumn(0, Qt::DescendingOrder);
    m_ui->historyTable->resizeColumnsToContents();
    if (!error.isEmpty())
        m_ui->countLabel->setText(
            tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(m_path), error));
    else
        updateCount();
}

void RevocationHistoryDialog::updateTornLineNotice(bool tornTail)
{
    // Lines set aside earlier, and a torn last line not yet set aside (that happens before the
    // next line is written).
    const QString side = QDir::toNativeSeparators(AuditJournal::sideFilePath(m_path));
    QStringList notes;
    if (QFileInfo::exists(AuditJournal::sideFilePath(m_path)))
        notes << tr("An incomplete line left by an interrupted write (a crash or a full disk) "
                    "was set aside in %1. The entries below are the complete ones.")
                     .arg(side);
    if (tornTail)
        notes << tr("The last line of the journal is incomplete, left by an interrupted write: "
                    "it is not shown, and will be set aside in %1 before the next revocation is "
                    "recorded.")
                     .arg(side);
    m_ui->tornLineNotice->setText(notes.join(QLatin1Char('\n')));
    m_ui->tornLineNotice->setVisible(!notes.isEmpty());
}

void RevocationHistoryDialog::updateCount()
{
    m_ui->countLabel->setText(
        tr("%L1 of %L2 entries").arg(m_proxy->rowCount()).arg(m_entries.size()));
}

QList<JournalEntry> RevocationHistoryDialog::shownEntries() const
{
    QList<JournalEntry> shown;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        shown.append(m_entries.value(m_proxy->index(row, 0).data(EntryIndexRole).toInt()));
    return shown;
}

bool RevocationHistoryDialog::exportCsv(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(AuditJournal::toCsv(shownEntries())) < 0
        || !file.commit()) {
        if (error)
            *error
                = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}
