// Saved servers without widgets: the settings migration, the shared JSON (import of every kind
// of bad file and entry, duplicates, secrets), names.
#include "ServerProfiles.h"
#include "Settings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestServerProfiles : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void recentServersBecomeSavedServersOnce();
    void savedServersSurviveARestart();
    void settingsHoldNoSecret();
    void exportHasNoSecretAndImportsBackAsDuplicates();
    void importRefusesFilesThatAreNotServerLists_data();
    void importRefusesFilesThatAreNotServerLists();
    void importReportsEachInvalidEntry_data();
    void importReportsEachInvalidEntry();
    void importDropsSecretsAndKeepsTheEntry();
    void importLosesNothingAlreadySaved();
    void namesAreUniqueIgnoringCase();
    void environmentsAndDefaults();
    void aliasesOfAnAddressAreOneServer_data();
    void aliasesOfAnAddressAreOneServer();
    void importOfThousandsIsLinear();
    void importRefusesTooManyEntries();
    void importNamesEachCaFile();

private:
    static QByteArray file(const QJsonArray &servers);
    static QJsonObject entry(const QString &name, const QString &url,
                             const QString &environment = QStringLiteral("test"));
    ServerList twoSaved() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
};

void TestServerProfiles::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
}

QByteArray TestServerProfiles::file(const QJsonArray &servers)
{
    return QJsonDocument(QJsonObject {{QStringLiteral("format"),
                                       QStringLiteral("knetik-token-console-servers")},
                                      {QStringLiteral("version"), 1},
                                      {QStringLiteral("servers"), servers}})
        .toJson();
}

QJsonObject TestServerProfiles::entry(const QString &name, const QString &url,
                                      const QString &environment)
{
    return QJsonObject {{QStringLiteral("name"), name},
                        {QStringLiteral("url"), url},
                        {QStringLiteral("environment"), environment}};
}

ServerList TestServerProfiles::twoSaved() const
{
    ServerList list;
    ServerProfile a;
    a.name = QStringLiteral("Local sandbox");
    a.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8080"));
    a.environment = ServerEnvironment::Development;
    list.add(a);
    ServerProfile b;
    b.name = QStringLiteral("EU Production");
    b.baseUrl = QUrl(QStringLiteral("https://tokens.prod.invalid/api"));
    b.environment = ServerEnvironment::Production;
    b.method = SignInRequest::Method::ClientCredentials;
    b.clientId = QStringLiteral("ops-console");
    b.colour = QStringLiteral("#123456");
    list.add(b);
    return list;
}

void TestServerProfiles::recentServersBecomeSavedServersOnce()
{
    m_settings->setValue(Settings::Key::RecentBaseUrls,
                         QStringList {QStringLiteral("http://127.0.0.1:9000"),
                                      QStringLiteral("https://tokens.prod.invalid"),
                                      QStringLiteral("not a url at all"),
                                      QStringLiteral("http://localhost:9000/")});
    m_settings->setValue(Settings::Key::LastClientId, QStringLiteral("ops"));
    QStringList migrated;
    const ServerList list = ServerList::load(m_settings.get(), &migrated);
    // Every usable address, in the same order; loopback is Development, the rest Production.
    QCOMPARE(migrated,
             QStringList({QStringLiteral("127.0.0.1"), QStringLiteral("tokens.prod.invalid"),
                          QStringLiteral("localhost")}));
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.servers()[0].baseUrl, QUrl(QStringLiteral("http://127.0.0.1:9000")));
    QCOMPARE(list.servers()[0].environment, ServerEnvironment::Development);
    QCOMPARE(list.servers()[1].environment, ServerEnvironment::Production);
    QCOMPARE(list.servers()[2].environment, ServerEnvironment::Development);
    QCOMPARE(list.servers()[1].clientId, QStringLiteral("ops"));
    QCOMPARE(list.servers()[1].method, SignInRequest::Method::ClientCredentials);
    for (const ServerProfile &p : list.servers())
        QVERIFY(p.isSaved());
    // The recent list itself stays (nothing lost), and a second start does not migrate again.
    QCOMPARE(m_settings->value(Settings::Key::RecentBaseUrls).toStringList().size(), 4);
    QStringList again;
    const ServerList reloaded = ServerList::load(m_settings.get(), &again);
    QVERIFY(again.isEmpty());
    QCOMPARE(reloaded.size(), 3);
    QCOMPARE(reloaded.servers()[1].id, list.servers()[1].id);
    // A migrated server the admin deleted does not come back at the next start.
    ServerList fewer = reloaded;
    fewer.replace(reloaded.servers().mid(1));
    fewer.save(m_settings.get());
    QCOMPARE(ServerList::load(m_settings.get()).size(), 2);
}

