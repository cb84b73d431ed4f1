#include "TokenStore.h"

#include <QRegularExpression>
#include <QTest>

#include <algorithm>

class TestTokenStore : public QObject
{
    Q_OBJECT

private slots:
    void seedsDeterministically();
    void seedsAwkwardNames();
    void putFindAndReplace();
    void findsByToken();
    void ordersLikeAReferenceSort_data();
    void ordersLikeAReferenceSort();
    void filtersCaseInsensitiveSubstrings();
    void pagesPastTheEndAreEmpty();
    void removesExactMatchesOnly();
    void removeWithNeitherRemovesNothing();
    void keepsOrderAcrossInsertsAndDeletes();
};

namespace {

using Pair = TokenStore::Pair;

// The reference order the store must match: case-insensitive first, then by code point.
int compareField(const QString &a, const QString &b)
{
    const int folded = a.toCaseFolded().toUtf8().compare(b.toCaseFolded().toUtf8());
    if (folded != 0)
        return folded;
    return a.toUtf8().compare(b.toUtf8());
}

QList<Pair> referenceList(QList<Pair> pairs, const QList<TokenStore::Order> &order,
                          const QString &userFilter = {}, const QString &clientFilter = {})
{
    pairs.erase(std::remove_if(pairs.begin(), pairs.end(),
                               [&](const Pair &p) {
                                   return !p.username.contains(userFilter, Qt::CaseInsensitive)
                                       || !p.clientId.contains(clientFilter, Qt::CaseInsensitive);
                               }),
                pairs.end());
    QList<TokenStore::Order> keys = order;
    if (keys.isEmpty())
        keys.append({TokenStore::Field::Username, true});
    if (keys.size() == 1)
        keys.append({keys.first().field == TokenStore::Field::Username
                         ? TokenStore::Field::ClientId
                         : TokenStore::Field::Username,
                     true});
    std::sort(pairs.begin(), pairs.end(), [&](const Pair &a, const Pair &b) {
        for (const auto &key : keys) {
            const bool user = key.field == TokenStore::Field::Username;
            int c = compareField(user ? a.username : a.clientId, user ? b.username : b.clientId);
            if (!key.ascending)
                c = -c;
            if (c != 0)
                return c < 0;
        }
        return false;
    });
    return pairs;
}

QStringList keysOf(const QList<Pair> &pairs)
{
    QStringList out;
    for (const Pair &p : pairs)
        out << p.username + QLatin1Char('|') + p.clientId;
    return out;
}

} // namespace

void TestTokenStore::seedsDeterministically()
{
    TokenStore a, b, c;
    a.seed(500, 42);
    b.seed(500, 42);
    c.seed(500, 43);
    QCOMPARE(a.size(), 500);
    QCOMPARE(keysOf(a.allPairs()), keysOf(b.allPairs()));
    QVERIFY(keysOf(a.allPairs()) != keysOf(c.allPairs()));
    const Pair first = a.allPairs().first();
    QCOMPARE(a.find(first.username, first.clientId)->token,
             b.find(first.username, first.clientId)->token);
}

void TestTokenStore::seedsAwkwardNames()
{
    TokenStore store;
    store.seed(2000, 1);
    const QList<Pair> pairs = store.allPairs();
    auto anyUser = [&](auto predicate) {
        return std::any_of(pairs.begin(), pairs.end(),
                           [&](const Pair &p) { return predicate(p.username); });
    };
    auto anyClient = [&](auto predicate) {
        return std::any_of(pairs.begin(), pairs.end(),
                           [&](const Pair &p) { return predicate(p.clientId); });
    };
    for (const char *c : {" ", "+", "/", "%", "."}) {
        const QString s = QString::fromLatin1(c);
        QVERIFY2(anyUser([&](const QString &u) { return u.contains(s); }), c);
        QVERIFY2(anyClient([&](const QString &u) { return u.contains(s); }), c);
    }
    QVERIFY(anyUser([](const QString &u) {
        return std::any_of(u.begin(), u.end(),
                           [](QChar ch) { return ch.unicode() > 127 && ch.isLetter(); });
    }));
    QVERIFY(anyClient([](const QString &u) { return u.endsWith(QLatin1String(".json")); }));
    // Varied lengths.
    const auto [shortest, longest]
        = std::minmax_element(pairs.begin(), pairs.end(), [](const Pair &x, const Pair &y) {
              return x.username.size() < y.username.size();
          });
    QVERIFY(shortest->username.size() <= 3);
    QVERIFY(longest->username.size() >= 20);
}

