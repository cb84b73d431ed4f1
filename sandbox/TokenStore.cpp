#include "TokenStore.h"

#include <QRandomGenerator>

#include <algorithm>
#include <numeric>

namespace {

// splitmix64: small, fast, and the same on every platform (std distributions are not).
quint64 nextRandom(quint64 *state)
{
    quint64 z = (*state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

quint64 below(quint64 *state, quint64 bound)
{
    return nextRandom(state) % bound;
}

} // namespace

// ---- IdHash ----------------------------------------------------------------------------------

template<typename HashOf> void TokenStore::IdHash::reserve(size_t count, HashOf hashOf)
{
    if (count * 2 <= cells.size())
        return;
    size_t capacity = 16;
    while (capacity < count * 2)
        capacity *= 2;
    std::vector<quint32> old(capacity, Empty);
    old.swap(cells);
    used = 0;
    for (quint32 id : old) {
        if (id != Empty)
            insert(id, hashOf);
    }
}

template<typename HashOf> void TokenStore::IdHash::insert(quint32 id, HashOf hashOf)
{
    reserve(used + 1, hashOf);
    const size_t mask = cells.size() - 1;
    size_t i = hashOf(id) & mask;
    while (cells[i] != Empty)
        i = (i + 1) & mask;
    cells[i] = id;
    ++used;
}

template<typename Match> quint32 TokenStore::IdHash::find(size_t hash, Match match) const
{
    if (cells.empty())
        return Empty;
    const size_t mask = cells.size() - 1;
    for (size_t i = hash & mask; cells[i] != Empty; i = (i + 1) & mask) {
        if (match(cells[i]))
            return cells[i];
    }
    return Empty;
}

template<typename HashOf> void TokenStore::IdHash::erase(quint32 id, HashOf hashOf)
{
    if (cells.empty())
        return;
    const size_t mask = cells.size() - 1;
    size_t i = hashOf(id) & mask;
    while (cells[i] != id) {
        if (cells[i] == Empty)
            return;
        i = (i + 1) & mask;
    }
    // Backward-shift deletion: move later members of the probe run into the hole, so that
    // no tombstones are needed.
    for (size_t j = (i + 1) & mask; cells[j] != Empty; j = (j + 1) & mask) {
        const size_t home = hashOf(cells[j]) & mask;
        const bool between = i <= j ? (home > i && home <= j) : (home > i || home <= j);
        if (!between) {
            cells[i] = cells[j];
            i = j;
        }
    }
    cells[i] = Empty;
    --used;
}

// ---- StringTable ---------------------------------------------------------------------------

QByteArrayView TokenStore::StringTable::textOf(quint32 id) const
{
    const quint32 begin = textStart[id];
    const quint32 end = id + 1 < textStart.size() ? textStart[id + 1] : quint32(text.size());
    return QByteArrayView(text.data() + begin, end - begin - 1);
}

QByteArrayView TokenStore::StringTable::foldedOf(quint32 id) const
{
    const quint32 begin = foldedStart[id];
    const quint32 end = id + 1 < foldedStart.size() ? foldedStart[id + 1] : quint32(folded.size());
    return QByteArrayView(folded.data() + begin, end - begin - 1);
}

quint32 TokenStore::StringTable::intern(const QString &value, bool *added)
{
    const QByteArray utf8 = value.toUtf8();
    const size_t hash = qHash(QByteArrayView(utf8));
    const quint32 found = index.find(hash, [&](quint32 id) { return textOf(id) == utf8; });
    if (found != IdHash::Empty) {
        *added = false;
        return found;
    }
    const quint32 id = quint32(size());
    textStart.push_back(quint32(text.size()));
    text.append(utf8.constData(), size_t(utf8.size()));
    text.push_back('\0');
    const QByteArray foldedUtf8 = value.toCaseFolded().toUtf8();
    foldedStart.push_back(quint32(folded.size()));
    folded.append(foldedUtf8.constData(), size_t(foldedUtf8.size()));
    folded.push_back('\0');
    rank.push_back(0);
    index.insert(id, [this](quint32 x) { return qHash(textOf(x)); });
    ranksDirty = true;
    *added = true;
    return id;
}

std::optional<quint32> TokenStore::StringTable::lookup(const QString &value) const
{
    const QByteArray utf8 = value.toUtf8();
    const quint32 found
        = index.find(qHash(QByteArrayView(utf8)), [&](quint32 id) { return textOf(id) == utf8; });
    if (found == IdHash::Empty)
        return std::nullopt;
    return found;
}

void TokenStore::StringTable::rebuildRanks()
{
    std::vector<quint32> order(size());
    std::iota(order.begin(), order.end(), 0u);
    // Case-insensitive first, so that "ada" and "Ada" sit together; then by code point, so
    // that the order is total and the same on every run.
    std::sort(order.begin(), order.end(), [this](quint32 a, quint32 b) {
        const int c = foldedOf(a).compare(foldedOf(b));
        return c != 0 ? c < 0 : textOf(a).compare(textOf(b)) < 0;
    });
    for (quint32 i = 0; i < order.size(); ++i)
        rank[order[i]] = i;
    ranksDirty = false;
}

std::vector<char> TokenStore::StringTable::matching(const QString &needle) const
{
    std::vector<char> result(size(), 0);
    const QByteArray foldedNeedle = needle.toCaseFolded().toUtf8();
    if (foldedNeedle.isEmpty() || folded.empty())
        return result;
    // One search through the whole arena; each hit names the string it falls in, and the
    // search goes on after that string.
    const QByteArrayView haystack(folded.data(), qsizetype(folded.size()));
    qsizetype from = 0;
    while (true) {
        const qsizetype at = haystack.indexOf(foldedNeedle, from);
        if (at < 0)
            break;
        const auto next = std::upper_bound(foldedStart.begin(), foldedStart.end(), quint32(at));
        const quint32 id = quint32(next - foldedStart.begin()) - 1;
        const qsizetype end = next == foldedStart.end() ? haystack.size() : qsizetype(*next);
        if (at + foldedNeedle.size() <= end - 1) { // inside the string, not across its NUL
            result[id] = 1;
            from = end;
        } else {
            from = at + 1;
        }
    }
    return result;
}

// ---- tokens ----------------------------------------------------------------------------------

std::optional<TokenStore::TokenId> TokenStore::parseTokenId(const QString &token)
{
    // 8-4-4-4-12 hex digits, the shape of the tokens this store makes.
    if (token.size() != 36)
        return std::nullopt;
    TokenId id;
    int nibbles = 0;
    for (int i = 0; i < 36; ++i) {
        const QChar c = token.at(i);
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != QLatin1Char('-'))
                return std::nullopt;
            continue;
        }
        int v;
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            v = c.unicode() - '0';
        else if (c >= QLatin1Char('a') && c <= QLatin1Char('f'))
            v = c.unicode() - 'a' + 10;
        else
            return std::nullopt;
        quint64 &half = nibbles < 16 ? id.hi : id.lo;
        half = (half << 4) | quint64(v);
        ++nibbles;
    }
    return id;
}

