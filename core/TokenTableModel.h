#pragma once

#include "ApiCall.h"
#include "ApiError.h"
#include "TokenTypes.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <algorithm>
#include <climits>

class TokenExporter;
class TokensApi;

// Where the table stands after a page arrived, for the pager and the status bar.
struct PageState
{
    qint64 totalElements = 0;
    qint64 totalPages = 0;
    int page = 1; // 1-based
    int pageSize = ListQuery::DefaultPageSize;
    int rowsOnPage = 0;
    bool first = true;
    bool last = true;
    // Rows the server listed on this page that do not match the query's filters (a server that
    // ignores a filter or reads it otherwise): shown marked, never counted as matches, and the
    // server's total is then no count of matches.
    int unmatchedOnPage = 0;

    // 1-based position of the first and last row shown; 0 and 0 for an empty page.
    qint64 firstRow() const { return rowsOnPage > 0 ? qint64(page - 1) * pageSize + 1 : 0; }
    qint64 lastRow() const { return rowsOnPage > 0 ? firstRow() + rowsOnPage - 1 : 0; }
    // The number of the last page as an int (at least 1), for page fields and navigation.
    int lastPage() const { return int(std::clamp<qint64>(totalPages, 1, INT_MAX)); }
};
Q_DECLARE_METATYPE(PageState)

// One page of tokens, fetched from the server. Filtering, sorting and paging all happen on
// the server: every change of the query bumps a generation, cancels the request in flight
// and fetches again; an answer for an older generation is dropped. An exact filter
// (ListQuery::isExact()) has no counterpart on the wire: then every row of the substring is
// read (TokenExporter, checked complete, in the query's sort), the exact ones kept, and the
// pages are cut from them here; a change of page or page size asks the server nothing.
class TokenTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { UsernameColumn, ClientIdColumn, ColumnCount };
    enum Role {
        RawValueRole = Qt::UserRole,
        TokenKeyRole,
        // Header roles: the column's sort order (a Qt::SortOrder, invalid when the column is not
        // a sort key) and its priority (1 = first key; 0 when it is the only key). The header
        // draws them; the header text stays the column's name.
        SortOrderRole,
        SortPriorityRole,
        // A row: does it match the query's filters as the contract defines them (bool)?
        MatchesFiltersRole
    };

    explicit TokenTableModel(TokensApi *api, QObject *parent = nullptr);
    ~TokenTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // Sorts by that one column (server-side), from the first page.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    const ListQuery &query() const { return m_query; }
    const PageState &pageState() const { return m_state; }
    bool isLoading() const;
    // Answers to older queries that arrived after the query changed, and were dropped.
    int staleAnswersDropped() const { return m_staleAnswersDropped; }
    const ApiError &lastError() const { return m_lastError; }
    TokenKey keyAt(int row) const { return m_rows.value(row); }
    int rowOf(const TokenKey &key) const { return int(m_rows.indexOf(key)); }
    const QList<TokenKey> &rows() const { return m_rows; }

    // A header click: a plain click sorts by that column alone (again: reverses it); with
    // additive (Shift) it adds the column as the next key, or reverses it if it is a key.
    void clickSortColumn(int column, bool additive);
    void setSortKeys(const QList<SortKey> &keys);
    // Replaces the whole query and fetches once.
    void setQuery(const ListQuery &query);
    // Exact: that field must be the whole filter, same case (see above).
    void setFilters(const QString &username, const QString &clientId, bool exactUsername = false,
                    bool exactClientId = false);
    void setPage(int page);
    void setPageSize(int size);
    void firstPage() { setPage(1); }
    void previousPage() { setPage(m_query.page - 1); }
    void nextPage() { setPage(m_query.page + 1); }
    void lastPage();
    // Fetches the current page again, keeping the query.
    void refresh();
    // Stops any request and forgets every row (sign out).
    void clear();
    // A token that is gone (revoked): its row leaves at once.
    bool removeKey(const TokenKey &key);
    // Many at once, one beginRemoveRows per run of adjacent rows. Returns how many left.
    int removeKeys(const QList<TokenKey> &keys);

    // Shows a decoded page as the result of the current query (also the benchmark's entry).
    void applyPage(const TokenPage &page);

signals:
    void loadingChanged(bool loading);
    void pageLoaded(const PageState &state);
    void errorOccurred(const ApiError &error);
    // The request in flight failed in a passing way and will be sent again.
    void retrying(int nextAttempt, int maxAttempts, int delayMs, const ApiError &reason);
    void queryChanged(const ListQuery &query);

private:
    void fetch();
    void onFetched(ListTokensCall *call, quint64 generation);
    // Exact filters: reads every row of the substring (or, with the same filters and sort
    // already read and reread false, only shows the page asked for).
    void fetchExact(bool reread);
    void onExactRead();
    void showExactPage();
    // Stops an exact read in flight; true if one was.
    bool stopExactRead();

    TokensApi *m_api;
    ListQuery m_query;
    PageState m_state;
    QList<TokenKey> m_rows;
    ApiError m_lastError;
    QPointer<ApiCall> m_call;
    quint64 m_generation = 0;
    int m_pageBase = 1; // the wire's number of the first page: 1 (the contract) or 0, as seen
    // Calls of older queries whose try on the wire is let finish (see supersede()).
    static constexpr int MaxSupersededCalls = 2;
    QList<QPointer<ApiCall>> m_superseded;
    int m_staleAnswersDropped = 0;
    TokenExporter *m_exactReader = nullptr;
    QList<TokenKey> m_exactRows; // every exact match, in the query's sort
    ListQuery m_exactQuery; // what m_exactRows were read for
    quint64 m_exactSession = 0; // and in which session
    bool m_exactLoaded = false;
    void supersede(ApiCall *call);
    void abandonAll();
};