void TestServerProfiles::savedServersSurviveARestart()
{
    m_settings->setValue(Settings::Key::ServersMigrated, true);
    const ServerList list = twoSaved();
    list.save(m_settings.get());
    m_settings.reset();
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
    const ServerList reloaded = ServerList::load(m_settings.get());
    QCOMPARE(reloaded.size(), 2);
    for (int i = 0; i < 2; ++i) {
        const ServerProfile &a = list.servers()[i];
        const ServerProfile &b = reloaded.servers()[i];
        QCOMPARE(b.id, a.id);
        QCOMPARE(b.name, a.name);
        QCOMPARE(b.baseUrl, a.baseUrl);
        QCOMPARE(b.environment, a.environment);
        QCOMPARE(b.method, a.method);
        QCOMPARE(b.clientId, a.clientId);
        QCOMPARE(b.colour, a.colour);
    }
    QCOMPARE(reloaded.servers()[1].effectiveColour(), QStringLiteral("#123456"));
    QCOMPARE(reloaded.servers()[0].effectiveColour(),
             ServerProfile::defaultColour(ServerEnvironment::Development));
    QCOMPARE(reloaded.servers()[1].keychainAccount(),
             QStringLiteral("server:") + list.servers()[1].id);
}

void TestServerProfiles::settingsHoldNoSecret()
{
    // Even an import that carries secrets leaves none in the settings.
    ServerList list;
    QJsonObject e = entry(QStringLiteral("Staging"), QStringLiteral("https://staging.invalid"));
    e.insert(QStringLiteral("client_secret"), QStringLiteral("s3cr3t-value"));
    e.insert(QStringLiteral("password"), QStringLiteral("hunter2-value"));
    e.insert(QStringLiteral("access_token"), QStringLiteral("tok-value"));
    list.importJson(file({e}));
    list.save(m_settings.get());
    QFile ini(m_settings->fileName());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray text = ini.readAll();
    QVERIFY(text.contains("Staging"));
    for (const char *secret : {"s3cr3t-value", "hunter2-value", "tok-value"})
        QVERIFY2(!text.contains(secret), secret);
    QVERIFY(!list.exportJson().contains("s3cr3t-value"));
}

void TestServerProfiles::exportHasNoSecretAndImportsBackAsDuplicates()
{
    ServerList list = twoSaved();
    const QByteArray json = list.exportJson();
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    QCOMPARE(root.value(QStringLiteral("format")).toString(),
             QStringLiteral("knetik-token-console-servers"));
    const QJsonArray servers = root.value(QStringLiteral("servers")).toArray();
    QCOMPARE(servers.size(), 2);
    const QStringList allowed {QStringLiteral("name"),        QStringLiteral("url"),
                               QStringLiteral("environment"), QStringLiteral("sign_in"),
                               QStringLiteral("client_id"),   QStringLiteral("username"),
                               QStringLiteral("colour"),      QStringLiteral("ca_file")};
    for (const QJsonValue &v : servers) {
        for (const QString &key : v.toObject().keys())
            QVERIFY2(allowed.contains(key), qPrintable(key));
    }
    QCOMPARE(servers[1].toObject().value(QStringLiteral("environment")).toString(),
             QStringLiteral("production"));
    // Into the same list: both are already saved.
    ServerImportReport again = list.importJson(json);
    QVERIFY(again.error.isEmpty());
    QVERIFY(again.added.isEmpty());
    QCOMPARE(again.duplicates.size(), 2);
    QCOMPARE(list.size(), 2);
    // Into an empty one: both arrive with new ids, as they were.
    ServerList other;
    const ServerImportReport fresh = other.importJson(json);
    QCOMPARE(fresh.added,
             QStringList({QStringLiteral("Local sandbox"), QStringLiteral("EU Production")}));
    QCOMPARE(other.servers()[1].clientId, QStringLiteral("ops-console"));
    QCOMPARE(other.servers()[1].baseUrl, QUrl(QStringLiteral("https://tokens.prod.invalid/api")));
    QVERIFY(other.servers()[1].id != list.servers()[1].id);
}