QString TokenStore::formatTokenId(const TokenId &id)
{
    const QString hex = QStringLiteral("%1%2")
                            .arg(id.hi, 16, 16, QLatin1Char('0'))
                            .arg(id.lo, 16, 16, QLatin1Char('0'));
    return hex.left(8) + QLatin1Char('-') + hex.mid(8, 4) + QLatin1Char('-') + hex.mid(12, 4)
        + QLatin1Char('-') + hex.mid(16, 4) + QLatin1Char('-') + hex.mid(20);
}

TokenStore::TokenId TokenStore::randomTokenId()
{
    TokenId id;
    do {
        id.hi = QRandomGenerator::system()->generate64();
        id.lo = QRandomGenerator::system()->generate64();
    } while (findTokenRow(id) != IdHash::Empty);
    return id;
}

size_t TokenStore::hashRowPair(quint32 row) const
{
    return hashPair(m_rows[row].user, m_rows[row].client);
}

quint32 TokenStore::findTokenRow(const TokenId &id) const
{
    return m_tokenRows.find(hashToken(id), [&](quint32 row) { return m_tokenIds[row] == id; });
}

quint32 TokenStore::findPairRow(quint32 user, quint32 client) const
{
    return m_pairRows.find(hashPair(user, client), [&](quint32 row) {
        return m_rows[row].user == user && m_rows[row].client == client;
    });
}

// ---- rows ------------------------------------------------------------------------------------

TokenStore::TokenStore() = default;

