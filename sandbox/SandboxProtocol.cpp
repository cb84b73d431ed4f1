#include "SandboxProtocol.h"

#include <limits>

namespace SandboxProtocol {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

QString percentDecode(QByteArrayView in, bool plusIsSpace)
{
    QByteArray out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in[i];
        if (c == '+' && plusIsSpace) {
            out += ' ';
        } else if (c == '%' && i + 2 < in.size() && hexValue(in[i + 1]) >= 0
                   && hexValue(in[i + 2]) >= 0) {
            out += char(hexValue(in[i + 1]) * 16 + hexValue(in[i + 2]));
            i += 2;
        } else {
            out += c;
        }
    }
    return QString::fromUtf8(out);
}

bool parseBoundedInt(const QString &text, qint64 min, qint64 max, qint64 *out)
{
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    if (!ok || value < min || value > max)
        return false;
    *out = value;
    return true;
}

} // namespace

QueryItems parseForm(QByteArrayView encoded)
{
    QueryItems items;
    qsizetype start = 0;
    while (start <= encoded.size()) {
        qsizetype end = encoded.indexOf('&', start);
        if (end < 0)
            end = encoded.size();
        const QByteArrayView part = encoded.sliced(start, end - start);
        if (!part.isEmpty()) {
            const qsizetype eq = part.indexOf('=');
            if (eq < 0)
                items.append({percentDecode(part, true), QString()});
            else
                items.append({percentDecode(part.first(eq), true),
                              percentDecode(part.sliced(eq + 1), true)});
        }
        start = end + 1;
    }
    return items;
}

std::optional<QString> firstValue(const QueryItems &items, const QString &name)
{
    for (const auto &item : items) {
        if (item.first == name)
            return item.second;
    }
    return std::nullopt;
}

QStringList splitPath(QByteArrayView encodedPath)
{
    QStringList segments;
    if (encodedPath.startsWith('/'))
        encodedPath = encodedPath.sliced(1);
    qsizetype start = 0;
    while (start <= encodedPath.size()) {
        qsizetype end = encodedPath.indexOf('/', start);
        if (end < 0)
            end = encodedPath.size();
        // In a path "+" is a plain character; only %XX is decoded.
        segments << percentDecode(encodedPath.sliced(start, end - start), false);
        start = end + 1;
    }
    return segments;
}

bool parseOrder(const QString &order, QList<TokenStore::Order> *keys, Problem *problem)
{
    keys->clear();
    if (order.trimmed().isEmpty())
        return true;
    const QStringList parts = order.split(QLatin1Char(','));
    for (const QString &rawPart : parts) {
        const QString part = rawPart.trimmed();
        const qsizetype colon = part.indexOf(QLatin1Char(':'));
        const QString property = (colon < 0 ? part : part.left(colon)).trimmed();
        const QString direction = colon < 0 ? QString() : part.mid(colon + 1).trimmed();
        TokenStore::Order key;
        if (property == QLatin1String("username")) {
            key.field = TokenStore::Field::Username;
        } else if (property == QLatin1String("client_id")) {
            key.field = TokenStore::Field::ClientId;
        } else {
            *problem = {400,
                        property.isEmpty()
                            ? QStringLiteral("Empty sort key in order")
                            : QStringLiteral("Cannot sort by '%1'; sortable: username, client_id")
                                  .arg(property.left(100)),
                        QStringLiteral("order")};
            return false;
        }
        if (direction.isEmpty() && colon < 0) {
            key.ascending = true;
        } else if (direction.compare(QLatin1String("ASC"), Qt::CaseInsensitive) == 0) {
            key.ascending = true;
        } else if (direction.compare(QLatin1String("DESC"), Qt::CaseInsensitive) == 0) {
            key.ascending = false;
        } else {
            *problem = {400,
                        QStringLiteral("Sort direction must be ASC or DESC, not '%1'")
                            .arg(direction.left(100)),
                        QStringLiteral("order")};
            return false;
        }
        for (const TokenStore::Order &seen : std::as_const(*keys)) {
            if (seen.field == key.field) {
                *problem = {400, QStringLiteral("Sort key '%1' given twice").arg(property),
                            QStringLiteral("order")};
                return false;
            }
        }
        keys->append(key);
    }
    return true;
}

bool parseListQuery(const QueryItems &items, TokenStore::ListRequest *request, Problem *problem)
{
    TokenStore::ListRequest result;
    result.usernameFilter
        = firstValue(items, QStringLiteral("filter_username")).value_or(QString());
    result.clientIdFilter
        = firstValue(items, QStringLiteral("filter_client_id")).value_or(QString());

    qint64 size = DefaultPageSize;
    if (const auto text = firstValue(items, QStringLiteral("size"))) {
        if (!parseBoundedInt(*text, 1, MaxPageSize, &size)) {
            *problem
                = {400, QStringLiteral("size must be a whole number from 1 to %1").arg(MaxPageSize),
                   QStringLiteral("size")};
            return false;
        }
    }
    result.size = int(size);

    qint64 page = 1;
    if (const auto text = firstValue(items, QStringLiteral("page"))) {
        if (!parseBoundedInt(*text, 1, std::numeric_limits<int>::max(), &page)) {
            *problem = {400, QStringLiteral("page must be a whole number of at least 1"),
                        QStringLiteral("page")};
            return false;
        }
    }
    result.page = page;

    if (const auto order = firstValue(items, QStringLiteral("order"))) {
        if (!parseOrder(*order, &result.order, problem))
            return false;
    }
    *request = std::move(result);
    return true;
}

} // namespace SandboxProtocol