void TestServerProfiles::importRefusesFilesThatAreNotServerLists_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("not JSON");
    QTest::newRow("not json") << QByteArray("name,url\nx,y\n") << QStringLiteral("not JSON");
    QTest::newRow("truncated")
        << file({entry(QStringLiteral("a"), QStringLiteral("https://a.invalid"))}).chopped(5)
        << QStringLiteral("not JSON");
    QTest::newRow("array") << QByteArray("[]") << QStringLiteral("not a list of servers");
    QTest::newRow("other format") << QByteArray(R"({"format":"dbeaver","version":1,"servers":[]})")
                                  << QStringLiteral("not a list of servers");
    QTest::newRow("version 2") << QByteArray(
        R"({"format":"knetik-token-console-servers","version":2,"servers":[]})")
                               << QStringLiteral("version 2");
    QTest::newRow("servers not a list")
        << QByteArray(R"({"format":"knetik-token-console-servers","version":1,"servers":{}})")
        << QStringLiteral("no list of servers");
    QTest::newRow("too large") << QByteArray(ServerList::MaxImportBytes + 1, ' ')
                               << QStringLiteral("larger than 1 MB");
}

void TestServerProfiles::importRefusesFilesThatAreNotServerLists()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    ServerList list = twoSaved();
    const ServerList before = list;
    const ServerImportReport report = list.importJson(json);
    QVERIFY2(report.error.contains(error), qPrintable(report.error));
    QVERIFY(report.added.isEmpty());
    QCOMPARE(list.size(), before.size());
    QCOMPARE(list.exportJson(), before.exportJson());
}

void TestServerProfiles::importReportsEachInvalidEntry_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("why");
    const QString url = QStringLiteral("https://x.invalid");
    QTest::newRow("not an object")
        << QJsonValue(QStringLiteral("x")) << QStringLiteral("not an object");
    QTest::newRow("no name") << QJsonValue(entry(QString(), url)) << QStringLiteral("no name");
    QTest::newRow("blank name") << QJsonValue(entry(QStringLiteral("   "), url))
                                << QStringLiteral("no name");
    QTest::newRow("invisible in name")
        << QJsonValue(entry(QStringLiteral("Prod\u200B"), url)) << QStringLiteral("U+200B");
    QTest::newRow("long name") << QJsonValue(entry(QString(81, QLatin1Char('n')), url))
                               << QStringLiteral("longer than 80");
    QTest::newRow("no url") << QJsonValue(entry(QStringLiteral("a"), QString()))
                            << QStringLiteral("no url");
    QTest::newRow("ftp url") << QJsonValue(
        entry(QStringLiteral("a"), QStringLiteral("ftp://x.invalid")))
                             << QStringLiteral("not a server address");
    QTest::newRow("bare host") << QJsonValue(
        entry(QStringLiteral("a"), QStringLiteral("x.invalid")))
                               << QStringLiteral("not a server address");
    QTest::newRow("url with query")
        << QJsonValue(entry(QStringLiteral("a"), QStringLiteral("https://x.invalid/?a=1")))
        << QStringLiteral("not a server address");
    QTest::newRow("no environment") << QJsonValue(entry(QStringLiteral("a"), url, QString()))
                                    << QStringLiteral("no environment");
    QTest::newRow("unknown environment")
        << QJsonValue(entry(QStringLiteral("a"), url, QStringLiteral("staging")))
        << QStringLiteral("“staging” is not an environment");
    QTest::newRow("unsaved environment")
        << QJsonValue(entry(QStringLiteral("a"), url, QStringLiteral("unsaved")))
        << QStringLiteral("not an environment");
    QJsonObject method = entry(QStringLiteral("a"), url);
    method.insert(QStringLiteral("sign_in"), QStringLiteral("saml"));
    QTest::newRow("unknown sign-in")
        << QJsonValue(method) << QStringLiteral("not a way to sign in");
    QJsonObject colour = entry(QStringLiteral("a"), url);
    colour.insert(QStringLiteral("colour"), QStringLiteral("red"));
    QTest::newRow("colour by name") << QJsonValue(colour) << QStringLiteral("not a colour");
    QJsonObject number = entry(QStringLiteral("a"), url);
    number.insert(QStringLiteral("client_id"), 42);
    QTest::newRow("number for text") << QJsonValue(number) << QStringLiteral("should be text");
}