void TokenStore::addRow(quint32 user, quint32 client, quint8 flags, const TokenId &id)
{
    const quint32 row = quint32(m_rows.size());
    m_rows.push_back(Row {user, client, flags});
    m_tokenIds.push_back(id);
    if (!(flags & CustomToken))
        m_tokenRows.insert(row, [this](quint32 r) { return hashRowToken(r); });
    m_pairRows.insert(row, [this](quint32 r) { return hashRowPair(r); });
    ++m_liveRows;
}

QString TokenStore::put(const QString &username, const QString &clientId, bool admin,
                        qint64 expiresAtMs, const QString &token)
{
    bool newUser = false, newClient = false;
    const quint32 user = m_users.intern(username, &newUser);
    const quint32 client = m_clients.intern(clientId, &newClient);

    const quint32 existing = findPairRow(user, client);
    if (existing != IdHash::Empty)
        removeRow(existing);

    const quint32 row = quint32(m_rows.size());
    quint8 flags = Alive | (admin ? Admin : 0);
    TokenId id;
    const std::optional<TokenId> parsed
        = token.isEmpty() ? std::optional<TokenId>(randomTokenId()) : parseTokenId(token);
    if (parsed && findTokenRow(*parsed) == IdHash::Empty) {
        id = *parsed;
    } else {
        // A caller-chosen token that is not a UUID (or collides): kept as text.
        flags |= CustomToken;
        const auto old = m_customTokenRows.constFind(token);
        if (old != m_customTokenRows.constEnd())
            removeRow(old.value());
        m_customTokens.insert(row, token);
        m_customTokenRows.insert(token, row);
    }
    addRow(user, client, flags, id);
    if (expiresAtMs > 0)
        m_expiry.insert(row, expiresAtMs);

    if (newUser || newClient || m_needsRebuild) {
        m_needsRebuild = true;
    } else {
        // Both strings known, ranks still valid: a sorted insert keeps the indexes current.
        ensureIndexed();
        const IndexEntry entry {row, user, client};
        auto insertSorted = [this, &entry](std::vector<IndexEntry> &index, bool userFirst) {
            auto key = [&](const IndexEntry &e) {
                return userFirst ? pairKey(m_users.rank[e.user], m_clients.rank[e.client])
                                 : pairKey(m_clients.rank[e.client], m_users.rank[e.user]);
            };
            const quint64 k = key(entry);
            const auto at
                = std::lower_bound(index.begin(), index.end(), k,
                                   [&](const IndexEntry &e, quint64 v) { return key(e) < v; });
            index.insert(at, entry);
        };
        insertSorted(m_byUser, true);
        insertSorted(m_byClient, false);
    }
    return tokenOf(row);
}

void TokenStore::removeRow(quint32 row)
{
    Row &r = m_rows[row];
    if (!(r.flags & Alive))
        return;
    m_pairRows.erase(row, [this](quint32 x) { return hashRowPair(x); });
    if (r.flags & CustomToken)
        m_customTokenRows.remove(m_customTokens.take(row));
    else
        m_tokenRows.erase(row, [this](quint32 x) { return hashRowToken(x); });
    r.flags &= ~Alive;
    m_expiry.remove(row);
    --m_liveRows;
    m_needsCompaction = true;
}

QString TokenStore::tokenOf(quint32 row) const
{
    if (m_rows[row].flags & CustomToken)
        return m_customTokens.value(row);
    return formatTokenId(m_tokenIds[row]);
}

TokenStore::TokenInfo TokenStore::info(quint32 row) const
{
    const Row &r = m_rows[row];
    return TokenInfo {m_users.stringOf(r.user), m_clients.stringOf(r.client), tokenOf(row),
                      (r.flags & Admin) != 0, m_expiry.value(row, 0)};
}

std::optional<TokenStore::TokenInfo> TokenStore::find(const QString &username,
                                                      const QString &clientId) const
{
    const auto user = m_users.lookup(username);
    const auto client = m_clients.lookup(clientId);
    if (!user || !client)
        return std::nullopt;
    const quint32 row = findPairRow(*user, *client);
    if (row == IdHash::Empty)
        return std::nullopt;
    return info(row);
}

std::optional<TokenStore::TokenInfo> TokenStore::findByToken(const QString &token) const
{
    if (const auto id = parseTokenId(token)) {
        const quint32 row = findTokenRow(*id);
        if (row != IdHash::Empty)
            return info(row);
    }
    const auto it = m_customTokenRows.constFind(token);
    if (it != m_customTokenRows.constEnd())
        return info(it.value());
    return std::nullopt;
}

