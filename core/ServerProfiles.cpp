#include "ServerProfiles.h"

#include "ApiUrls.h"
#include "Settings.h"

#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>

namespace {

const char FormatName[] = "knetik-token-console-servers";
constexpr int FormatVersion = 1;

// Fields that would hold a secret: never exported, never imported.
const char *const SecretFields[]
    = {"client_secret", "clientSecret", "password", "access_token", "accessToken",
       "refresh_token", "refreshToken", "token",    "secret"};

QJsonObject toJson(const ServerProfile &p)
{
    QJsonObject o {{QStringLiteral("name"), p.name},
                   {QStringLiteral("url"), p.baseUrl.adjusted(QUrl::RemoveUserInfo).toString()},
                   {QStringLiteral("environment"), ServerProfile::environmentKey(p.environment)},
                   {QStringLiteral("sign_in"), ServerProfile::methodKey(p.method)}};
    if (!p.clientId.isEmpty())
        o.insert(QStringLiteral("client_id"), p.clientId);
    if (!p.username.isEmpty())
        o.insert(QStringLiteral("username"), p.username);
    if (!p.colour.isEmpty())
        o.insert(QStringLiteral("colour"), p.colour);
    if (!p.caFile.isEmpty())
        o.insert(QStringLiteral("ca_file"), p.caFile);
    return o;
}

// One entry of a file or of the settings; *why says what is wrong with it.
std::optional<ServerProfile> fromJson(const QJsonValue &value, QString *why)
{
    if (!value.isObject()) {
        *why = ServerList::tr("it is not an object");
        return std::nullopt;
    }
    const QJsonObject o = value.toObject();
    const auto text = [&o](const char *key, bool *wrongType) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isNull() && !v.isString())
            *wrongType = true;
        return v.toString();
    };
    bool wrongType = false;
    ServerProfile p;
    p.name = text("name", &wrongType).trimmed();
    const QString url = text("url", &wrongType);
    const QString environment = text("environment", &wrongType);
    const QString method = text("sign_in", &wrongType);
    p.clientId = text("client_id", &wrongType).trimmed();
    p.username = text("username", &wrongType).trimmed();
    p.colour = text("colour", &wrongType).trimmed();
    p.caFile = text("ca_file", &wrongType);
    if (wrongType) {
        *why = ServerList::tr("a field that should be text is not");
        return std::nullopt;
    }
    const QString nameProblem = ServerProfile::checkName(p.name);
    if (!nameProblem.isEmpty()) {
        *why = nameProblem;
        return std::nullopt;
    }
    const QString urlProblem = SignInController::checkBaseUrl(url, &p.baseUrl);
    if (!urlProblem.isEmpty() || !url.contains(QLatin1String("://"))) {
        *why = url.isEmpty() ? ServerList::tr("it has no url")
                             : ServerList::tr("“%1” is not a server address").arg(url);
        return std::nullopt;
    }
    const std::optional<ServerEnvironment> env = ServerProfile::environmentFromKey(environment);
    if (!env || *env == ServerEnvironment::Unsaved) {
        *why = environment.isEmpty()
            ? ServerList::tr("it has no environment (development, test or production)")
            : ServerList::tr("“%1” is not an environment (development, test or production)")
                  .arg(environment);
        return std::nullopt;
    }
    p.environment = *env;
    const std::optional<SignInRequest::Method> m
        = ServerProfile::methodFromKey(method.isEmpty() ? QStringLiteral("token") : method);
    if (!m) {
        *why = ServerList::tr("“%1” is not a way to sign in (token, client-credentials or "
                              "password)")
                   .arg(method);
        return std::nullopt;
    }
    p.method = *m;
    if (!p.colour.isEmpty() && !ServerProfile::isColour(p.colour)) {
        *why = ServerList::tr("“%1” is not a colour (#rrggbb)").arg(p.colour);
        return std::nullopt;
    }
    p.colour = p.colour.toLower();
    return p;
}

} // namespace

// ---- ServerProfile ---------------------------------------------------------------------------