void TestServerProfiles::importReportsEachInvalidEntry()
{
    QFETCH(QJsonValue, value);
    QFETCH(QString, why);
    ServerList list = twoSaved();
    // The bad entry between two good ones: the good ones arrive, the bad one is reported.
    const ServerImportReport report = list.importJson(
        file({entry(QStringLiteral("First"), QStringLiteral("https://first.invalid")), value,
              entry(QStringLiteral("Third"), QStringLiteral("https://third.invalid"))}));
    QVERIFY(report.error.isEmpty());
    QCOMPARE(report.added, QStringList({QStringLiteral("First"), QStringLiteral("Third")}));
    QCOMPARE(report.invalid.size(), 1);
    QVERIFY2(report.invalid.first().startsWith(QStringLiteral("Entry 2: ")),
             qPrintable(report.invalid.first()));
    QVERIFY2(report.invalid.first().contains(why), qPrintable(report.invalid.first()));
    QCOMPARE(list.size(), 4);
}

void TestServerProfiles::importDropsSecretsAndKeepsTheEntry()
{
    ServerList list;
    QJsonObject e = entry(QStringLiteral("Staging"), QStringLiteral("https://staging.invalid"));
    e.insert(QStringLiteral("client_secret"), QStringLiteral("s3cr3t"));
    const ServerImportReport report = list.importJson(file({e}));
    QCOMPARE(report.added, QStringList({QStringLiteral("Staging")}));
    QCOMPARE(report.secretsDropped.size(), 1);
    QVERIFY(report.secretsDropped.first().contains(QStringLiteral("client_secret")));
    QVERIFY(!list.exportJson().contains("s3cr3t"));
}

void TestServerProfiles::importLosesNothingAlreadySaved()
{
    ServerList list = twoSaved();
    const QByteArray before = list.exportJson();
    const QString prodId = list.servers()[1].id;
    // The same name in another case, another address: a duplicate, the saved one unchanged.
    QJsonObject renamed
        = entry(QStringLiteral("eu production"), QStringLiteral("https://other.invalid"),
                QStringLiteral("development"));
    // Another name, the same address and sign-in: a duplicate too.
    QJsonObject same
        = entry(QStringLiteral("Prod again"), QStringLiteral("https://tokens.prod.invalid/api/"),
                QStringLiteral("production"));
    same.insert(QStringLiteral("sign_in"), QStringLiteral("client-credentials"));
    same.insert(QStringLiteral("client_id"), QStringLiteral("ops-console"));
    // The same address with another client: a server of its own.
    QJsonObject otherClient = same;
    otherClient.insert(QStringLiteral("name"), QStringLiteral("Prod, read-only client"));
    otherClient.insert(QStringLiteral("client_id"), QStringLiteral("readonly"));
    const ServerImportReport report = list.importJson(file({renamed, same, otherClient}));
    QCOMPARE(report.duplicates.size(), 2);
    QVERIFY(report.duplicates[0].contains(QStringLiteral("EU Production")));
    QVERIFY(report.duplicates[1].contains(QStringLiteral("EU Production")));
    QCOMPARE(report.added, QStringList({QStringLiteral("Prod, read-only client")}));
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.find(prodId)->environment, ServerEnvironment::Production);
    ServerList firstTwo;
    firstTwo.replace(list.servers().mid(0, 2));
    QCOMPARE(firstTwo.exportJson(), before);
}