void TokenStore::ensureIndexed()
{
    if (m_users.ranksDirty || m_clients.ranksDirty)
        m_needsRebuild = true;
    if (m_needsRebuild) {
        if (m_users.ranksDirty)
            m_users.rebuildRanks();
        if (m_clients.ranksDirty)
            m_clients.rebuildRanks();
        m_byUser.clear();
        m_byUser.reserve(size_t(m_liveRows));
        for (quint32 row = 0; row < m_rows.size(); ++row) {
            if (m_rows[row].flags & Alive)
                m_byUser.push_back({row, m_rows[row].user, m_rows[row].client});
        }
        m_byClient = m_byUser;
        // Ranks are unique per string and pairs are unique, so these orders are total.
        std::sort(m_byUser.begin(), m_byUser.end(),
                  [this](const IndexEntry &a, const IndexEntry &b) {
                      return pairKey(m_users.rank[a.user], m_clients.rank[a.client])
                          < pairKey(m_users.rank[b.user], m_clients.rank[b.client]);
                  });
        std::sort(m_byClient.begin(), m_byClient.end(),
                  [this](const IndexEntry &a, const IndexEntry &b) {
                      return pairKey(m_clients.rank[a.client], m_users.rank[a.user])
                          < pairKey(m_clients.rank[b.client], m_users.rank[b.user]);
                  });
        m_needsRebuild = false;
        m_needsCompaction = false;
    } else if (m_needsCompaction) {
        auto dead = [this](const IndexEntry &e) {
            return !(m_rows[e.row].flags & Alive);
        };
        m_byUser.erase(std::remove_if(m_byUser.begin(), m_byUser.end(), dead), m_byUser.end());
        m_byClient.erase(std::remove_if(m_byClient.begin(), m_byClient.end(), dead),
                         m_byClient.end());
        m_needsCompaction = false;
    }
}

qint64 TokenStore::remove(const QString &username, const QString &clientId)
{
    if (username.isEmpty() && clientId.isEmpty())
        return 0;
    if (!username.isEmpty() && !clientId.isEmpty()) {
        const auto user = m_users.lookup(username);
        const auto client = m_clients.lookup(clientId);
        if (!user || !client)
            return 0;
        const quint32 row = findPairRow(*user, *client);
        if (row == IdHash::Empty)
            return 0;
        removeRow(row);
        return 1;
    }
    const bool byUser = !username.isEmpty();
    const auto id = byUser ? m_users.lookup(username) : m_clients.lookup(clientId);
    if (!id)
        return 0;
    ensureIndexed();
    // The rows of one user (client) are one run of the user (client) index.
    const std::vector<IndexEntry> &index = byUser ? m_byUser : m_byClient;
    const quint32 rank = (byUser ? m_users : m_clients).rank[*id];
    auto rankOf = [&](const IndexEntry &e) {
        return byUser ? m_users.rank[e.user] : m_clients.rank[e.client];
    };
    const auto lo = std::lower_bound(index.begin(), index.end(), rank,
                                     [&](const IndexEntry &e, quint32 r) { return rankOf(e) < r; });
    const auto hi = std::upper_bound(lo, index.end(), rank,
                                     [&](quint32 r, const IndexEntry &e) { return r < rankOf(e); });
    std::vector<quint32> rows;
    for (auto it = lo; it != hi; ++it)
        rows.push_back(it->row);
    for (quint32 row : rows)
        removeRow(row);
    return qint64(rows.size());
}

