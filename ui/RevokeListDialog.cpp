#include "RevokeListDialog.h"

#include "EnvironmentStrip.h"
#include "ListResolver.h"
#include "TokensApi.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScreen>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace {
constexpr int LineIndexRole = Qt::UserRole + 1;
const QColor ProblemColor(0x8a, 0x4b, 0x00);
const QColor FailedColor(0xb0, 0x2a, 0x37);

// The entry as written, with what cannot be seen made visible: a tab, and spaces at either
// end (the whole entry quoted).
QString visibleText(const RevokeListLine &line)
{
    QString text = line.text;
    text.replace(QLatin1Char('\t'), QStringLiteral(" \u21E5 "));
    if (line.spacesAround)
        text = QStringLiteral("\u201C%1\u201D").arg(text);
    return text;
}
} // namespace

RevokeListDialog::RevokeListDialog(TokensApi *api, QWidget *parent)
    : QDialog(parent),
      m_api(api),
      m_resolver(new ListResolver(api, this)),
      m_edit(new QPlainTextEdit(this)),
      m_sourceLabel(new QLabel(this)),
      m_progressLabel(new QLabel(this)),
      m_totalsLabel(new QLabel(this)),
      m_view(new QTableView(this)),
      m_model(new QStandardItemModel(0, ColumnCount, this)),
      m_openButton(new QPushButton(tr("&Open File..."), this)),
      m_checkButton(new QPushButton(tr("&Check Against Server"), this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setWindowTitle(tr("Revoke From List"));
    setObjectName(QStringLiteral("revokeListDialog"));

    auto *intro = new QLabel(
        tr("One entry per line: a username for every token of that user; "
           "<b>client:</b><i>ID</i> for every token of a client; or a username and a client ID "
           "separated by a tab or a comma for one token (<b>user:</b><i>name</i> when a username "
           "starts with “client:”). Blank lines and lines starting with # are "
           "skipped. Names are matched exactly, with their case and spaces as written."),
        this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);

    m_openButton->setObjectName(QStringLiteral("openListButton"));
    m_openButton->setIcon(QIcon::fromTheme(QStringLiteral("document-open"),
                                           style()->standardIcon(QStyle::SP_DialogOpenButton)));
    m_sourceLabel->setObjectName(QStringLiteral("sourceLabel"));
    m_sourceLabel->setText(tr("Paste the list below, or open a text or CSV file."));
    auto *sourceRow = new QHBoxLayout;
    sourceRow->addWidget(m_openButton);
    sourceRow->addWidget(m_sourceLabel, 1);

    m_edit->setObjectName(QStringLiteral("listEdit"));
    m_edit->setAccessibleName(tr("List to revoke from"));
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_edit->setTabChangesFocus(false); // a tab separates a username from its client ID
    m_edit->setPlaceholderText(tr("# incident 2026-11-28\nada\nclient:legacy-app\nbob,web-app"));

    m_checkButton->setObjectName(QStringLiteral("checkButton"));
    m_checkButton->setAutoDefault(false);
    m_progressLabel->setObjectName(QStringLiteral("checkProgressLabel"));
    auto *checkRow = new QHBoxLayout;
    checkRow->addWidget(m_checkButton);
    checkRow->addWidget(m_progressLabel, 1);

    m_model->setHorizontalHeaderLabels({tr("Line"), tr("Entry"), tr("Means"), tr("Result")});
    m_view->setObjectName(QStringLiteral("linesView"));
    m_view->setAccessibleName(tr("Lines of the list"));
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight); // the whole text is in each cell's tooltip
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_edit);
    splitter->addWidget(m_view);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    m_totalsLabel->setObjectName(QStringLiteral("totalsLabel"));
    m_totalsLabel->setWordWrap(true);

    m_revokeButton = m_buttons->addButton(tr("&Revoke..."), QDialogButtonBox::DestructiveRole);
    m_revokeButton->setObjectName(QStringLiteral("revokeListButton"));
    m_revokeButton->setIcon(QIcon::fromTheme(QStringLiteral("edit-delete"),
                                             style()->standardIcon(QStyle::SP_TrashIcon)));
    m_revokeButton->setAutoDefault(false);
    m_buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);

    auto *layout = new QVBoxLayout(this);
    m_strip = new EnvironmentStrip(this);
    layout->addWidget(m_strip);
    layout->addWidget(intro);
    layout->addLayout(sourceRow);
    layout->addWidget(splitter, 1);
    layout->addLayout(checkRow);
    layout->addWidget(m_totalsLabel);
    layout->addWidget(m_buttons);

    resize(820, 620);
    if (const QScreen *screen = parent ? parent->screen() : QGuiApplication::primaryScreen()) {
        const QSize available = screen->availableSize();
        resize(qMin(width(), available.width() * 9 / 10),
               qMin(height(), available.height() * 9 / 10));
    }

    connect(m_openButton, &QPushButton::clicked, this, &RevokeListDialog::openFile);
    connect(m_checkButton, &QPushButton::clicked, this, &RevokeListDialog::check);
    connect(m_revokeButton, &QPushButton::clicked, this, &RevokeListDialog::requestRevoke);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &RevokeListDialog::onTextChanged);
    connect(m_resolver, &ListResolver::progress, this, [this](int checked, int toCheck) {
        m_progressLabel->setText(
            tr("Checking: %L1 of %Ln line(s)...", nullptr, toCheck).arg(checked));
    });
    // A line read: its row as it will read (resultText() shows the check's results while
    // it runs).
    connect(m_resolver, &ListResolver::lineResolved, this, &RevokeListDialog::updateRow);
    connect(m_resolver, &ListResolver::finished, this, &RevokeListDialog::onChecked);
    connect(m_model, &QStandardItemModel::itemChanged, this, [this](QStandardItem *item) {
        if (m_showingTicks || item->column() != LineColumn || !item->isCheckable() || m_running
            || m_resolver->isRunning())
            return;
        const int index = item->data(LineIndexRole).toInt();
        const bool ticked = item->checkState() == Qt::Checked;
        if (m_revocation.isTicked(index) == ticked)
            return;
        m_revocation.setTicked(index, ticked);
        updateTotals();
        updateButtons();
    });
    updateTotals();
    updateButtons();
}

