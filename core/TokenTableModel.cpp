#include "TokenTableModel.h"

#include "TokenExporter.h"
#include "TokensApi.h"

#include <QSet>

#include <algorithm>
#include <climits>
#include <utility>

TokenTableModel::TokenTableModel(TokensApi *api, QObject *parent)
    : QAbstractTableModel(parent), m_api(api)
{ }

TokenTableModel::~TokenTableModel()
{
    abandonAll();
}

void TokenTableModel::abandonAll()
{
    if (m_call)
        m_call->abandon();
    for (const QPointer<ApiCall> &call : std::exchange(m_superseded, {})) {
        if (call)
            call->abandon();
    }
}

void TokenTableModel::supersede(ApiCall *call)
{
    // The try on the wire finishes and its answer is read and dropped (onFetched: an older
    // generation): aborting an HTTP/1.1 request closes its connection, and over TLS the next
    // request would pay for a new handshake. It is not tried again, and a call waiting to try
    // again ends now. More than a few superseded calls (paging fast on a slow server) would
    // hold the connections the newest request needs: the oldest are aborted.
    call->finishWithoutRetrying();
    if (call->isFinished())
        return;
    m_superseded.append(call);
    while (m_superseded.size() > MaxSupersededCalls) {
        if (ApiCall *oldest = m_superseded.takeFirst())
            oldest->abandon();
    }
}

int TokenTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TokenTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TokenTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TokenKey &key = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case RawValueRole:
        return index.column() == UsernameColumn ? key.username : key.clientId;
    case Qt::ToolTipRole: {
        // Leading or trailing spaces are invisible in a cell; the tooltip quotes the value.
        const QString &value = index.column() == UsernameColumn ? key.username : key.clientId;
        const QString quoted = QStringLiteral("\u201C%1\u201D").arg(value.toHtmlEscaped());
        if (m_query.matches(key))
            return quoted;
        return quoted + QStringLiteral("<br>")
            + tr("Does not match the filters: the server listed it anyway.");
    }
    case Qt::AccessibleDescriptionRole:
        if (m_query.matches(key))
            return {};
        return tr("Does not match the filters");
    case TokenKeyRole:
        return QVariant::fromValue(key);
    case MatchesFiltersRole:
        return m_query.matches(key);
    default:
        return {};
    }
}

QVariant TokenTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    const TokenField field
        = section == UsernameColumn ? TokenField::Username : TokenField::ClientId;
    const QString title = section == UsernameColumn ? tr("Username") : tr("Client ID");
    qsizetype position = -1;
    for (qsizetype i = 0; i < m_query.sort.size(); ++i) {
        if (m_query.sort.at(i).field == field)
            position = i;
    }
    switch (role) {
    case Qt::DisplayRole:
        return title;
    case SortOrderRole:
        if (position < 0)
            return {};
        return int(m_query.sort.at(position).order);
    case SortPriorityRole:
        if (position < 0)
            return {};
        return m_query.sort.size() == 1 ? 0 : int(position + 1);
    case Qt::AccessibleDescriptionRole:
        if (position < 0)
            return tr("Not sorted by this column");
        return (m_query.sort.at(position).order == Qt::AscendingOrder
                    ? tr("Sorted ascending, sort key %1 of %2")
                    : tr("Sorted descending, sort key %1 of %2"))
            .arg(position + 1)
            .arg(m_query.sort.size());
    case Qt::ToolTipRole:
        return tr("Click to sort by this column; Shift+click to add it as the next sort key.");
    default:
        return QAbstractTableModel::headerData(section, orientation, role);
    }
}

void TokenTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    setSortKeys({{column == UsernameColumn ? TokenField::Username : TokenField::ClientId, order}});
}

void TokenTableModel::clickSortColumn(int column, bool additive)
{
    if (column < 0 || column >= ColumnCount)
        return;
    const TokenField field = column == UsernameColumn ? TokenField::Username : TokenField::ClientId;
    QList<SortKey> keys = m_query.sort;
    const auto it = std::find_if(keys.begin(), keys.end(),
                                 [field](const SortKey &k) { return k.field == field; });
    auto flipped = [](Qt::SortOrder o) {
        return o == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
    };
    if (additive) {
        if (it != keys.end())
            it->order = flipped(it->order);
        else
            keys.append({field, Qt::AscendingOrder});
    } else if (it == keys.begin() && it != keys.end()) {
        keys = {{field, flipped(it->order)}};
    } else {
        keys = {{field, Qt::AscendingOrder}};
    }
    setSortKeys(keys);
}