void TestTokenStore::putFindAndReplace()
{
    TokenStore store;
    const QString t1 = store.put(QStringLiteral("ada"), QStringLiteral("web"), false);
    QVERIFY(QRegularExpression(
                QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"))
                .match(t1)
                .hasMatch());
    QCOMPARE(store.size(), 1);
    const QString t2 = store.put(QStringLiteral("ada"), QStringLiteral("web"), true);
    QVERIFY(t1 != t2);
    QCOMPARE(store.size(), 1); // one token per (username, client id)
    QVERIFY(!store.findByToken(t1));
    QVERIFY(store.findByToken(t2)->admin);
    QVERIFY(!store.find(QStringLiteral("ADA"), QStringLiteral("web"))); // exact, not folded
    const QString custom = store.put(QStringLiteral("root"), QStringLiteral("cli"), true, 0,
                                     QStringLiteral("not-a-uuid secret"));
    QCOMPARE(custom, QStringLiteral("not-a-uuid secret"));
    QCOMPARE(store.findByToken(custom)->username, QStringLiteral("root"));
}

void TestTokenStore::findsByToken()
{
    TokenStore store;
    store.seed(300, 5);
    for (const Pair &p : store.allPairs()) {
        const auto info = store.find(p.username, p.clientId);
        QVERIFY(info);
        const auto back = store.findByToken(info->token);
        QVERIFY(back);
        QCOMPARE(back->username, p.username);
        QCOMPARE(back->clientId, p.clientId);
        QVERIFY(!back->admin);
    }
    QVERIFY(!store.findByToken(QStringLiteral("00000000-0000-0000-0000-000000000000")));
    QVERIFY(!store.findByToken(QString()));
}

void TestTokenStore::ordersLikeAReferenceSort_data()
{
    using F = TokenStore::Field;
    QTest::addColumn<QList<TokenStore::Order>>("order");
    QTest::addColumn<QString>("userFilter");
    QTest::addColumn<QString>("clientFilter");
    QTest::newRow("default") << QList<TokenStore::Order> {} << QString() << QString();
    QTest::newRow("user desc") << QList<TokenStore::Order> {{F::Username, false}} << QString()
                               << QString();
    QTest::newRow("client asc") << QList<TokenStore::Order> {{F::ClientId, true}} << QString()
                                << QString();
    QTest::newRow("user asc, client desc")
        << QList<TokenStore::Order> {{F::Username, true}, {F::ClientId, false}} << QString()
        << QString();
    QTest::newRow("user desc, client asc")
        << QList<TokenStore::Order> {{F::Username, false}, {F::ClientId, true}} << QString()
        << QString();
    QTest::newRow("client desc, user asc")
        << QList<TokenStore::Order> {{F::ClientId, false}, {F::Username, true}} << QString()
        << QString();
    QTest::newRow("client desc, user desc")
        << QList<TokenStore::Order> {{F::ClientId, false}, {F::Username, false}} << QString()
        << QString();
    QTest::newRow("filtered, mixed")
        << QList<TokenStore::Order> {{F::ClientId, true}, {F::Username, false}}
        << QStringLiteral("A") << QStringLiteral("app");
    QTest::newRow("filter non-ascii")
        << QList<TokenStore::Order> {} << QStringLiteral("ÅSA") << QString();
}

void TestTokenStore::ordersLikeAReferenceSort()
{
    QFETCH(QList<TokenStore::Order>, order);
    QFETCH(QString, userFilter);
    QFETCH(QString, clientFilter);
    TokenStore store;
    store.seed(3000, 7);
    const QList<Pair> expected = referenceList(store.allPairs(), order, userFilter, clientFilter);
    QVERIFY(!expected.isEmpty());

    // Page through with an odd page size so that pages split groups of equal keys.
    QList<Pair> got;
    const int size = 37;
    for (qint64 page = 1;; ++page) {
        const auto result = store.list({userFilter, clientFilter, order, page, size});
        QCOMPARE(result.totalElements, expected.size());
        got += result.rows;
        if (result.rows.size() < size)
            break;
    }
    QCOMPARE(keysOf(got), keysOf(expected));
}

void TestTokenStore::filtersCaseInsensitiveSubstrings()
{
    TokenStore store;
    store.put(QStringLiteral("Ada.Lovelace"), QStringLiteral("Web"), false);
    store.put(QStringLiteral("grace"), QStringLiteral("web-admin"), false);
    store.put(QStringLiteral("ÅSA"), QStringLiteral("ios"), false);
    auto count = [&](const QString &u, const QString &c) {
        return store.list({u, c, {}, 1, 25}).totalElements;
    };
    QCOMPARE(count(QStringLiteral("lovelace"), {}), 1);
    QCOMPARE(count(QStringLiteral("A"), {}), 3);
    QCOMPARE(count({}, QStringLiteral("WEB")), 2);
    QCOMPARE(count(QStringLiteral("grace"), QStringLiteral("admin")), 1);
    QCOMPARE(count(QStringLiteral("grace"), QStringLiteral("ios")), 0);
    QCOMPARE(count(QStringLiteral("åsa"), {}), 1);
    QCOMPARE(count(QStringLiteral("%"), {}), 0);
}

void TestTokenStore::pagesPastTheEndAreEmpty()
{
    TokenStore store;
    store.seed(10, 1);
    const auto result = store.list({{}, {}, {}, 5, 25});
    QCOMPARE(result.totalElements, 10);
    QVERIFY(result.rows.isEmpty());
}

void TestTokenStore::removesExactMatchesOnly()
{
    TokenStore store;
    store.put(QStringLiteral("ada"), QStringLiteral("web"), false);
    store.put(QStringLiteral("ada"), QStringLiteral("ios"), false);
    store.put(QStringLiteral("ada2"), QStringLiteral("web"), false);
    store.put(QStringLiteral("Ada"), QStringLiteral("web"), false);
    store.put(QStringLiteral("bob"), QStringLiteral("web2"), false);

    QCOMPARE(store.remove(QStringLiteral("ada"), QStringLiteral("web")), 1);
    QCOMPARE(store.remove(QStringLiteral("ada"), QStringLiteral("web")), 0);
    QCOMPARE(store.remove(QStringLiteral("ada"), {}), 1); // only "ada"/ios is left of "ada"
    QCOMPARE(store.remove({}, QStringLiteral("web")), 2); // ada2 and Ada, not bob/web2
    QCOMPARE(keysOf(store.allPairs()), QStringList {QStringLiteral("bob|web2")});
    QCOMPARE(store.size(), 1);
}

void TestTokenStore::removeWithNeitherRemovesNothing()
{
    TokenStore store;
    store.seed(50, 1);
    QCOMPARE(store.remove({}, {}), 0);
    QCOMPARE(store.size(), 50);
}

void TestTokenStore::keepsOrderAcrossInsertsAndDeletes()
{
    TokenStore store;
    store.seed(1000, 3);
    QList<Pair> pairs = store.allPairs();
    // Delete every third, then add rows with known and with new strings.
    for (int i = 0; i < pairs.size(); i += 3)
        QCOMPARE(store.remove(pairs[i].username, pairs[i].clientId), 1);
    store.put(pairs[1].username, QStringLiteral("web"), false);
    store.put(QStringLiteral("zz new user"), pairs[1].clientId, false);
    store.put(pairs[4].username, pairs[7].clientId, false);
    const QList<TokenStore::Order> order {{TokenStore::Field::ClientId, false},
                                          {TokenStore::Field::Username, true}};
    const auto result = store.list({{}, {}, order, 1, 1000});
    QCOMPARE(keysOf(result.rows), keysOf(referenceList(store.allPairs(), order)));
    QCOMPARE(result.totalElements, store.size());
}

QTEST_GUILESS_MAIN(TestTokenStore)
#include "tst_tokenstore.moc"
