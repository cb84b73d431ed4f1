#include "ApiUrls.h"

#include <QCoreApplication>

#include "TokenJson.h"

#include <QHostAddress>

#include <algorithm>

// What a server may drop from the ends of a name: white space, every character up to U+0020
// (Java's String.trim()), and the invisible format characters (U+200B, U+FEFF, ...).
static bool isTrimmable(QChar c)
{
    return c.unicode() <= 0x20 || c.isSpace() || c.category() == QChar::Other_Format;
}

// Empty, or only such characters: a server that trims parameters would read it as absent, and
// a pair DELETE would become a user- or client-wide one.
static bool isBlank(const QString &value)
{
    return std::all_of(value.cbegin(), value.cend(), isTrimmable);
}

bool DeleteTarget::hasSpacesAround(const QString &name)
{
    return !name.isEmpty() && (isTrimmable(name.front()) || isTrimmable(name.back()));
}

bool DeleteTarget::needsNameCheck() const
{
    return m_scope == Scope::Token
        && (hasSpacesAround(m_key.username) || hasSpacesAround(m_key.clientId));
}

bool DeleteTarget::isValid() const
{
    return whyInvalid().isEmpty();
}

QString DeleteTarget::whyInvalid() const
{
    // A lone UTF-16 surrogate (a server's JSON may carry "\ud800") has no UTF-8 form: it would
    // travel as "?" or U+FFFD and name another pair, or none ("already gone" while it stays).
    if (!m_key.username.isValidUtf16())
        return QCoreApplication::translate(
            "DeleteTarget",
            "The username is not valid Unicode text (it holds a lone surrogate), so it cannot be "
            "sent exactly: nothing is sent for it.");
    if (!m_key.clientId.isValidUtf16())
        return QCoreApplication::translate(
            "DeleteTarget",
            "The client id is not valid Unicode text (it holds a lone surrogate), so it cannot be "
            "sent exactly: nothing is sent for it.");
    const bool userBlank = isBlank(m_key.username);
    const bool clientBlank = isBlank(m_key.clientId);
    switch (m_scope) {
    case Scope::Token:
        if (userBlank && clientBlank)
            return QCoreApplication::translate(
                "DeleteTarget", "The username and the client id are empty or only spaces.");
        if (userBlank)
            return QCoreApplication::translate(
                "DeleteTarget",
                "The username is empty or only spaces: a server that trims it would revoke every "
                "token of the client instead.");
        if (clientBlank)
            return QCoreApplication::translate(
                "DeleteTarget",
                "The client id is empty or only spaces: a server that trims it would revoke every "
                "token of the user instead.");
        return {};
    case Scope::AllOfUser:
        if (userBlank || !m_key.clientId.isEmpty())
            return QCoreApplication::translate("DeleteTarget",
                                               "The username is empty or only spaces.");
        if (hasSpacesAround(m_key.username))
            return QCoreApplication::translate(
                       "DeleteTarget",
                       "The username has spaces or invisible characters around it: a server that "
                       "trims "
                       "names would "
                       "revoke every token of \u201C%1\u201D instead. Revoke its tokens one by "
                       "one (select them).")
                .arg(m_key.username.trimmed());
        return {};
    case Scope::AllOfClient:
        if (clientBlank || !m_key.username.isEmpty())
            return QCoreApplication::translate("DeleteTarget",
                                               "The client id is empty or only spaces.");
        if (hasSpacesAround(m_key.clientId))
            return QCoreApplication::translate(
                       "DeleteTarget",
                       "The client id has spaces or invisible characters around it: a server that "
                       "trims "
                       "names would "
                       "revoke every token of \u201C%1\u201D instead. Revoke its tokens one by "
                       "one (select them).")
                .arg(m_key.clientId.trimmed());
        return {};
    }
    return QStringLiteral("?");
}

namespace {

// The base URL as encoded text without a trailing slash, so that a base with a path prefix
// ("https://host/knetik") keeps it.
QByteArray baseText(const QUrl &base)
{
    QByteArray text = base.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment).toEncoded();
    while (text.endsWith('/'))
        text.chop(1);
    return text;
}

void addQueryItem(QByteArray *query, const char *name, const QString &value)
{
    query->append(query->isEmpty() ? '?' : '&');
    query->append(name);
    query->append('=');
    query->append(ApiUrls::encodeComponent(value));
}

QUrl finish(const QByteArray &encoded)
{
    return QUrl::fromEncoded(encoded, QUrl::StrictMode);
}

} // namespace

namespace ApiUrls {

QByteArray encodeComponent(const QString &value)
{
    // Everything but RFC 3986 "unreserved" is escaped, so "/", "%", "+", "&", "=" and "?" can
    // never change the meaning of a path or a query.
    return QUrl::toPercentEncoding(value);
}

bool isUsableBaseUrl(const QUrl &base)
{
    if (!base.isValid() || base.host().isEmpty())
        return false;
    const QString scheme = base.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return false;
    return !base.hasQuery() && !base.hasFragment() && base.userInfo().isEmpty();
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress address;
    return address.setAddress(host) && address.isLoopback();
}

bool isInsecureRemote(const QUrl &base)
{
    return base.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) == 0
        && !isLoopbackHost(base.host());
}

QUrl listTokens(const QUrl &base, const ListQuery &query)
{
    QByteArray q;
    if (!query.usernameFilter.isEmpty())
        addQueryItem(&q, "filter_username", query.usernameFilter);
    if (!query.clientIdFilter.isEmpty())
        addQueryItem(&q, "filter_client_id", query.clientIdFilter);
    addQueryItem(&q, "size", QString::number(qBound(1, query.size, int(ListQuery::MaxPageSize))));
    // 0 only for a server seen to count its pages from 0 (TokenExporter, TokenTableModel).
    addQueryItem(&q, "page", QString::number(qMax(0, query.page)));
    if (!query.sort.isEmpty())
        addQueryItem(&q, "order", TokenJson::encodeOrder(query.sort));
    return finish(baseText(base) + "/auth/tokens" + q);
}

bool isDotSegment(const QString &segment)
{
    return segment == QLatin1String(".") || segment == QLatin1String("..");
}

QUrl token(const QUrl &base, const TokenKey &key)
{
    if (!key.isComplete() || isDotSegment(key.username) || isDotSegment(key.clientId)
        || !key.username.isValidUtf16() || !key.clientId.isValidUtf16())
        return {};
    return finish(baseText(base) + "/auth/tokens/" + encodeComponent(key.username) + '/'
                  + encodeComponent(key.clientId));
}

QUrl deleteTokens(const QUrl &base, const DeleteTarget &target)
{
    if (!target.isValid())
        return {};
    QByteArray q;
    if (!target.key().username.isEmpty())
        addQueryItem(&q, "username", target.key().username);
    if (!target.key().clientId.isEmpty())
        addQueryItem(&q, "client_id", target.key().clientId);
    return finish(baseText(base) + "/auth/tokens" + q);
}

QUrl oauthToken(const QUrl &base)
{
    return finish(baseText(base) + "/oauth/token");
}

} // namespace ApiUrls