void TestServerProfiles::namesAreUniqueIgnoringCase()
{
    ServerList list = twoSaved();
    QVERIFY(list.findByName(QStringLiteral("eu PRODUCTION")));
    QCOMPARE(list.uniqueName(QStringLiteral("EU Production")), QStringLiteral("EU Production (2)"));
    QCOMPARE(list.uniqueName(QStringLiteral("Staging")), QStringLiteral("Staging"));
    QVERIFY(list.findByUrl(QUrl(QStringLiteral("https://tokens.prod.invalid/api/"))));
    QVERIFY(!list.findByUrl(QUrl(QStringLiteral("https://tokens.prod.invalid"))));
}

void TestServerProfiles::environmentsAndDefaults()
{
    QCOMPARE(ServerProfile::defaultEnvironmentFor(QUrl(QStringLiteral("http://127.0.0.1:1"))),
             ServerEnvironment::Development);
    QCOMPARE(ServerProfile::defaultEnvironmentFor(QUrl(QStringLiteral("http://[::1]:1"))),
             ServerEnvironment::Development);
    QCOMPARE(ServerProfile::defaultEnvironmentFor(QUrl(QStringLiteral("https://dev.invalid"))),
             ServerEnvironment::Production);
    const ServerProfile unsaved
        = ServerProfile::unsaved(QUrl(QStringLiteral("https://x.invalid/")));
    QVERIFY(!unsaved.isSaved());
    QVERIFY(!unsaved.isProduction());
    QCOMPARE(unsaved.keychainAccount(), QStringLiteral("https://x.invalid"));
    for (auto e : {ServerEnvironment::Development, ServerEnvironment::Test,
                   ServerEnvironment::Production, ServerEnvironment::Unsaved}) {
        QCOMPARE(ServerProfile::environmentFromKey(ServerProfile::environmentKey(e)), e);
        QVERIFY(ServerProfile::isColour(ServerProfile::defaultColour(e)));
    }
}

void TestServerProfiles::aliasesOfAnAddressAreOneServer_data()
{
    QTest::addColumn<QString>("alias");
    QTest::newRow("trailing dot") << QStringLiteral("https://tokens.prod.invalid./api");
    QTest::newRow("upper case") << QStringLiteral("HTTPS://TOKENS.Prod.INVALID/api");
    QTest::newRow("dot segment") << QStringLiteral("https://tokens.prod.invalid/api/./");
    QTest::newRow("dot-dot segment") << QStringLiteral("https://tokens.prod.invalid/x/../api");
    QTest::newRow("two trailing slashes") << QStringLiteral("https://tokens.prod.invalid/api//");
    QTest::newRow("default port") << QStringLiteral("https://tokens.prod.invalid:443/api");
    QTest::newRow("all at once") << QStringLiteral("https://Tokens.PROD.invalid.:443/api/./");
}