QString ServerProfile::effectiveColour() const
{
    if (!colour.isEmpty())
        return colour;
    // Treated as Production, shown as Production.
    return environment == ServerEnvironment::Unsaved && needsNameTyped()
        ? defaultColour(ServerEnvironment::Production)
        : defaultColour(environment);
}

bool ServerProfile::needsNameTyped() const
{
    if (environment == ServerEnvironment::Unsaved)
        return !baseUrl.isEmpty() && !ApiUrls::isLoopbackHost(baseUrl.host());
    return environment == ServerEnvironment::Production;
}

QString ServerProfile::keychainAccount() const
{
    // A saved server's own entry; an unsaved server's is its address (as before saved servers).
    return isSaved() ? QStringLiteral("server:") + id : ServerList::normalisedUrl(baseUrl);
}

QString ServerProfile::idOfAccount(const QString &account)
{
    const QLatin1String prefix("server:");
    return account.startsWith(prefix) ? account.mid(prefix.size()) : QString();
}

ServerProfile ServerList::serverFor(const QUrl &baseUrl, const QString &chosenId) const
{
    const QString url = normalisedUrl(baseUrl);
    if (const ServerProfile *chosen = find(chosenId);
        chosen && normalisedUrl(chosen->baseUrl) == url)
        return *chosen;
    if (const ServerProfile *saved = findByUrl(baseUrl))
        return *saved;
    return ServerProfile::unsaved(baseUrl);
}

std::optional<ServerProfile> ServerList::serverOfAccount(const QString &account) const
{
    if (const QString id = ServerProfile::idOfAccount(account); !id.isEmpty()) {
        if (const ServerProfile *saved = find(id))
            return *saved;
        return std::nullopt; // deleted since
    }
    const QUrl url(account);
    if (url.isEmpty() || !url.isValid())
        return std::nullopt;
    return serverFor(url);
}

bool ServerList::belongsTo(const StoredCredentials &credentials, const QString &account,
                           const ServerProfile &server)
{
    const QString address = normalisedUrl(server.baseUrl);
    if (credentials.server.isEmpty()) // an entry of an earlier version: keyed by its address
        return ServerProfile::idOfAccount(account).isEmpty()
            && normalisedUrl(QUrl(account)) == address;
    // Normalised again: an entry written by an earlier version's normalisation (an IDN host
    // shown in Unicode, say) is the same server now.
    return normalisedUrl(QUrl(credentials.server)) == address;
}

ServerProfile ServerProfile::unsaved(const QUrl &baseUrl)
{
    ServerProfile p;
    p.name = baseUrl.host();
    p.baseUrl = baseUrl;
    p.environment = ServerEnvironment::Unsaved;
    return p;
}

QString ServerProfile::defaultColour(ServerEnvironment environment)
{
    switch (environment) {
    case ServerEnvironment::Development:
        return QStringLiteral("#2e7d32");
    case ServerEnvironment::Test:
        return QStringLiteral("#9a6700");
    case ServerEnvironment::Production:
        return QStringLiteral("#c62828");
    case ServerEnvironment::Unsaved:
        break;
    }
    return QStringLiteral("#5f6368");
}

QString ServerProfile::environmentName(ServerEnvironment environment)
{
    switch (environment) {
    case ServerEnvironment::Development:
        return ServerList::tr("Development");
    case ServerEnvironment::Test:
        return ServerList::tr("Test");
    case ServerEnvironment::Production:
        return ServerList::tr("Production");
    case ServerEnvironment::Unsaved:
        break;
    }
    return ServerList::tr("Not a saved server");
}

QString ServerProfile::environmentKey(ServerEnvironment environment)
{
    switch (environment) {
    case ServerEnvironment::Development:
        return QStringLiteral("development");
    case ServerEnvironment::Test:
        return QStringLiteral("test");
    case ServerEnvironment::Production:
        return QStringLiteral("production");
    case ServerEnvironment::Unsaved:
        break;
    }
    return QStringLiteral("unsaved");
}

std::optional<ServerEnvironment> ServerProfile::environmentFromKey(const QString &key)
{
    for (ServerEnvironment e : {ServerEnvironment::Development, ServerEnvironment::Test,
                                ServerEnvironment::Production, ServerEnvironment::Unsaved}) {
        if (environmentKey(e) == key.trimmed().toLower())
            return e;
    }
    return std::nullopt;
}

