#include "TokenStore.h"

#include <QRandomGenerator>
#include <QSet>

#include <algorithm>
#include <numeric>

namespace {

QByteArray foldedUtf8(const QString &value)
{
    return value.toCaseFolded().toUtf8();
}

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

// ---- StringTable ---------------------------------------------------------------------------

quint32 TokenStore::StringTable::intern(const QString &value, bool *added)
{
    QByteArray utf8 = value.toUtf8();
    const auto it = ids.constFind(utf8);
    if (it != ids.constEnd()) {
        *added = false;
        return it.value();
    }
    const quint32 id = quint32(text.size());
    folded.push_back(foldedUtf8(value));
    ids.insert(utf8, id);
    text.push_back(std::move(utf8));
    rank.push_back(0);
    ranksDirty = true;
    *added = true;
    return id;
}

std::optional<quint32> TokenStore::StringTable::lookup(const QString &value) const
{
    const auto it = ids.constFind(value.toUtf8());
    if (it == ids.constEnd())
        return std::nullopt;
    return it.value();
}

void TokenStore::StringTable::rebuildRanks()
{
    std::vector<quint32> order(text.size());
    std::iota(order.begin(), order.end(), 0u);
    // Case-insensitive first, so that "ada" and "Ada" sit together; then by code point, so
    // that the order is total and the same on every run.
    std::sort(order.begin(), order.end(), [this](quint32 a, quint32 b) {
        const int c = folded[a].compare(folded[b]);
        return c != 0 ? c < 0 : text[a] < text[b];
    });
    for (quint32 i = 0; i < order.size(); ++i)
        rank[order[i]] = i;
    ranksDirty = false;
}

std::vector<char> TokenStore::StringTable::matching(const QString &needle) const
{
    const QByteArray foldedNeedle = foldedUtf8(needle);
    std::vector<char> result(text.size(), 0);
    for (size_t i = 0; i < folded.size(); ++i)
        result[i] = folded[i].contains(foldedNeedle) ? 1 : 0;
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
    const QString hex = QStringLiteral("%1%2").arg(id.hi, 16, 16, QLatin1Char('0'))
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
    } while (m_tokenRows.contains(id));
    return id;
}

// ---- rows ------------------------------------------------------------------------------------

TokenStore::TokenStore() : m_random(0) { }

QString TokenStore::put(const QString &username, const QString &clientId, bool admin,
                        qint64 expiresAtMs, const QString &token)
{
    bool newUser = false, newClient = false;
    const quint32 user = m_users.intern(username, &newUser);
    const quint32 client = m_clients.intern(clientId, &newClient);

    const auto existing = m_pairRows.constFind(pairKey(user, client));
    if (existing != m_pairRows.constEnd())
        removeRow(existing.value());

    const quint32 row = quint32(m_rows.size());
    quint8 flags = Alive | (admin ? Admin : 0);
    TokenId id;
    const std::optional<TokenId> parsed = token.isEmpty() ? std::optional<TokenId>(randomTokenId())
                                                          : parseTokenId(token);
    if (parsed && !m_tokenRows.contains(*parsed)) {
        id = *parsed;
        m_tokenRows.insert(id, row);
    } else {
        // A caller-chosen token that is not a UUID (or collides): kept as text.
        flags |= CustomToken;
        const auto old = m_customTokenRows.constFind(token);
        if (old != m_customTokenRows.constEnd())
            removeRow(old.value());
        m_customTokens.insert(row, token);
        m_customTokenRows.insert(token, row);
    }
    m_rows.push_back(Row{user, client, flags});
    m_tokenIds.push_back(id);
    m_pairRows.insert(pairKey(user, client), row);
    if (expiresAtMs > 0)
        m_expiry.insert(row, expiresAtMs);
    ++m_liveRows;

    if (newUser || newClient || m_needsRebuild) {
        m_needsRebuild = true;
    } else {
        // Both strings known, ranks still valid: a sorted insert keeps the indexes current.
        ensureIndexed();
        auto insertSorted = [this, row](std::vector<quint32> &index, const StringTable &first,
                                        const StringTable &second, bool userFirst) {
            auto key = [&](quint32 r) {
                const Row &x = m_rows[r];
                return std::make_pair(first.rank[userFirst ? x.user : x.client],
                                      second.rank[userFirst ? x.client : x.user]);
            };
            const auto k = key(row);
            const auto at = std::lower_bound(index.begin(), index.end(), k,
                                             [&](quint32 r, const auto &v) { return key(r) < v; });
            index.insert(at, row);
        };
        insertSorted(m_byUser, m_users, m_clients, true);
        insertSorted(m_byClient, m_clients, m_users, false);
    }
    return tokenOf(row);
}