TokenStore::ListResult TokenStore::list(const ListRequest &request)
{
    ensureIndexed();
    const Field primary = request.order.isEmpty() ? Field::Username : request.order.first().field;
    const bool primaryAscending = request.order.isEmpty() || request.order.first().ascending;
    const bool secondaryAscending = request.order.size() < 2 || request.order.at(1).ascending;
    const bool byUser = primary == Field::Username;
    const std::vector<IndexEntry> &index = byUser ? m_byUser : m_byClient;

    // With a filter, the matching entries in index order; without, the index itself.
    std::vector<IndexEntry> matches;
    const std::vector<IndexEntry> *view = &index;
    if (!request.usernameFilter.isEmpty() || !request.clientIdFilter.isEmpty()) {
        const bool anyUser = request.usernameFilter.isEmpty();
        const bool anyClient = request.clientIdFilter.isEmpty();
        const std::vector<char> userOk
            = anyUser ? std::vector<char>() : m_users.matching(request.usernameFilter);
        const std::vector<char> clientOk
            = anyClient ? std::vector<char>() : m_clients.matching(request.clientIdFilter);
        for (const IndexEntry &e : index) {
            if ((anyUser || userOk[e.user]) && (anyClient || clientOk[e.client]))
                matches.push_back(e);
        }
        view = &matches;
    }

    ListResult result;
    const qint64 n = qint64(view->size());
    result.totalElements = n;
    const qint64 offset = (request.page - 1) * qint64(request.size);
    if (offset >= n || offset < 0)
        return result;
    const qint64 end = std::min(n, offset + request.size);

    auto primaryRank = [&](const IndexEntry &e) {
        return byUser ? m_users.rank[e.user] : m_clients.rank[e.client];
    };
    result.rows.reserve(end - offset);
    for (qint64 i = offset; i < end; ++i) {
        // The view is in (primary asc, secondary asc) order. Descending on both reads it
        // backwards; mixed directions read each run of equal primary backwards inside.
        const qint64 j = primaryAscending ? i : n - 1 - i;
        const IndexEntry *entry;
        if (primaryAscending == secondaryAscending) {
            entry = &(*view)[size_t(j)];
        } else {
            const quint32 rank = primaryRank((*view)[size_t(j)]);
            const auto lo = std::lower_bound(
                view->begin(), view->begin() + j, rank,
                [&](const IndexEntry &e, quint32 k) { return primaryRank(e) < k; });
            const auto hi = std::upper_bound(
                view->begin() + j, view->end(), rank,
                [&](quint32 k, const IndexEntry &e) { return k < primaryRank(e); });
            const qint64 runBegin = lo - view->begin();
            const qint64 runLast = (hi - view->begin()) - 1;
            entry = &(*view)[size_t(runBegin + (runLast - j))];
        }
        result.rows.append(Pair {m_users.stringOf(entry->user), m_clients.stringOf(entry->client)});
    }
    return result;
}

QList<TokenStore::Pair> TokenStore::allPairs()
{
    ensureIndexed();
    QList<Pair> pairs;
    pairs.reserve(qsizetype(m_byUser.size()));
    for (const IndexEntry &e : m_byUser)
        pairs.append(Pair {m_users.stringOf(e.user), m_clients.stringOf(e.client)});
    return pairs;
}

qint64 TokenStore::approximateBytes() const
{
    auto tableBytes = [](const StringTable &t) {
        return qint64(t.text.capacity() + t.folded.capacity())
            + qint64(t.textStart.capacity() + t.foldedStart.capacity() + t.rank.capacity()
                     + t.index.cells.capacity())
            * 4;
    };
    return tableBytes(m_users) + tableBytes(m_clients) + qint64(m_rows.capacity() * sizeof(Row))
        + qint64(m_tokenIds.capacity() * sizeof(TokenId))
        + qint64(m_tokenRows.cells.capacity() + m_pairRows.cells.capacity()) * 4
        + qint64((m_byUser.capacity() + m_byClient.capacity()) * sizeof(IndexEntry));
}

// ---- seeding ---------------------------------------------------------------------------------