QString ServerProfile::methodKey(SignInRequest::Method method)
{
    switch (method) {
    case SignInRequest::Method::AccessToken:
        return QStringLiteral("token");
    case SignInRequest::Method::ClientCredentials:
        return QStringLiteral("client-credentials");
    case SignInRequest::Method::Password:
        return QStringLiteral("password");
    }
    return QStringLiteral("token");
}

std::optional<SignInRequest::Method> ServerProfile::methodFromKey(const QString &key)
{
    for (auto m : {SignInRequest::Method::AccessToken, SignInRequest::Method::ClientCredentials,
                   SignInRequest::Method::Password}) {
        if (methodKey(m) == key.trimmed().toLower())
            return m;
    }
    return std::nullopt;
}

ServerEnvironment ServerProfile::defaultEnvironmentFor(const QUrl &baseUrl)
{
    return ApiUrls::isLoopbackHost(baseUrl.host()) ? ServerEnvironment::Development
                                                   : ServerEnvironment::Production;
}

QString ServerProfile::checkName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return ServerList::tr("it has no name");
    if (name.size() > 80)
        return ServerList::tr("its name is longer than 80 characters");
    for (const QChar c : name) {
        const QChar::Category category = c.category();
        if (category == QChar::Other_Control || category == QChar::Other_Format
            || category == QChar::Other_NotAssigned)
            return ServerList::tr("its name contains an invisible or control character (%1)")
                .arg(QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper());
    }
    return {};
}

bool ServerProfile::isColour(const QString &colour)
{
    static const QRegularExpression re(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    return re.match(colour).hasMatch();
}

// ---- ServerList ------------------------------------------------------------------------------

QString ServerList::newId()
{
    return QStringLiteral("s%1").arg(QRandomGenerator::global()->generate64() & 0xffffffffffffULL,
                                     12, 16, QLatin1Char('0'));
}

QString ServerList::normalisedUrl(const QUrl &url)
{
    // One server, however its address is written: "https://PROD.example.com.:443/api/./" is
    // "https://prod.example.com/api". (An IP address for a host name is not guessed: no DNS.)
    QUrl normal = url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment
                               | QUrl::NormalizePathSegments);
    normal.setScheme(normal.scheme().toLower());
    QString host = normal.host(QUrl::EncodeUnicode).toLower(); // IDN as ASCII (punycode)
    while (host.endsWith(QLatin1Char('.')))
        host.chop(1);
    normal.setHost(host);
    QString path = normal.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    normal.setPath(path);
    if ((normal.scheme() == QLatin1String("https") && normal.port() == 443)
        || (normal.scheme() == QLatin1String("http") && normal.port() == 80))
        normal.setPort(-1);
    return normal.toString(QUrl::EncodeUnicode);
}

static QString conflictBetween(const ServerProfile &first, const ServerProfile &second)
{
    return ServerList::tr("“%1” and “%2” are at the same address with different environments "
                          "(%3, %4): a server has one environment, whichever name is used")
        .arg(first.name, second.name, ServerProfile::environmentName(first.environment),
             ServerProfile::environmentName(second.environment));
}

QString ServerList::environmentConflict(const QList<ServerProfile> &servers)
{
    // Linear: the first server seen at each address, by address.
    QHash<QString, qsizetype> firstAt;
    firstAt.reserve(servers.size());
    for (qsizetype i = 0; i < servers.size(); ++i) {
        const QString address = normalisedUrl(servers[i].baseUrl);
        const auto it = firstAt.constFind(address);
        if (it == firstAt.constEnd()) {
            firstAt.insert(address, i);
            continue;
        }
        const ServerProfile &first = servers[*it];
        if (first.environment != servers[i].environment)
            return conflictBetween(first, servers[i]);
    }
    return {};
}