void TokenStore::removeRow(quint32 row)
{
    Row &r = m_rows[row];
    if (!(r.flags & Alive))
        return;
    r.flags &= ~Alive;
    m_pairRows.remove(pairKey(r.user, r.client));
    if (r.flags & CustomToken)
        m_customTokenRows.remove(m_customTokens.take(row));
    else
        m_tokenRows.remove(m_tokenIds[row]);
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
    return TokenInfo{QString::fromUtf8(m_users.text[r.user]),
                     QString::fromUtf8(m_clients.text[r.client]), tokenOf(row),
                     (r.flags & Admin) != 0, m_expiry.value(row, 0)};
}

std::optional<TokenStore::TokenInfo> TokenStore::find(const QString &username,
                                                      const QString &clientId) const
{
    const auto user = m_users.lookup(username);
    const auto client = m_clients.lookup(clientId);
    if (!user || !client)
        return std::nullopt;
    const auto it = m_pairRows.constFind(pairKey(*user, *client));
    if (it == m_pairRows.constEnd())
        return std::nullopt;
    return info(it.value());
}

std::optional<TokenStore::TokenInfo> TokenStore::findByToken(const QString &token) const
{
    if (const auto id = parseTokenId(token)) {
        const auto it = m_tokenRows.constFind(*id);
        if (it != m_tokenRows.constEnd())
            return info(it.value());
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
                m_byUser.push_back(row);
        }
        m_byClient = m_byUser;
        // Ranks are unique per string and pairs are unique, so these orders are total.
        auto byKey = [this](bool userFirst) {
            return [this, userFirst](quint32 a, quint32 b) {
                const Row &x = m_rows[a];
                const Row &y = m_rows[b];
                const quint64 kx = userFirst ? pairKey(m_users.rank[x.user], m_clients.rank[x.client])
                                             : pairKey(m_clients.rank[x.client], m_users.rank[x.user]);
                const quint64 ky = userFirst ? pairKey(m_users.rank[y.user], m_clients.rank[y.client])
                                             : pairKey(m_clients.rank[y.client], m_users.rank[y.user]);
                return kx < ky;
            };
        };
        std::sort(m_byUser.begin(), m_byUser.end(), byKey(true));
        std::sort(m_byClient.begin(), m_byClient.end(), byKey(false));
        m_needsRebuild = false;
        m_needsCompaction = false;
    } else if (m_needsCompaction) {
        auto dead = [this](quint32 row) { return !(m_rows[row].flags & Alive); };
        m_byUser.erase(std::remove_if(m_byUser.begin(), m_byUser.end(), dead), m_byUser.end());
        m_byClient.erase(std::remove_if(m_byClient.begin(), m_byClient.end(), dead),
                         m_byClient.end());
        m_needsCompaction = false;
    }
}