void TokenTableModel::setSortKeys(const QList<SortKey> &keys)
{
    if (keys == m_query.sort)
        return;
    m_query.sort = keys;
    m_query.page = 1;
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    fetch();
}

void TokenTableModel::setQuery(const ListQuery &query)
{
    m_query = query;
    m_query.size = qBound(1, m_query.size, int(ListQuery::MaxPageSize));
    m_query.page = qMax(1, m_query.page);
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    fetch();
}

void TokenTableModel::setFilters(const QString &username, const QString &clientId,
                                 bool exactUsername, bool exactClientId)
{
    if (username == m_query.usernameFilter && clientId == m_query.clientIdFilter
        && exactUsername == m_query.exactUsername && exactClientId == m_query.exactClientId)
        return;
    m_query.usernameFilter = username;
    m_query.clientIdFilter = clientId;
    m_query.exactUsername = exactUsername;
    m_query.exactClientId = exactClientId;
    m_query.page = 1;
    fetch();
}

void TokenTableModel::setPage(int page)
{
    page = qBound(1, page, m_state.lastPage());
    if (page == m_query.page && !m_lastError && !m_rows.isEmpty())
        return;
    m_query.page = page;
    fetch();
}

void TokenTableModel::lastPage()
{
    setPage(m_state.lastPage());
}

void TokenTableModel::setPageSize(int size)
{
    size = qBound(1, size, int(ListQuery::MaxPageSize));
    if (size == m_query.size)
        return;
    // Stay on the page that holds the first row shown now.
    const qint64 firstRow = qMax<qint64>(1, m_state.firstRow());
    m_query.size = size;
    m_query.page = int(qMin<qint64>((firstRow - 1) / size + 1, INT_MAX));
    fetch();
}

void TokenTableModel::refresh()
{
    if (m_query.isExact())
        fetchExact(true);
    else
        fetch();
}

bool TokenTableModel::isLoading() const
{
    return m_call != nullptr || (m_exactReader && m_exactReader->isRunning());
}

bool TokenTableModel::stopExactRead()
{
    m_exactLoaded = false;
    m_exactRows.clear();
    if (!m_exactReader || !m_exactReader->isRunning())
        return false;
    m_exactReader->cancel();
    return true;
}

void TokenTableModel::fetchExact(bool reread)
{
    const bool wasLoading = isLoading();
    ++m_generation;
    if (m_call) {
        supersede(m_call);
        m_call = nullptr;
    }
    emit queryChanged(m_query);
    // The same rows: the same filters and sort, read in this very session (not another
    // server's, after Switch Server).
    const ListQuery &read = m_exactQuery;
    const bool sameQuery = read.usernameFilter == m_query.usernameFilter
        && read.clientIdFilter == m_query.clientIdFilter
        && read.exactUsername == m_query.exactUsername
        && read.exactClientId == m_query.exactClientId && read.sort == m_query.sort
        && m_exactSession == m_api->sessionGeneration();
    if (sameQuery && !reread && m_exactLoaded) {
        if (wasLoading)
            emit loadingChanged(false);
        showExactPage();
        return;
    }
    if (sameQuery && !reread && m_exactReader && m_exactReader->isRunning())
        return; // being read: the page asked for is shown when it is

    if (!m_exactReader) {
        m_exactReader = new TokenExporter(m_api, this);
        connect(m_exactReader, &TokenExporter::finished, this, &TokenTableModel::onExactRead);
    }
    stopExactRead();
    m_exactQuery = m_query;
    m_exactSession = m_api->sessionGeneration();
    m_exactReader->collect(m_query);
    if (!wasLoading && isLoading())
        emit loadingChanged(true);
}

void TokenTableModel::onExactRead()
{
    if (m_exactReader->wasCancelled())
        return; // a newer query (or sign out) took over
    emit loadingChanged(false);
    if (!m_exactReader->succeeded()) {
        m_lastError = m_exactReader->error();
        emit errorOccurred(m_lastError);
        return;
    }
    m_exactRows = m_exactReader->collected();
    m_exactLoaded = true;
    showExactPage();
}