RevokeListDialog::~RevokeListDialog() = default;

QString RevokeListDialog::listText() const
{
    return m_edit->toPlainText();
}

QString RevokeListDialog::sourceName() const
{
    if (m_fileName.isEmpty())
        return {};
    return m_edited ? tr("%1, edited").arg(m_fileName) : m_fileName;
}

void RevokeListDialog::openFile()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Open List"), QDir::homePath(),
                                       tr("Lists (*.txt *.csv *.tsv *.list);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

bool RevokeListDialog::loadFile(const QString &path)
{
    if (m_running)
        return false;
    QString text;
    QString error;
    if (!RevokeList::readFile(path, &text, &error)) {
        m_sourceLabel->setText(
            tr("Could not open %1: %2").arg(QDir::toNativeSeparators(path), error));
        m_sourceLabel->setStyleSheet(QStringLiteral("color: #b02a37;"));
        return false;
    }
    m_fileName = QFileInfo(path).fileName();
    m_fileText = text; // checked as read: the editor turns no-break spaces into spaces
    m_edited = false;
    m_loading = true;
    m_edit->setPlainText(text); // onTextChanged(): what was checked before is gone
    m_loading = false;
    m_sourceLabel->setStyleSheet({});
    m_sourceLabel->setText(tr("From %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

void RevokeListDialog::onTextChanged()
{
    if (!m_loading && !m_fileName.isEmpty() && !m_edited) {
        m_edited = true;
        m_fileText.clear();
        m_sourceLabel->setText(tr("From %1, edited").arg(m_fileName));
    }
    if (m_fileName.isEmpty())
        m_sourceLabel->setText(tr("Pasted list"));
    // What was checked was another list: nothing of it may be revoked now.
    m_resolver->cancel();
    m_stale = true;
    m_model->removeRows(0, m_model->rowCount());
    m_rowOfLine.clear();
    m_revocation.setLines({}, {});
    m_progressLabel->clear();
    m_checkButton->setText(tr("&Check Against Server"));
    updateTotals();
    updateButtons();
}

void RevokeListDialog::check()
{
    if (m_resolver->isRunning()) {
        // The button says Stop while checking: the lines and the passes stay, the check is
        // not good for revoking.
        stopChecking();
        m_progressLabel->setText(tr("Check stopped: check again to revoke."));
        return;
    }
    if (m_running)
        return;
    if (!m_api->hasAccessToken()) {
        m_progressLabel->setText(tr("Sign in to check the list."));
        return;
    }
    m_checkNote.clear();
    if (!m_stale && m_revocation.passes() > 0 && m_passSession != m_api->sessionGeneration()) {
        // Signed in again since the passes (perhaps elsewhere): their outcomes are of another
        // session and are not carried over; the journal has them.
        m_stale = true;
        m_checkNote = tr("Signed in again since the last pass: its outcomes are in the revocation "
                         "history, and this check starts afresh.");
    }
    if (m_stale || m_revocation.lines().isEmpty()) {
        const QString text = !m_fileText.isEmpty() ? m_fileText : m_edit->toPlainText();
        m_revocation.setLines(RevokeList::parse(text), sourceName());
    }
    m_stale = false;
    fillTable();
    m_progressLabel->setText(m_checkNote.isEmpty() ? tr("Checking...") : m_checkNote);
    m_resolver->start(m_revocation.lines());
    updateButtons();
}

void RevokeListDialog::stopChecking()
{
    if (!m_resolver->isRunning())
        return;
    m_resolver->cancel();
    m_revocation.invalidateResults();
    for (auto it = m_rowOfLine.cbegin(); it != m_rowOfLine.cend(); ++it)
        updateRow(it.key());
    updateTotals();
    updateButtons();
}

void RevokeListDialog::onChecked()
{
    if (m_resolver->lines().size() != m_revocation.lines().size())
        return; // a check of another list (cancelled and replaced)
    m_revocation.setResults(m_resolver->results(), m_resolver->session());
    if (m_revocation.passes() > 0)
        m_passSession = m_resolver->session();
    const int failed = m_resolver->linesFailed();
    const QString checked = failed > 0
        ? tr("Checked, but %Ln line(s) could not be checked.", nullptr, failed)
        : tr("Checked %Ln line(s) against the server.", nullptr, m_resolver->linesToCheck());
    m_progressLabel->setText(m_checkNote.isEmpty() ? checked
                                                   : m_checkNote + QLatin1Char(' ') + checked);
    if (m_revocation.passes() > 0)
        m_checkButton->setText(tr("&Check Again"));
    for (auto it = m_rowOfLine.cbegin(); it != m_rowOfLine.cend(); ++it)
        updateRow(it.key());
    m_view->resizeColumnToContents(LineColumn); // now with its tick boxes
    updateTotals();
    updateButtons();
}

void RevokeListDialog::fillTable()
{
    m_model->removeRows(0, m_model->rowCount());
    m_rowOfLine.clear();
    const QList<RevokeListLine> &lines = m_revocation.lines();
    for (int i = 0; i < lines.size(); ++i) {
        const RevokeListLine &line = lines.at(i);
        if (line.kind == RevokeListLine::Kind::Blank)
            continue;
        auto *number = new QStandardItem(QString::number(line.number));
        number->setData(i, LineIndexRole);
        number->setData(line.number, Qt::UserRole);
        auto *entry = new QStandardItem(visibleText(line));
        entry->setToolTip(
            line.spacesAround
                ? tr("Spaces before or after a name are kept: \u201C%1\u201D").arg(line.text)
                : line.text);
        const QString means = line.isTarget()              ? line.targetText()
            : line.kind == RevokeListLine::Kind::Malformed ? tr("malformed")
                                                           : tr("%1, skipped").arg(line.kindText());
        m_rowOfLine.insert(i, m_model->rowCount());
        auto *meaning = new QStandardItem(means);
        meaning->setToolTip(line.isTarget() ? line.targetText() : means);
        m_model->appendRow({number, entry, meaning, new QStandardItem});
        updateRow(i);
    }
    m_view->resizeColumnToContents(LineColumn);
    // Entries and their meaning as wide as they are, within a readable width each.
    for (const auto &[column, chars] : {std::pair {int(EntryColumn), 26}, {int(MeansColumn), 30}}) {
        m_view->resizeColumnToContents(column);
        m_view->setColumnWidth(
            column, qMin(m_view->columnWidth(column), fontMetrics().averageCharWidth() * chars));
    }
}

QString RevokeListDialog::resultText(int index, bool *problem, bool *failed) const
{
    *problem = false;
    *failed = false;
    const RevokeListLine &line = m_revocation.lines().at(index);
    if (line.kind == RevokeListLine::Kind::Malformed) {
        *problem = true;
        return tr("Malformed: %1").arg(line.problem);
    }
    if (!line.isTarget())
        return tr("Skipped");
    const ListLineResult &result
        = m_resolver->isRunning() ? m_resolver->results().at(index) : m_revocation.result(index);
    const ListRevocation::LineSummary s = m_revocation.summary(index);
    QStringList parts;
    // What the passes did for this line.
    if (s.sent && m_running) {
        parts << tr("Sending...");
    } else if (s.sent) {
        QStringList done;
        if (s.revoked)
            done << tr("%Ln revoked", nullptr, s.revoked);
        if (s.alreadyGone)
            done << tr("%Ln already gone", nullptr, s.alreadyGone);
        if (s.failed)
            done << tr("%Ln failed", nullptr, s.failed);
        if (s.unknown)
            done << tr("%Ln unknown", nullptr, s.unknown);
        if (s.notSent)
            done << tr("%Ln not sent", nullptr, s.notSent);
        parts << done.join(QLatin1String(", "));
        *failed = s.failed || s.unknown || s.notSent;
    }
    // What the check found.
    switch (result.state) {
    case ListLineResult::State::NotChecked:
        if (!s.sent)
            return tr("Not checked");
        break;
    case ListLineResult::State::Checking:
        parts << tr("Checking...");
        break;
    case ListLineResult::State::Failed:
        *failed = true;
        parts << tr("Could not check: %1").arg(result.error.message());
        break;
    case ListLineResult::State::NoneFound:
        parts << (s.sent ? tr("none left") : tr("None found"));
        break;
    case ListLineResult::State::Found:
        if (!s.sent) {
            parts << tr("%Ln token(s)", nullptr, s.found);
        } else if (m_revocation.isChecked()) {
            // Checked again after the last run: new ones, and those still there.
            if (s.fresh > 0)
                parts << tr("%Ln new", nullptr, s.fresh);
            if (s.found > s.fresh)
                parts << tr("%Ln still there", nullptr, s.found - s.fresh);
        }
        break;
    }
    if (!result.caseOnly.isEmpty()) {
        const TokenKey &first = result.caseOnly.first();
        const QString name
            = line.kind == RevokeListLine::Kind::Client ? first.clientId : first.username;
        parts << tr("%Ln token(s) differing only in case, not included (\u201C%1\u201D)", nullptr,
                    int(result.caseOnly.size()))
                     .arg(name);
        *problem = *problem || s.found == 0;
    }
    if (!result.withoutSpaces.isEmpty()) {
        parts << tr("%Ln token(s) matching without the spaces around the name, not included",
                    nullptr, int(result.withoutSpaces.size()));
        *problem = true;
    } else if (line.spacesAround) {
        parts << tr("spaces around the name are kept");
        *problem = true;
    }
    if (result.sameAsLine > 0)
        parts << tr("same as line %1").arg(result.sameAsLine);
    return parts.join(QLatin1String("; "));
}

void RevokeListDialog::updateRow(int index)
{
    const int row = rowOfLine(index);
    if (row < 0)
        return;
    // Showing a row is not the admin ticking (itemChanged fires for every change here).
    const QScopedValueRollback<bool> showing(m_showingTicks, true);
    bool problem = false;
    bool failed = false;
    QStandardItem *result = m_model->item(row, ResultColumn);
    result->setText(resultText(index, &problem, &failed));
    result->setToolTip(result->text());
    const QBrush brush = failed ? QBrush(FailedColor) : problem ? QBrush(ProblemColor) : QBrush();
    for (int column = 0; column < ColumnCount; ++column)
        m_model->item(row, column)->setForeground(brush);
    QStandardItem *number = m_model->item(row, LineColumn);
    const bool canTick = m_revocation.canTick(index) && !m_resolver->isRunning();
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (canTick && !m_running)
        flags |= Qt::ItemIsUserCheckable; // not while a pass is sent or a check runs
    number->setFlags(flags);
    number->setData(canTick ? QVariant(m_revocation.isTicked(index) ? Qt::Checked : Qt::Unchecked)
                            : QVariant(),
                    Qt::CheckStateRole);
}

QString RevokeListDialog::totalsText() const
{
    return m_totalsLabel->text();
}

void RevokeListDialog::updateTotals()
{
    const QList<RevokeListLine> &lines = m_revocation.lines();
    if (lines.isEmpty() || m_stale) {
        m_totalsLabel->setText(m_edit->toPlainText().trimmed().isEmpty()
                                   ? QString()
                                   : tr("Check the list against the server to see what each "
                                        "line would revoke."));
        return;
    }
    int entries = 0, malformed = 0, found = 0, none = 0, failed = 0, problems = 0;
    for (int i = 0; i < lines.size(); ++i) {
        const RevokeListLine &line = lines.at(i);
        if (line.kind == RevokeListLine::Kind::Malformed) {
            ++entries;
            ++malformed;
            continue;
        }
        if (!line.isTarget())
            continue;
        ++entries;
        const ListLineResult &result = m_revocation.result(i);
        if (result.state == ListLineResult::State::Found)
            ++found;
        else if (result.state == ListLineResult::State::NoneFound)
            ++none;
        else if (result.state == ListLineResult::State::Failed)
            ++failed;
        if (line.spacesAround || (result.matches.isEmpty() && !result.caseOnly.isEmpty()))
            ++problems;
    }
    const QList<TokenKey> keys = m_revocation.targets();
    QSet<QString> users, clients;
    for (const TokenKey &key : keys) {
        users.insert(key.username);
        clients.insert(key.clientId);
    }
    QStringList text;
    text << tr("%Ln line(s) with an entry:", nullptr, entries) + QLatin1Char(' ')
            + tr("%L1 with tokens (%L2 ticked), %L3 with none, %L4 malformed, %L5 could not be "
                 "checked.")
                  .arg(found)
                  .arg(m_revocation.ticked())
                  .arg(none)
                  .arg(malformed)
                  .arg(failed);
    if (problems > 0)
        text << tr("%Ln line(s) with a problem to look at (spaces, case).", nullptr, problems);
    if (m_revocation.isChecked())
        text << tr("Ticked: %1 of %2 and %3.")
                    .arg(tr("%Ln token(s)", nullptr, int(keys.size())),
                         tr("%Ln user(s)", nullptr, int(users.size())),
                         tr("%Ln client(s)", nullptr, int(clients.size())));
    if (!m_revokeAllowed && !m_notAllowedWhy.isEmpty())
        text << m_notAllowedWhy;
    else if (m_revocation.isChecked() && m_api->sessionGeneration() != m_revocation.session())
        text << tr("The console signed in again since the check: check the list again before "
                   "revoking.");
    m_totalsLabel->setText(text.join(QLatin1Char(' ')));
}

void RevokeListDialog::updateButtons()
{
    const bool checking = m_resolver->isRunning();
    m_checkButton->setText(checking ? tr("&Stop Checking")
                               : m_revocation.passes() > 0 && !m_stale
                               ? tr("&Check Again")
                               : tr("&Check Against Server"));
    m_checkButton->setEnabled(
        !m_running
        && (checking || (m_api->hasAccessToken() && !m_edit->toPlainText().trimmed().isEmpty())));
    m_openButton->setEnabled(!m_running && !checking);
    m_edit->setReadOnly(m_running);
    const int count = int(m_revocation.targets().size());
    m_revokeButton->setText(count > 0 ? tr("&Revoke %Ln Token(s)...", nullptr, count)
                                      : tr("&Revoke..."));
    m_revokeButton->setEnabled(!checking && !m_running && !m_stale && m_revocation.isChecked()
                               && count > 0 && m_revokeAllowed
                               && m_api->sessionGeneration() == m_revocation.session());
}

void RevokeListDialog::setRevokeAllowed(bool allowed, const QString &why)
{
    m_revokeAllowed = allowed;
    m_notAllowedWhy = why;
    updateTotals();
    updateButtons();
}

void RevokeListDialog::requestRevoke()
{
    if (!m_revokeButton->isEnabled())
        return;
    const QList<TokenKey> keys = m_revocation.targets();
    if (keys.isEmpty() || m_api->sessionGeneration() != m_revocation.session()) {
        updateTotals();
        updateButtons();
        return;
    }
    emit revokeRequested(keys, sourceName(), m_revocation.session());
}

void RevokeListDialog::passStarted()
{
    m_revocation.beginPass();
    m_passSession = m_revocation.session();
    runStarted();
}

void RevokeListDialog::runStarted()
{
    m_running = true;
    for (auto it = m_rowOfLine.cbegin(); it != m_rowOfLine.cend(); ++it)
        updateRow(it.key());
    m_progressLabel->setText(tr("Revoking: see the progress window."));
    updateTotals();
    updateButtons();
}

void RevokeListDialog::runFinished(const std::vector<BulkRevoker::Item> &items)
{
    m_revocation.applyOutcomes(items);
    m_running = false;
    m_progressLabel->setText(
        tr("Revoked what was confirmed. Check Again lists what matches each line now."));
    for (auto it = m_rowOfLine.cbegin(); it != m_rowOfLine.cend(); ++it)
        updateRow(it.key());
    updateTotals();
    updateButtons();
}

void RevokeListDialog::done(int result)
{
    stopChecking(); // a check cut short is not good for revoking after the window reopens
    QDialog::done(result);
}

void RevokeListDialog::setServer(const ServerProfile &server)
{
    m_strip->setServer(server);
}

void RevokeListDialog::setRequestsAtOnce(int cap)
{
    m_resolver->setRequestsAtOnce(cap);
}
