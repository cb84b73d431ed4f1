#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>
#include <string>
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

    // Bytes the store's own containers hold (for the benchmark).
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
    // One entry of a sort index: the row and its two string ids, side by side so that a
    // filtered scan reads memory in order.
    struct IndexEntry
    {
        quint32 row;
        quint32 user;
        quint32 client;
    };
    // Open addressing over 32-bit ids (rows or string ids): 4 bytes a slot instead of a
    // QHash node, which is what lets a million rows fit the memory target.
    struct IdHash
    {
        static constexpr quint32 Empty = 0xFFFFFFFFu;
        std::vector<quint32> cells;
        size_t used = 0;

        template<typename HashOf> void insert(quint32 id, HashOf hashOf);
        template<typename Match> quint32 find(size_t hash, Match match) const;
        template<typename HashOf> void erase(quint32 id, HashOf hashOf);
        template<typename HashOf> void reserve(size_t count, HashOf hashOf);
    };
    // Interned strings in two arenas (as given and case-folded), each string followed by NUL.
    struct StringTable
    {
        std::string text;
        std::string folded;
        std::vector<quint32> textStart;
        std::vector<quint32> foldedStart;
        std::vector<quint32> rank; // position in (folded, text) order
        IdHash index;
        bool ranksDirty = false;

        size_t size() const { return textStart.size(); }
        QByteArrayView textOf(quint32 id) const;
        QByteArrayView foldedOf(quint32 id) const;
        QString stringOf(quint32 id) const { return QString::fromUtf8(textOf(id)); }
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

    static quint64 pairKey(quint32 user, quint32 client) { return (quint64(user) << 32) | client; }
    // A full 64-bit mix (the splitmix64 finaliser): linear probing needs good low bits.
    static size_t mix(quint64 z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return size_t(z ^ (z >> 31));
    }
    static size_t hashPair(quint32 user, quint32 client) { return mix(pairKey(user, client)); }
    static std::optional<TokenId> parseTokenId(const QString &token);
    static QString formatTokenId(const TokenId &id);
    TokenId randomTokenId();
    static size_t hashToken(const TokenId &id)
    {
        return mix(id.hi ^ (id.lo * 0x9E3779B97F4A7C15ull));
    }
    size_t hashRowToken(quint32 row) const { return hashToken(m_tokenIds[row]); }
    size_t hashRowPair(quint32 row) const;
    quint32 findTokenRow(const TokenId &id) const;
    quint32 findPairRow(quint32 user, quint32 client) const;
    void addRow(quint32 user, quint32 client, quint8 flags, const TokenId &id);

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
    IdHash m_tokenRows; // rows by token id (rows with a UUID token)
    IdHash m_pairRows; // rows by (user, client)
    QHash<quint32, qint64> m_expiry;
    std::vector<IndexEntry> m_byUser; // by (user rank, client rank)
    std::vector<IndexEntry> m_byClient; // by (client rank, user rank)
    bool m_needsRebuild = false;
    bool m_needsCompaction = false;
    qint64 m_liveRows = 0;
};