std::pair<size_t, size_t> TokenStore::groupRange(Field field, quint32 id)
{
    ensureIndexed();
    const bool byUser = field == Field::Username;
    const std::vector<quint32> &index = byUser ? m_byUser : m_byClient;
    const StringTable &table = byUser ? m_users : m_clients;
    const quint32 rank = table.rank[id];
    auto rankOf = [&](quint32 row) {
        return table.rank[byUser ? m_rows[row].user : m_rows[row].client];
    };
    const auto lo = std::lower_bound(index.begin(), index.end(), rank,
                                     [&](quint32 row, quint32 r) { return rankOf(row) < r; });
    const auto hi = std::upper_bound(lo, index.end(), rank,
                                     [&](quint32 r, quint32 row) { return r < rankOf(row); });
    return {size_t(lo - index.begin()), size_t(hi - index.begin())};
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
        const auto it = m_pairRows.constFind(pairKey(*user, *client));
        if (it == m_pairRows.constEnd())
            return 0;
        removeRow(it.value());
        return 1;
    }
    const Field field = username.isEmpty() ? Field::ClientId : Field::Username;
    const auto id = field == Field::Username ? m_users.lookup(username) : m_clients.lookup(clientId);
    if (!id)
        return 0;
    const auto [begin, end] = groupRange(field, *id);
    const std::vector<quint32> rows((field == Field::Username ? m_byUser : m_byClient).begin() + begin,
                                    (field == Field::Username ? m_byUser : m_byClient).begin() + end);
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
    const std::vector<quint32> &index = byUser ? m_byUser : m_byClient;

    // With a filter, the matching rows in index order; without, the index itself.
    std::vector<quint32> matches;
    const std::vector<quint32> *view = &index;
    if (!request.usernameFilter.isEmpty() || !request.clientIdFilter.isEmpty()) {
        const std::vector<char> userOk = request.usernameFilter.isEmpty()
                ? std::vector<char>()
                : m_users.matching(request.usernameFilter);
        const std::vector<char> clientOk = request.clientIdFilter.isEmpty()
                ? std::vector<char>()
                : m_clients.matching(request.clientIdFilter);
        for (quint32 row : index) {
            const Row &r = m_rows[row];
            if ((userOk.empty() || userOk[r.user]) && (clientOk.empty() || clientOk[r.client]))
                matches.push_back(row);
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

    const StringTable &primaryTable = byUser ? m_users : m_clients;
    auto primaryRank = [&](quint32 row) {
        return primaryTable.rank[byUser ? m_rows[row].user : m_rows[row].client];
    };
    result.rows.reserve(end - offset);
    for (qint64 i = offset; i < end; ++i) {
        // The view is in (primary asc, secondary asc) order. Descending on both reads it
        // backwards; mixed directions read groups of equal primary backwards inside.
        const qint64 j = primaryAscending ? i : n - 1 - i;
        quint32 row;
        if (primaryAscending == secondaryAscending) {
            row = (*view)[size_t(j)];
        } else {
            const quint32 rank = primaryRank((*view)[size_t(j)]);
            const auto lo = std::lower_bound(view->begin(), view->begin() + j, rank,
                                             [&](quint32 r, quint32 k) { return primaryRank(r) < k; });
            const auto hi = std::upper_bound(view->begin() + j, view->end(), rank,
                                             [&](quint32 k, quint32 r) { return k < primaryRank(r); });
            const qint64 groupBegin = lo - view->begin();
            const qint64 groupLast = (hi - view->begin()) - 1;
            row = (*view)[size_t(groupBegin + (groupLast - j))];
        }
        const Row &r = m_rows[row];
        result.rows.append(Pair{QString::fromUtf8(m_users.text[r.user]),
                                QString::fromUtf8(m_clients.text[r.client])});
    }
    return result;
}

QList<TokenStore::Pair> TokenStore::allPairs()
{
    ensureIndexed();
    QList<Pair> pairs;
    pairs.reserve(qsizetype(m_byUser.size()));
    for (quint32 row : m_byUser) {
        const Row &r = m_rows[row];
        pairs.append(Pair{QString::fromUtf8(m_users.text[r.user]),
                          QString::fromUtf8(m_clients.text[r.client])});
    }
    return pairs;
}

qint64 TokenStore::approximateBytes() const
{
    auto tableBytes = [](const StringTable &t) {
        qint64 bytes = 0;
        for (size_t i = 0; i < t.text.size(); ++i)
            bytes += t.text[i].capacity() + t.folded[i].capacity() + 2 * (24 + 16);
        return bytes + qint64(t.rank.capacity()) * 4 + qint64(t.ids.capacity()) * 40;
    };
    return tableBytes(m_users) + tableBytes(m_clients) + qint64(m_rows.capacity()) * sizeof(Row)
            + qint64(m_tokenIds.capacity()) * sizeof(TokenId)
            + qint64(m_tokenRows.capacity()) * 32 + qint64(m_pairRows.capacity()) * 24
            + qint64(m_byUser.capacity() + m_byClient.capacity()) * 4;
}

// ---- seeding ---------------------------------------------------------------------------------

void TokenStore::seed(qint64 count, quint64 seed)
{
    static const char *const firstNames[] = {
        "ada", "alan", "grace", "linus", "margaret", "dennis", "barbara", "ken", "frances",
        "edsger", "radia", "tim", "hedy", "john", "katherine", "donald", "sophie", "guido",
        "bjarne", "anita", "niklaus", "leslie", "shafi", "yukihiro", "james", "karen", "whitfield",
        "carol", "andrew", "joan", "rob", "mary", "brian", "lynn", "david", "ivan", "sara", "omar"};
    static const char *const lastNames[] = {
        "lovelace", "turing", "hopper", "torvalds", "hamilton", "ritchie", "liskov", "thompson",
        "allen", "dijkstra", "perlman", "berners-lee", "lamarr", "mccarthy", "johnson", "knuth",
        "wilson", "van rossum", "stroustrup", "borg", "wirth", "lamport", "goldwasser", "matsumoto",
        "gosling", "spärck jones", "diffie", "shaw", "tanenbaum", "clarke", "pike", "keller",
        "kernighan", "conway", "patterson", "sutherland", "zhang", "haddad"};
    // Names an admin meets in the wild, awkward characters included: "/", "%", "+", ".",
    // spaces and letters outside ASCII.
    static const char *const oddUsers[] = {
        "ada lovelace/ü+x%y", "zoë.müller", "José Núñez", "Łukasz Żółć", "Ærøskøbing", "名前.テスト",
        "Дмитрий", "ops/deploy-bot", "100% coverage", "c++fan", "a+b@example.com", "dot.at.end.",
        "..", "trailing space ", " leading space", "ÅSA", "åsa", "ßtraße", "ünïcödé", "O'Brien",
        "semi;colon", "hash#tag", "question?mark", "amp&ersand", "eq=uals"};
    static const char *const clients[] = {
        "web", "ios-app", "android-app", "admin-portal", "reporting", "game-server",
        "cms", "data-export.json", "partner api", "batch+jobs", "legacy/v1", "100%-uptime",
        "café-kiosk", "unity-sdk", "steam-bridge", "support.tools", "analytics", "leaderboards",
        "store-front", "matchmaker", "Webhooks", "cli", "twitch/ext", "qa automation", "ΔELTA",
        "ios-app-beta", "android-app-beta", "load+test", "mobile.json", "kiosk"};
    constexpr int firstCount = int(sizeof(firstNames) / sizeof(*firstNames));
    constexpr int lastCount = int(sizeof(lastNames) / sizeof(*lastNames));
    constexpr int oddCount = int(sizeof(oddUsers) / sizeof(*oddUsers));
    constexpr int clientCount = int(sizeof(clients) / sizeof(*clients));
    static const char *const separators[] = {".", "_", "-", " ", ""};

    quint64 state = seed;
    QList<QString> clientIds;
    for (const char *c : clients)
        clientIds << QString::fromUtf8(c);
    QSet<QString> usedNames;
    m_rows.reserve(m_rows.size() + size_t(count));
    m_tokenIds.reserve(m_tokenIds.size() + size_t(count));
    m_pairRows.reserve(m_pairRows.size() + count);
    m_tokenRows.reserve(m_tokenRows.size() + count);

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
            if (usedNames.contains(name))
                name += QString::number(userNumber);
        }
        ++userNumber;
        if (usedNames.contains(name))
            continue;
        usedNames.insert(name);

        // Most users have one or two tokens; a few have many clients.
        const quint64 roll = below(&state, 100);
        qint64 tokens = roll < 55 ? 1 : roll < 85 ? 2 : roll < 95 ? 3 : 4 + qint64(below(&state, 6));
        tokens = std::min(tokens, count - made);
        const quint64 firstClient = below(&state, clientCount);
        const quint64 step = 1 + below(&state, clientCount - 1);
        for (qint64 t = 0; t < tokens; ++t) {
            // A step coprime with nothing in particular can revisit a client; skip those.
            const QString &client = clientIds[int((firstClient + quint64(t) * step) % clientCount)];
            bool newUser = false, newClient = false;
            const quint32 user = m_users.intern(name, &newUser);
            const quint32 clientId = m_clients.intern(client, &newClient);
            if (m_pairRows.contains(pairKey(user, clientId)))
                continue;
            const quint32 row = quint32(m_rows.size());
            TokenId id{nextRandom(&state), nextRandom(&state)};
            while (m_tokenRows.contains(id))
                id.lo = nextRandom(&state);
            m_rows.push_back(Row{user, clientId, Alive});
            m_tokenIds.push_back(id);
            m_tokenRows.insert(id, row);
            m_pairRows.insert(pairKey(user, clientId), row);
            ++m_liveRows;
            ++made;
        }
    }
    m_needsRebuild = true;
}
