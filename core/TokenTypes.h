#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

// Value types that travel between the API client, the model and the widgets.

struct TokenKey
{
    QString username;
    QString clientId;

    bool isComplete() const { return !username.isEmpty() && !clientId.isEmpty(); }
    friend bool operator==(const TokenKey &a, const TokenKey &b)
    {
        return a.username == b.username && a.clientId == b.clientId;
    }
    friend bool operator!=(const TokenKey &a, const TokenKey &b) { return !(a == b); }
};

inline size_t qHash(const TokenKey &key, size_t seed = 0) noexcept
{
    return qHashMulti(seed, key.username, key.clientId);
}

enum class TokenField { Username, ClientId };

struct SortKey
{
    TokenField field = TokenField::Username;
    Qt::SortOrder order = Qt::AscendingOrder;

    friend bool operator==(const SortKey &a, const SortKey &b)
    {
        return a.field == b.field && a.order == b.order;
    }
};

// The query of one list call. page is the wire's number: 1-based, as the contract says (0 only for
// a server seen to count its pages from 0).
struct ListQuery
{
    static constexpr int DefaultPageSize = 25;
    static constexpr int MaxPageSize = 1000;

    QString usernameFilter;
    QString clientIdFilter;
    // Exact: only rows whose whole username (client id) is the filter, same case ("ada", not
    // "Ada" nor "adam"). The wire has no such filter: the server is asked for the substring, and
    // every page is read and the rest left out here (TokenExporter; the table pages locally).
    bool exactUsername = false;
    bool exactClientId = false;
    QList<SortKey> sort;
    int page = 1;
    int size = DefaultPageSize;

    bool isExact() const
    {
        return (exactUsername && !usernameFilter.isEmpty())
            || (exactClientId && !clientIdFilter.isEmpty());
    }

    // Does key match the filters as the contract defines them (each a case-insensitive
    // substring of its field)? A server may list rows that do not (it ignores a filter, reads it
    // as a SQL LIKE, trims it): those are never taken for matches.
    bool matches(const TokenKey &key) const
    {
        return key.username.contains(usernameFilter, Qt::CaseInsensitive)
            && key.clientId.contains(clientIdFilter, Qt::CaseInsensitive);
    }
    // Is key one of the rows asked for: it matches, and is the exact name where asked to be.
    // A row that matches but is not exact is no fault of the server, only not asked for.
    bool selects(const TokenKey &key) const
    {
        return matches(key)
            && (!exactUsername || usernameFilter.isEmpty() || key.username == usernameFilter)
            && (!exactClientId || clientIdFilter.isEmpty() || key.clientId == clientIdFilter);
    }
};

// One page of the list endpoint (PageResourceOauthAccessTokenResource).
struct TokenPage
{
    QList<TokenKey> content;
    bool first = true;
    bool last = true;
    int number = 0; // as the server sent it; never used for navigation (see the API contract)
    int numberOfElements = 0;
    int size = 0;
    qint64 totalElements = 0;
    qint64 totalPages = 0;
    QList<SortKey> sort;
};

struct TokenDetails
{
    QString username;
    QString clientId;
    QString token;

    // How a token value shows until the admin asks for it: eight bullets and its last four
    // characters (nothing of a value of four characters or fewer).
    static QString masked(const QString &token)
    {
        const QString bullets(8, QChar(0x2022));
        return token.size() <= 4 ? bullets : bullets + token.right(4);
    }
};

// The answer of POST /oauth/token.
struct AccessTokenGrant
{
    QString accessToken;
    QString tokenType;
    QString refreshToken;
    QString scope;
    qint64 expiresInSeconds = -1; // -1: the server did not say
};

Q_DECLARE_METATYPE(TokenKey)
Q_DECLARE_METATYPE(TokenPage)
Q_DECLARE_METATYPE(TokenDetails)
Q_DECLARE_METATYPE(AccessTokenGrant)