// One server however its address is written: an alias finds the saved production entry (the
// guard applies), and cannot be saved beside it as another environment.
void TestServerProfiles::aliasesOfAnAddressAreOneServer()
{
    QFETCH(QString, alias);
    ServerList list = twoSaved();
    const ServerProfile *found = list.findByUrl(QUrl(alias));
    QVERIFY2(found, qPrintable(ServerList::normalisedUrl(QUrl(alias))));
    QCOMPARE(found->environment, ServerEnvironment::Production);
    QCOMPARE(ServerList::normalisedUrl(QUrl(alias)),
             QStringLiteral("https://tokens.prod.invalid/api"));
    QList<ServerProfile> servers = list.servers();
    ServerProfile dev;
    dev.name = QStringLiteral("Same, called development");
    dev.baseUrl = QUrl(alias);
    dev.environment = ServerEnvironment::Development;
    servers.append(dev);
    QVERIFY(!ServerList::environmentConflict(servers).isEmpty());
    const ServerImportReport report
        = list.importJson(file({entry(dev.name, alias, QStringLiteral("development"))}));
    QVERIFY(report.added.isEmpty());
    QCOMPARE(report.invalid.size(), 1);
    // An internationalised name is its ASCII form too.
    QCOMPARE(ServerList::normalisedUrl(QUrl(QStringLiteral("https://bücher.example/"))),
             ServerList::normalisedUrl(QUrl(QStringLiteral("https://xn--bcher-kva.example"))));
    // Another path, port or scheme is another server.
    QVERIFY(!list.findByUrl(QUrl(QStringLiteral("https://tokens.prod.invalid/api2"))));
    QVERIFY(!list.findByUrl(QUrl(QStringLiteral("https://tokens.prod.invalid:8443/api"))));
    QVERIFY(!list.findByUrl(QUrl(QStringLiteral("http://tokens.prod.invalid/api"))));
}

// 5,000 entries (twice: once added, once all duplicates) are read in linear time: with the
// checks of before (cubic) this took hours and the CTest timeout ends it. The time itself is
// measured in tests/bench (bench_servers).
void TestServerProfiles::importOfThousandsIsLinear()
{
    QJsonArray entries;
    for (int i = 0; i < 5000; ++i) {
        // Two servers at each address, with other clients: every check has work to do.
        QJsonObject e = entry(QStringLiteral("Server %1").arg(i),
                              QStringLiteral("https://s%1.example.invalid").arg(i % 2500));
        e.insert(QStringLiteral("sign_in"), QStringLiteral("client-credentials"));
        e.insert(QStringLiteral("client_id"), QStringLiteral("client-%1").arg(i / 2500));
        entries.append(e);
    }
    const QByteArray json = QJsonDocument::fromJson(file(entries)).toJson(QJsonDocument::Compact);
    QVERIFY(json.size() < ServerList::MaxImportBytes);
    ServerList list = twoSaved();
    const ServerImportReport report = list.importJson(json);
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QCOMPARE(report.added.size(), 5000);
    QCOMPARE(list.size(), 5002);
    const ServerImportReport again = list.importJson(json);
    QCOMPARE(again.added.size(), 0);
    QCOMPARE(again.duplicates.size(), 5000);
    QVERIFY(ServerList::environmentConflict(list.servers()).isEmpty());
}

void TestServerProfiles::importRefusesTooManyEntries()
{
    QJsonArray entries;
    for (qsizetype i = 0; i <= ServerList::MaxImportEntries; ++i)
        entries.append(QJsonObject {}); // small, so that the size limit is not what refuses
    ServerList list;
    const ServerImportReport report = list.importJson(file(entries));
    QVERIFY(report.error.contains(QStringLiteral("10,001")));
    QCOMPARE(list.size(), 0);
}

void TestServerProfiles::importNamesEachCaFile()
{
    ServerList list;
    QJsonObject withCa
        = entry(QStringLiteral("Staging"), QStringLiteral("https://staging.invalid"));
    withCa.insert(QStringLiteral("ca_file"), QStringLiteral("/etc/ssl/company-ca.pem"));
    const ServerImportReport report = list.importJson(
        file({withCa, entry(QStringLiteral("Other"), QStringLiteral("https://other.invalid"))}));
    QCOMPARE(report.added.size(), 2);
    QCOMPARE(report.caFiles.size(), 1);
    QVERIFY(report.caFiles.first().contains(QStringLiteral("Staging")));
    QVERIFY(report.caFiles.first().contains(QStringLiteral("/etc/ssl/company-ca.pem")));
    QVERIFY(report.caFiles.first().contains(QStringLiteral("staging.invalid")));
}
QTEST_GUILESS_MAIN(TestServerProfiles)
#include "tst_serverprofiles.moc"
