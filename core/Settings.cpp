#include "Settings.h"

#include "TokenJson.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

struct Entry
{
    Settings::Key key;
    const char *path;
    QVariant defaultValue;
};

const Entry *entry(Settings::Key key)
{
    using K = Settings::Key;
    static const Entry entries[] = {
        {K::MainWindowGeometry, "MainWindow/geometry", QByteArray()},
        {K::MainWindowState, "MainWindow/state", QByteArray()},
        {K::TokenTableHeader, "MainWindow/tokenTableHeader", QByteArray()},
        // Sent explicitly, so that the header can show the order from the first page on.
        {K::SortOrder, "Browser/sortOrder", QStringLiteral("username:ASC")},
        {K::PageSize, "Browser/pageSize", ListQuery::DefaultPageSize},
        {K::RecentBaseUrls, "SignIn/recentBaseUrls", QStringList()},
        {K::LastClientId, "SignIn/lastClientId", QString()},
        {K::RememberedServer, "SignIn/rememberedServer", QString()},
        {K::TrustedCaFile, "SignIn/trustedCaFile", QString()},
        {K::TrustedCaFiles, "SignIn/trustedCaFiles", QString()},
        {K::SavedServers, "Servers/saved", QString()},
        {K::ServersMigrated, "Servers/migrated", false},
        {K::RequestsAtOnce, "Network/requestsAtOnce", 64},
        {K::VerifyRevocations, "Revocation/verify", true},
        {K::OverviewNumbers, "Overview/numbersAsTables", false},
    };
    for (const Entry &e : entries) {
        if (e.key == key)
            return &e;
    }
    Q_UNREACHABLE();
    return nullptr;
}

} // namespace

Settings::Settings() : m_settings(std::make_unique<QSettings>()) { }

Settings::Settings(const QString &iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{ }

QVariant Settings::value(Key key) const
{
    const Entry *e = entry(key);
    return m_settings->value(QLatin1String(e->path), e->defaultValue);
}

void Settings::setValue(Key key, const QVariant &value)
{
    m_settings->setValue(QLatin1String(entry(key)->path), value);
}

QList<SortKey> Settings::sortKeys() const
{
    return TokenJson::decodeOrder(value(Key::SortOrder).toString());
}

void Settings::setSortKeys(const QList<SortKey> &keys)
{
    setValue(Key::SortOrder, TokenJson::encodeOrder(keys));
}

int Settings::pageSize() const
{
    const int size = value(Key::PageSize).toInt();
    return pageSizes().contains(size) ? size : ListQuery::DefaultPageSize;
}

QHash<QString, QString> Settings::trustedCaFiles() const
{
    QHash<QString, QString> files;
    const QJsonObject object
        = QJsonDocument::fromJson(value(Key::TrustedCaFiles).toString().toUtf8()).object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        files.insert(it.key(), it.value().toString());
    return files;
}

void Settings::setTrustedCaFile(const QString &origin, const QString &path)
{
    QJsonObject object
        = QJsonDocument::fromJson(value(Key::TrustedCaFiles).toString().toUtf8()).object();
    object.insert(origin, path);
    setValue(Key::TrustedCaFiles,
             QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
}

int Settings::requestsAtOnce() const
{
    bool ok = false;
    const int cap = value(Key::RequestsAtOnce).toInt(&ok);
    return ok && cap >= 1 && cap <= 64 ? cap : 64;
}

const QList<int> &Settings::pageSizes()
{
    static const QList<int> sizes {25, 50, 100, 250, 1000};
    return sizes;
}
