#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

// The sandbox's data: every (username, client_id) pair with its access token, held compactly
// enough for millions of rows. Strings are interned once; the two sort orders are permutation
// indexes kept up to date lazily (a burst of deletes compacts them once, on the next read).
// Not thread-safe: the Sandbox guards it with a mutex.
class TokenStore
{
public:
    enum class Field { Username, ClientId };
    struct Order
    {
        Field field = Field::Username;
        bool ascending = true;
    };
    struct ListRequest
    {
        QString usernameFilter; // case-insensitive substring; empty: no filter
        QString clientIdFilter;
        QList<Order> order; // at most one key per field
        qint64 page = 1; // 1-based
        int size = 25;
    };
    struct Pair
    {
        QString username;
        QString clientId;
    };
    struct ListResult
    {
        QList<Pair> rows;
        qint64 totalElements = 0;
    };
    struct TokenInfo
    {
        QString username;
        QString clientId;
        QString token;
        bool admin = false;
        qint64 expiresAtMs = 0; // 0: never
    };

    TokenStore();

    qint64 size() const { return m_liveRows; }

    // Adds a row, or gives an existing pair a new token. token empty: a fresh random one.
    // Returns the token value.
    QString put(const QString &username, const QString &clientId, bool admin,
                qint64 expiresAtMs = 0, const QString &token = {});
    std::optional<TokenInfo> find(const QString &username, const QString &clientId) const;
    std::optional<TokenInfo> findByToken(const QString &token) const;

    // Exact matches only; an empty argument means "any". Both empty removes nothing.
    // Returns how many rows were removed.
    qint64 remove(const QString &username, const QString &clientId);

    ListResult list(const ListRequest &request);
    QList<Pair> allPairs(); // in username order; for tests and tools

    // Seeds count rows deterministically from seed (realistic, awkward names included).
    void seed(qint64 count, quint64 seed);

    // Bytes the store itself holds (approximate, for the benchmark).
    qint64 approximateBytes() const;

private:
    struct TokenId
    {
        quint64 hi = 0, lo = 0;
        friend bool operator==(const TokenId &a, const TokenId &b)
        {
            return a.hi == b.hi && a.lo == b.lo;
        }
    };
    friend size_t qHash(const TokenId &id, size_t seed) noexcept
    {
        return qHashMulti(seed, id.hi, id.lo);
    }
    struct StringTable
    {
        std::vector<QByteArray> text; // UTF-8
        std::vector<QByteArray> folded; // case-folded UTF-8, for filters and ordering
        std::vector<quint32> rank; // position in (folded, text) order
        QHash<QByteArray, quint32> ids;
        bool ranksDirty = false;

        quint32 intern(const QString &value, bool *added);
        std::optional<quint32> lookup(const QString &value) const;
        void rebuildRanks();
        std::vector<char> matching(const QString &needle) const; // per id: 1 if it contains it
    };
    struct Row
    {
        quint32 user;
        quint32 client;
        quint8 flags;
    };
    enum RowFlag : quint8 { Alive = 1, Admin = 2, CustomToken = 4 };

    static quint64 pairKey(quint32 user, quint32 client)
    {
        return (quint64(user) << 32) | client;
    }
    static std::optional<TokenId> parseTokenId(const QString &token);
    static QString formatTokenId(const TokenId &id);
    TokenId randomTokenId();

    void ensureIndexed();
    void removeRow(quint32 row);
    QString tokenOf(quint32 row) const;
    TokenInfo info(quint32 row) const;
    // [begin, end) of the rows whose field has the given id, in that field's index.
    std::pair<size_t, size_t> groupRange(Field field, quint32 id);

    StringTable m_users;
    StringTable m_clients;
    std::vector<Row> m_rows;
    std::vector<TokenId> m_tokenIds; // per row
    QHash<quint32, QString> m_customTokens; // rows whose token is not a UUID (e.g. --admin-token)
    QHash<QString, quint32> m_customTokenRows;
    QHash<TokenId, quint32> m_tokenRows;
    QHash<quint64, quint32> m_pairRows;
    QHash<quint32, qint64> m_expiry;
    std::vector<quint32> m_byUser; // rows by (user rank, client rank)
    std::vector<quint32> m_byClient; // rows by (client rank, user rank)
    bool m_needsRebuild = false;
    bool m_needsCompaction = false;
    qint64 m_liveRows = 0;
    quint64 m_random;
};