void TokenTableModel::showExactPage()
{
    const qint64 total = m_exactRows.size();
    const int size = m_query.size;
    const qint64 pages = (total + size - 1) / size;
    m_query.page = int(std::clamp<qint64>(m_query.page, 1, qMax<qint64>(1, pages)));
    TokenPage page;
    page.content = m_exactRows.mid(qint64(m_query.page - 1) * size, size);
    page.totalElements = total;
    page.totalPages = pages;
    page.size = size;
    page.numberOfElements = int(page.content.size());
    page.first = m_query.page == 1;
    page.last = m_query.page >= pages;
    applyPage(page);
}

void TokenTableModel::clear()
{
    ++m_generation;
    // Signed out: nothing of the old session is read any more.
    const bool wasLoading = isLoading();
    abandonAll();
    m_call = nullptr;
    stopExactRead();
    if (wasLoading)
        emit loadingChanged(false);
    m_pageBase = 1; // the next server may count its pages as the contract does
    beginResetModel();
    m_rows.clear();
    m_state = PageState {};
    m_state.pageSize = m_query.size;
    endResetModel();
    m_lastError = {};
}

bool TokenTableModel::removeKey(const TokenKey &key)
{
    return removeKeys({key}) == 1;
}

int TokenTableModel::removeKeys(const QList<TokenKey> &keys)
{
    const QSet<TokenKey> gone(keys.begin(), keys.end());
    m_exactRows.removeIf([&gone](const TokenKey &key) { return gone.contains(key); });
    int removed = 0;
    // From the bottom up, so that earlier row numbers stay valid.
    for (int row = int(m_rows.size()) - 1; row >= 0;) {
        if (!gone.contains(m_rows.at(row))) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && gone.contains(m_rows.at(first - 1)))
            --first;
        beginRemoveRows({}, first, row);
        m_rows.remove(first, row - first + 1);
        endRemoveRows();
        removed += row - first + 1;
        row = first - 1;
    }
    m_state.rowsOnPage = int(m_rows.size());
    m_state.totalElements = qMax<qint64>(0, m_state.totalElements - removed);
    return removed;
}

void TokenTableModel::fetch()
{
    if (m_query.isExact()) {
        fetchExact(false);
        return;
    }
    const bool wasLoading = isLoading();
    stopExactRead();
    const quint64 generation = ++m_generation;
    if (m_call)
        supersede(m_call); // its answer, older than this query, is dropped
    emit queryChanged(m_query);
    ListQuery wire = m_query;
    wire.page = m_query.page - 1 + m_pageBase;
    ListTokensCall *call = m_api->listTokens(wire);
    m_call = call;
    connect(call, &ApiCall::finished, this,
            [this, call, generation] { onFetched(call, generation); });
    connect(call, &ApiCall::retrying, this, &TokenTableModel::retrying);
    if (!wasLoading)
        emit loadingChanged(true);
}

void TokenTableModel::onFetched(ListTokensCall *call, quint64 generation)
{
    if (generation != m_generation || call != m_call) {
        // A stale answer: the query changed since it was asked.
        m_superseded.removeAll(call);
        ++m_staleAnswersDropped;
        return;
    }
    m_call = nullptr;
    if (call->error()) {
        m_lastError = call->error();
        emit loadingChanged(false);
        if (m_lastError.kind() != ApiError::Kind::Cancelled)
            emit errorOccurred(m_lastError);
        return;
    }
    emit loadingChanged(false);
    const TokenPage &page = call->value();
    if (m_pageBase == 1 && m_query.page == 1 && !page.first) {
        // Page 1 says it is not the first: this server counts its pages from 0.
        m_pageBase = 0;
        fetch();
        return;
    }
    // The page asked for is past the end (tokens were revoked meanwhile): go to the last one.
    if (page.content.isEmpty() && m_query.page > 1 && page.totalPages >= 1
        && m_query.page > page.totalPages) {
        m_query.page = int(qMin<qint64>(page.totalPages, INT_MAX));
        fetch();
        return;
    }
    applyPage(page);
}

void TokenTableModel::applyPage(const TokenPage &page)
{
    m_lastError = {};
    beginResetModel();
    m_rows = page.content;
    endResetModel();
    m_state.totalElements = page.totalElements;
    m_state.totalPages = page.totalPages;
    m_state.page = m_query.page;
    m_state.pageSize = m_query.size;
    m_state.rowsOnPage = int(m_rows.size());
    m_state.unmatchedOnPage
        = int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                            [this](const TokenKey &key) { return !m_query.matches(key); }));
    m_state.first = m_query.page <= 1;
    m_state.last = page.last || m_query.page >= page.totalPages;
    emit pageLoaded(m_state);
}
