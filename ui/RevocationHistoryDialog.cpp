#include "RevocationHistoryDialog.h"
#include "ui_RevocationHistoryDialog.h"

#include "BulkRevoker.h"
#include "RevokeProgressDialog.h"
#include "ServerProfiles.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QMessageBox>
#include <QSaveFile>
#include <QScreen>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>

namespace {
constexpr int EntryIndexRole = Qt::UserRole + 1;
constexpr int MessageColumn = 7;
// Rows are sized to their wrapped message up to this many entries; beyond, the cost of
// measuring every row is not worth it and the whole message is in the tooltip.
constexpr int WrapRowsUpTo = 5000;
} // namespace

QString RevocationHistoryDialog::eventText(const QString &event)
{
    if (event == QLatin1String("intent"))
        return tr("Sending");
    if (event == QLatin1String("outcome"))
        return tr("Result");
    if (event == QLatin1String("list-line"))
        return tr("List line");
    return event;
}

QString RevocationHistoryDialog::listOutcomeWords(const QString &outcome)
{
    QStringList words;
    const QStringList parts = outcome.split(QLatin1String(", "), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const qsizetype space = part.lastIndexOf(QLatin1Char(' '));
        const QString name = space < 0 ? part : part.left(space);
        const QString count = space < 0 ? QString() : part.mid(space + 1);
        if (name == QLatin1String("new"))
            words << tr("new: %1").arg(count);
        else if (name == QLatin1String("none-found"))
            words << tr("none found");
        else if (name == QLatin1String("not-checked"))
            words << tr("not checked");
        else if (name == QLatin1String("left-out"))
            words << tr("left out (unticked)");
        else if (name == QLatin1String("malformed"))
            words << tr("malformed line");
        else if (name == QLatin1String("none-sent"))
            words << tr("nothing sent");
        else if (count.isEmpty())
            words << outcomeWords(name);
        else
            words << tr("%1: %2").arg(outcomeWords(name), count);
    }
    return words.join(QLatin1String(", "));
}

QString RevocationHistoryDialog::sourceText(const QString &source)
{
    if (source == QLatin1String("pasted list"))
        return tr("Pasted list");
    if (source.startsWith(QLatin1String("list: ")))
        return tr("List %1").arg(source.mid(6));
    return source;
}

QString RevocationHistoryDialog::environmentText(const QString &environment)
{
    const std::optional<ServerEnvironment> known = ServerProfile::environmentFromKey(environment);
    return known ? ServerProfile::environmentName(*known) : environment;
}

QString RevocationHistoryDialog::scopeText(const QString &scope)
{
    if (scope == QLatin1String("token"))
        return tr("One token");
    if (scope == QLatin1String("user"))
        return tr("Every token of the user");
    if (scope == QLatin1String("client"))
        return tr("Every token of the client");
    return scope;
}

QString RevocationHistoryDialog::outcomeWords(const QString &outcome)
{
    for (int kind = int(RevokeOutcome::Kind::Pending); kind <= int(RevokeOutcome::Kind::NotSent);
         ++kind) {
        if (outcome == RevokeOutcome::name(RevokeOutcome::Kind(kind)))
            return RevokeProgressDialog::outcomeText(kind);
    }
    return outcome;
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
                                        tr("Server"), tr("Signed in as"), tr("Source")});
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_ui->historyTable->setModel(m_proxy);
    m_ui->historyTable->setAccessibleName(tr("Revocation history"));
    m_ui->historyTable->verticalHeader()->hide();
    m_ui->historyTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->historyTable->setWordWrap(true);
    m_ui->historyTable->setTextElideMode(Qt::ElideMiddle);
    // Fits the screen it opens on (800x500 included), with Close in reach.
    if (const QScreen *screen = parent ? parent->screen() : QGuiApplication::primaryScreen()) {
        const QSize available = screen->availableSize();
        resize(qMin(width(), available.width() * 9 / 10),
               qMin(height(), available.height() * 9 / 10));
    }
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
            new QStandardItem(eventText(e.event)),
            new QStandardItem(e.event == QLatin1String("list-line") ? listOutcomeWords(e.outcome)
                                                                    : outcomeWords(e.outcome)),
            new QStandardItem(e.username),
            new QStandardItem(e.clientId),
            new QStandardItem(scopeText(e.scope)),
            new QStandardItem(e.httpStatus ? QString::number(e.httpStatus) : QString()),
            new QStandardItem(e.message),
            new QStandardItem(
                e.serverName.isEmpty()
                    ? e.server
                    : tr("%1 (%2, %3)")
                          .arg(e.serverName, environmentText(e.environment), e.server)),
            new QStandardItem(e.identity),
            new QStandardItem(sourceText(e.source))};
        // Sort by the real time, not by its text; the whole message in its tooltip.
        // (Every column sorts by its UserRole: the text, the time, the HTTP status as a number.)
        for (QStandardItem *item : std::as_const(row))
            item->setData(item->text(), Qt::UserRole);
        row.first()->setData(e.time, Qt::UserRole);
        row[6]->setData(e.httpStatus, Qt::UserRole);
        row[MessageColumn]->setToolTip(e.message);
        row.first()->setData(int(i), EntryIndexRole);
        m_model->appendRow(row);
    }
    m_proxy->setSortRole(Qt::UserRole);
    m_ui->historyTable->sortByColumn(0, Qt::DescendingOrder);
    // Every column as wide as its content, but the message wraps within a readable width.
    QTableView *table = m_ui->historyTable;
    table->resizeColumnsToContents();
    const int messageWidth = fontMetrics().averageCharWidth() * 48;
    if (table->columnWidth(MessageColumn) > messageWidth)
        table->setColumnWidth(MessageColumn, messageWidth);
    if (m_entries.size() <= WrapRowsUpTo)
        table->resizeRowsToContents();
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
        tr("%L1 of %Ln entries", nullptr, int(m_entries.size())).arg(m_proxy->rowCount()));
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