ServerList ServerList::load(Settings *settings, QStringList *migrated, bool keepMigration)
{
    ServerList list;
    const QJsonArray array
        = QJsonDocument::fromJson(settings->value(Settings::Key::SavedServers).toString().toUtf8())
              .array();
    QSet<QString> ids;
    for (const QJsonValue &value : array) {
        QString why;
        std::optional<ServerProfile> p = fromJson(value, &why);
        const QString id = value.toObject().value(QLatin1String("id")).toString();
        if (!p || id.isEmpty() || ids.contains(id))
            continue; // only this console writes here; an entry it cannot read is not guessed at
        p->id = id;
        ids.insert(id);
        list.m_servers.append(*p);
    }
    if (!settings->value(Settings::Key::ServersMigrated).toBool()) {
        // The recent servers of earlier versions become saved servers, in the same order.
        const QStringList recent = settings->value(Settings::Key::RecentBaseUrls).toStringList();
        const QString clientId = settings->value(Settings::Key::LastClientId).toString();
        for (const QString &text : recent) {
            QUrl url;
            if (!SignInController::checkBaseUrl(text, &url).isEmpty() || list.findByUrl(url))
                continue;
            ServerProfile p;
            // Within the name's limit, " (2)" included.
            p.name = list.uniqueName((url.host().isEmpty() ? text : url.host()).left(70));
            p.baseUrl = url;
            p.environment = ServerProfile::defaultEnvironmentFor(url);
            p.clientId = clientId;
            p.method = clientId.isEmpty() ? SignInRequest::Method::AccessToken
                                          : SignInRequest::Method::ClientCredentials;
            list.add(p);
            if (migrated)
                migrated->append(p.name);
        }
        if (keepMigration) {
            settings->setValue(Settings::Key::ServersMigrated, true);
            list.save(settings);
        }
    }
    return list;
}