void TokenStore::seed(qint64 count, quint64 seed)
{
    static const char *const firstNames[]
        = {"ada",     "alan",   "grace",     "linus", "margaret", "dennis", "barbara",   "ken",
           "frances", "edsger", "radia",     "tim",   "hedy",     "john",   "katherine", "donald",
           "sophie",  "guido",  "bjarne",    "anita", "niklaus",  "leslie", "shafi",     "yukihiro",
           "james",   "karen",  "whitfield", "carol", "andrew",   "joan",   "rob",       "mary",
           "brian",   "lynn",   "david",     "ivan",  "sara",     "omar"};
    static const char *const lastNames[]
        = {"lovelace",   "turing",       "hopper",    "torvalds", "hamilton",   "ritchie",
           "liskov",     "thompson",     "allen",     "dijkstra", "perlman",    "berners-lee",
           "lamarr",     "mccarthy",     "johnson",   "knuth",    "wilson",     "van rossum",
           "stroustrup", "borg",         "wirth",     "lamport",  "goldwasser", "matsumoto",
           "gosling",    "spärck jones", "diffie",    "shaw",     "tanenbaum",  "clarke",
           "pike",       "keller",       "kernighan", "conway",   "patterson",  "sutherland",
           "zhang",      "haddad"};
    // Names an admin meets in the wild, awkward characters included: "/", "%", "+", ".",
    // spaces and letters outside ASCII.
    static const char *const oddUsers[] = {"ada lovelace/ü+x%y",
                                           "zoë.müller",
                                           "José Núñez",
                                           "Łukasz Żółć",
                                           "Ærøskøbing",
                                           "名前.テスト",
                                           "Дмитрий",
                                           "ops/deploy-bot",
                                           "100% coverage",
                                           "c++fan",
                                           "a+b@example.com",
                                           "dot.at.end.",
                                           "..",
                                           "trailing space ",
                                           " leading space",
                                           "ÅSA",
                                           "åsa",
                                           "ßtraße",
                                           "ünïcödé",
                                           "O'Brien",
                                           "semi;colon",
                                           "hash#tag",
                                           "question?mark",
                                           "amp&ersand",
                                           "eq=uals"};
    static const char *const clients[] = {"web",           "ios-app",          "android-app",
                                          "admin-portal",  "reporting",        "game-server",
                                          "cms",           "data-export.json", "partner api",
                                          "batch+jobs",    "legacy/v1",        "100%-uptime",
                                          "café-kiosk",    "unity-sdk",        "steam-bridge",
                                          "support.tools", "analytics",        "leaderboards",
                                          "store-front",   "matchmaker",       "Webhooks",
                                          "cli",           "twitch/ext",       "qa automation",
                                          "ΔELTA",         "ios-app-beta",     "android-app-beta",
                                          "load+test",     "mobile.json",      "kiosk"};
    constexpr int firstCount = int(sizeof(firstNames) / sizeof(*firstNames));
    constexpr int lastCount = int(sizeof(lastNames) / sizeof(*lastNames));
    constexpr int oddCount = int(sizeof(oddUsers) / sizeof(*oddUsers));
    constexpr int clientCount = int(sizeof(clients) / sizeof(*clients));
    static const char *const separators[] = {".", "_", "-", " ", ""};

    quint64 state = seed;
    QList<QString> clientIds;
    for (const char *c : clients)
        clientIds << QString::fromUtf8(c);
    m_rows.reserve(m_rows.size() + size_t(count));
    m_tokenIds.reserve(m_tokenIds.size() + size_t(count));

    qint64 made = 0;
    qint64 userNumber = 0;
    while (made < count) {
        QString name;
        if (userNumber < oddCount) {
            name = QString::fromUtf8(oddUsers[userNumber]);
        } else {
            const QString first = QString::fromUtf8(firstNames[below(&state, firstCount)]);
            const QString last = QString::fromUtf8(lastNames[below(&state, lastCount)]);
            const quint64 style = below(&state, 10);
            if (style < 5)
                name = first + QLatin1String(separators[style]) + last;
            else if (style < 7)
                name = first + QString::number(below(&state, 10000));
            else if (style < 8)
                name = first + QLatin1Char('+') + last + QLatin1String("@example.com");
            else if (style < 9)
                name = first.left(1).toUpper() + first.mid(1) + QLatin1Char(' ') + last;
            else
                name = first.left(1) + last + QString::number(below(&state, 100));
            if (m_users.lookup(name))
                name += QString::number(userNumber);
        }
        ++userNumber;
        if (m_users.lookup(name))
            continue;

        // Most users have one or two tokens; a few have many clients.
        const quint64 roll = below(&state, 100);
        qint64 tokens = roll < 55 ? 1
            : roll < 85           ? 2
            : roll < 95           ? 3
                                  : 4 + qint64(below(&state, 6));
        tokens = std::min(tokens, count - made);
        const quint64 firstClient = below(&state, clientCount);
        const quint64 step = 1 + below(&state, clientCount - 1);
        for (qint64 t = 0; t < tokens; ++t) {
            // A step coprime with nothing in particular can revisit a client; skip those.
            const QString &client = clientIds[int((firstClient + quint64(t) * step) % clientCount)];
            bool newUser = false, newClient = false;
            const quint32 user = m_users.intern(name, &newUser);
            const quint32 clientId = m_clients.intern(client, &newClient);
            if (findPairRow(user, clientId) != IdHash::Empty)
                continue;
            TokenId id {nextRandom(&state), nextRandom(&state)};
            while (findTokenRow(id) != IdHash::Empty)
                id.lo = nextRandom(&state);
            addRow(user, clientId, Alive, id);
            ++made;
        }
    }
    m_needsRebuild = true;
}