void ServerList::save(Settings *settings) const
{
    QJsonArray array;
    for (const ServerProfile &p : m_servers) {
        QJsonObject o = toJson(p);
        o.insert(QStringLiteral("id"), p.id);
        array.append(o);
    }
    settings->setValue(Settings::Key::SavedServers,
                       QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
    settings->sync();
}

const ServerProfile *ServerList::find(const QString &id) const
{
    for (const ServerProfile &p : m_servers) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

const ServerProfile *ServerList::findByUrl(const QUrl &baseUrl) const
{
    const QString wanted = normalisedUrl(baseUrl);
    for (const ServerProfile &p : m_servers) {
        if (normalisedUrl(p.baseUrl) == wanted)
            return &p;
    }
    return nullptr;
}

const ServerProfile *ServerList::findByName(const QString &name) const
{
    for (const ServerProfile &p : m_servers) {
        if (p.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return &p;
    }
    return nullptr;
}

QString ServerList::uniqueName(const QString &name) const
{
    QString candidate = name.trimmed();
    for (int n = 2; findByName(candidate); ++n)
        candidate = QStringLiteral("%1 (%2)").arg(name.trimmed()).arg(n);
    return candidate;
}

QString ServerList::add(ServerProfile profile)
{
    if (profile.id.isEmpty() || find(profile.id))
        profile.id = newId();
    m_servers.append(profile);
    return profile.id;
}

QByteArray ServerList::exportJson() const
{
    return exportJson(m_servers);
}

QByteArray ServerList::exportJson(const QList<ServerProfile> &servers)
{
    QJsonArray array;
    for (const ServerProfile &p : servers)
        array.append(toJson(p)); // no id: an import makes its own
    return QJsonDocument(QJsonObject {{QStringLiteral("format"), QLatin1String(FormatName)},
                                      {QStringLiteral("version"), FormatVersion},
                                      {QStringLiteral("servers"), array}})
        .toJson(QJsonDocument::Indented);
}

ServerImportReport ServerList::importJson(const QByteArray &json)
{
    ServerImportReport report;
    if (json.size() > MaxImportBytes) {
        report.error = tr("The file is larger than 1 MB: it is not a list of servers.");
        return report;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        report.error = tr("The file is not JSON (%1 at byte %2).")
                           .arg(parseError.errorString())
                           .arg(parseError.offset);
        return report;
    }
    const QJsonObject root = doc.object();
    if (!doc.isObject()
        || root.value(QLatin1String("format")).toString() != QLatin1String(FormatName)) {
        report.error = tr("The file is not a list of servers exported by Knetik Token Console.");
        return report;
    }
    if (root.value(QLatin1String("version")).toInt() != FormatVersion) {
        report.error = tr("The file is of version %1 of the format; this console reads version %2.")
                           .arg(root.value(QLatin1String("version")).toVariant().toString())
                           .arg(FormatVersion);
        return report;
    }
    const QJsonValue servers = root.value(QLatin1String("servers"));
    if (!servers.isArray()) {
        report.error = tr("The file has no list of servers.");
        return report;
    }
    const QJsonArray array = servers.toArray();
    if (array.size() > MaxImportEntries) {
        report.error = tr("The file lists %L1 servers; more than %L2 is not a list an admin "
                          "keeps, so it is not read.")
                           .arg(array.size())
                           .arg(MaxImportEntries);
        return report;
    }
    // Linear in the entries: what each check compares, by key (a list of thousands is read in
    // milliseconds, not hours on the GUI thread).
    const auto signInKey = [](const ServerProfile &p) {
        // Each field with its length first: no two different sign-ins give one key.
        QString key;
        for (const QString &field :
             {normalisedUrl(p.baseUrl), QString::number(int(p.method)), p.clientId, p.username})
            key += QString::number(field.size()) + QLatin1Char(':') + field;
        return key;
    };
    QHash<QString, qsizetype> byName; // case-folded name -> index in m_servers
    QHash<QString, qsizetype> bySignIn;
    QHash<QString, qsizetype> byAddress; // the first server at each address
    const auto remember = [&](qsizetype index) {
        const ServerProfile &p = m_servers[index];
        byName.insert(p.name.trimmed().toCaseFolded(), index);
        bySignIn.insert(signInKey(p), index);
        byAddress.insert(normalisedUrl(p.baseUrl), index);
    };
    for (qsizetype i = m_servers.size() - 1; i >= 0; --i)
        remember(i); // the first of equals wins
    for (qsizetype i = 0; i < array.size(); ++i) {
        const int number = int(i) + 1;
        QString why;
        std::optional<ServerProfile> p = fromJson(array[i], &why);
        if (!p) {
            report.invalid << tr("Entry %1: %2.").arg(number).arg(why);
            continue;
        }
        const QJsonObject o = array[i].toObject();
        for (const char *field : SecretFields) {
            if (o.contains(QLatin1String(field)))
                report.secretsDropped
                    << tr("Entry %1 (“%2”): %3 was not imported (secrets stay in each admin's "
                          "keychain)")
                           .arg(number)
                           .arg(p->name, QLatin1String(field));
        }
        if (const auto same = byName.constFind(p->name.trimmed().toCaseFolded());
            same != byName.constEnd()) {
            report.duplicates << tr("Entry %1 (“%2”): a saved server has this name (“%3”)")
                                     .arg(number)
                                     .arg(p->name, m_servers[*same].name);
            continue;
        }
        if (const auto same = bySignIn.constFind(signInKey(*p)); same != bySignIn.constEnd()) {
            report.duplicates << tr("Entry %1 (“%2”): the same server and sign-in as the saved "
                                    "“%3”")
                                     .arg(number)
                                     .arg(p->name, m_servers[*same].name);
            continue;
        }
        if (const auto first = byAddress.constFind(normalisedUrl(p->baseUrl));
            first != byAddress.constEnd() && m_servers[*first].environment != p->environment) {
            report.invalid << tr("Entry %1 (“%2”): %3.")
                                  .arg(number)
                                  .arg(p->name, conflictBetween(m_servers[*first], *p));
            continue;
        }
        if (!p->caFile.isEmpty())
            report.caFiles << tr("“%1” trusts the certificates in %2 for %3")
                                  .arg(p->name, QDir::toNativeSeparators(p->caFile),
                                       p->baseUrl.host());
        p->id.clear();
        add(*p);
        report.added << p->name;
        remember(m_servers.size() - 1);
    }
    return report;
}
