#include "TokenJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

constexpr int MaxDetailLength = 300;

QString trJson(const char *text)
{
    return QCoreApplication::translate("TokenJson", text);
}

bool parseObject(const QByteArray &body, QJsonObject *object, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = body.trimmed().isEmpty() ? trJson(QT_TRANSLATE_NOOP("TokenJson", "empty body"))
                                          : trJson(QT_TRANSLATE_NOOP("TokenJson", "not JSON"));
        return false;
    }
    if (!doc.isObject()) {
        *error = trJson(QT_TRANSLATE_NOOP("TokenJson", "not a JSON object"));
        return false;
    }
    *object = doc.object();
    return true;
}

// An integer field; absent or null gives fallback. A double with a fractional part, a
// string or anything else is an error.
bool readInteger(const QJsonObject &object, QLatin1StringView key, qint64 fallback, qint64 *out,
                 QString *error)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        *out = fallback;
        return true;
    }
    if (!value.isDouble()) {
        *error = trJson(QT_TRANSLATE_NOOP("TokenJson", "field \"%1\" is not a number")).arg(key);
        return false;
    }
    // Qt 6 keeps integers that fit in 64 bits exactly (toInteger); doubles are checked.
    const qint64 asInteger = value.toInteger(std::numeric_limits<qint64>::min());
    if (asInteger == std::numeric_limits<qint64>::min()) {
        const double d = value.toDouble();
        if (!std::isfinite(d) || std::floor(d) != d || std::fabs(d) > 9.0e15) {
            *error = trJson(QT_TRANSLATE_NOOP("TokenJson", "field \"%1\" is not a whole number"))
                         .arg(key);
            return false;
        }
        *out = static_cast<qint64>(d);
        return true;
    }
    *out = asInteger;
    return true;
}

bool readBool(const QJsonObject &object, QLatin1StringView key, bool fallback, bool *out,
              QString *error)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        *out = fallback;
        return true;
    }
    if (!value.isBool()) {
        *error
            = trJson(QT_TRANSLATE_NOOP("TokenJson", "field \"%1\" is not true or false")).arg(key);
        return false;
    }
    *out = value.toBool();
    return true;
}

bool readRequiredString(const QJsonObject &object, QLatin1StringView key, QString *out,
                        QString *error)
{
    const QJsonValue value = object.value(key);
    if (!value.isString()) {
        *error = value.isUndefined()
            ? trJson(QT_TRANSLATE_NOOP("TokenJson", "field \"%1\" is missing")).arg(key)
            : trJson(QT_TRANSLATE_NOOP("TokenJson", "field \"%1\" is not text")).arg(key);
        return false;
    }
    *out = value.toString();
    return true;
}

QString optionalString(const QJsonObject &object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    return value.isString() ? value.toString() : QString();
}

QString clip(QString text)
{
    text = text.simplified();
    if (text.size() > MaxDetailLength)
        text = text.left(MaxDetailLength - 1) + QChar(0x2026);
    return text;
}

} // namespace

namespace TokenJson {

QString wireName(TokenField field)
{
    return field == TokenField::Username ? QStringLiteral("username") : QStringLiteral("client_id");
}

QString encodeOrder(const QList<SortKey> &keys)
{
    QStringList parts;
    parts.reserve(keys.size());
    for (const SortKey &key : keys) {
        parts << wireName(key.field)
                + (key.order == Qt::AscendingOrder ? QLatin1String(":ASC")
                                                   : QLatin1String(":DESC"));
    }
    return parts.join(QLatin1Char(','));
}

QList<SortKey> decodeOrder(const QString &order)
{
    QList<SortKey> keys;
    const QStringList parts = order.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QStringList pieces = part.trimmed().split(QLatin1Char(':'));
        SortKey key;
        if (pieces.first() == QLatin1String("username"))
            key.field = TokenField::Username;
        else if (pieces.first() == QLatin1String("client_id"))
            key.field = TokenField::ClientId;
        else
            continue;
        key.order = pieces.size() > 1
                && pieces.at(1).compare(QLatin1String("DESC"), Qt::CaseInsensitive) == 0
            ? Qt::DescendingOrder
            : Qt::AscendingOrder;
        const bool repeated = std::any_of(keys.begin(), keys.end(),
                                          [&](const SortKey &k) { return k.field == key.field; });
        if (!repeated)
            keys.append(key);
    }
    return keys;
}

bool decodePage(const QByteArray &body, TokenPage *page, QString *error)
{
    QJsonObject object;
    if (!parseObject(body, &object, error))
        return false;

    const QJsonValue contentValue = object.value(QLatin1String("content"));
    if (!contentValue.isArray()) {
        *error = contentValue.isUndefined()
            ? trJson(QT_TRANSLATE_NOOP("TokenJson", "field \"content\" is missing"))
            : trJson(QT_TRANSLATE_NOOP("TokenJson", "field \"content\" is not a list"));
        return false;
    }
    const QJsonArray content = contentValue.toArray();
    TokenPage result;
    result.content.reserve(content.size());
    for (qsizetype i = 0; i < content.size(); ++i) {
        const QJsonValue row = content.at(i);
        if (!row.isObject()) {
            *error = trJson(QT_TRANSLATE_NOOP("TokenJson", "row %1 is not an object")).arg(i + 1);
            return false;
        }
        const QJsonObject rowObject = row.toObject();
        TokenKey key;
        QString rowError;
        if (!readRequiredString(rowObject, QLatin1String("username"), &key.username, &rowError)
            || !readRequiredString(rowObject, QLatin1String("client_id"), &key.clientId,
                                   &rowError)) {
            *error = trJson(QT_TRANSLATE_NOOP("TokenJson", "row %1: %2")).arg(i + 1).arg(rowError);
            return false;
        }
        result.content.append(std::move(key));
    }

    qint64 total = 0, totalPages = 0, number = 0, size = 0, elements = 0;
    if (!readInteger(object, QLatin1String("total_elements"), -1, &total, error)
        || !readInteger(object, QLatin1String("total_pages"), -1, &totalPages, error)
        || !readInteger(object, QLatin1String("number"), 0, &number, error)
        || !readInteger(object, QLatin1String("size"), content.size(), &size, error)
        || !readInteger(object, QLatin1String("number_of_elements"), content.size(), &elements,
                        error))
        return false;
    if (total < 0) {
        // Without a total the console cannot page; every page the contract knows has one.
        *error = total == -1
            ? trJson(QT_TRANSLATE_NOOP("TokenJson", "field \"total_elements\" is missing"))
            : trJson(QT_TRANSLATE_NOOP("TokenJson", "field \"total_elements\" is negative"));
        return false;
    }
    if (totalPages < 0)
        totalPages = size > 0 ? (total + size - 1) / size : (total > 0 ? 1 : 0);
    result.totalElements = total;
    result.totalPages = totalPages;
    result.number = int(std::clamp<qint64>(number, 0, std::numeric_limits<int>::max()));
    result.size = int(std::clamp<qint64>(size, 0, std::numeric_limits<int>::max()));
    result.numberOfElements = int(std::clamp<qint64>(elements, 0, std::numeric_limits<int>::max()));

    if (!readBool(object, QLatin1String("first"), true, &result.first, error)
        || !readBool(object, QLatin1String("last"), true, &result.last, error))
        return false;

    const QJsonValue sortValue = object.value(QLatin1String("sort"));
    if (sortValue.isArray()) {
        const QJsonArray sortArray = sortValue.toArray();
        for (const QJsonValue &entry : sortArray) {
            const QJsonObject sortObject = entry.toObject();
            const QString property = optionalString(sortObject, QLatin1String("property"));
            SortKey key;
            if (property == QLatin1String("username"))
                key.field = TokenField::Username;
            else if (property == QLatin1String("client_id"))
                key.field = TokenField::ClientId;
            else
                continue; // a property this console does not sort by: not its business
            const QString direction = optionalString(sortObject, QLatin1String("direction"));
            key.order = direction.compare(QLatin1String("DESC"), Qt::CaseInsensitive) == 0
                ? Qt::DescendingOrder
                : Qt::AscendingOrder;
            result.sort.append(key);
        }
    }
    *page = std::move(result);
    return true;
}

bool decodeTokenDetails(const QByteArray &body, TokenDetails *details, QString *error)
{
    QJsonObject object;
    if (!parseObject(body, &object, error))
        return false;
    TokenDetails result;
    if (!readRequiredString(object, QLatin1String("username"), &result.username, error)
        || !readRequiredString(object, QLatin1String("client_id"), &result.clientId, error)
        || !readRequiredString(object, QLatin1String("token"), &result.token, error))
        return false;
    *details = std::move(result);
    return true;
}

bool decodeAccessTokenGrant(const QByteArray &body, AccessTokenGrant *grant, QString *error)
{
    QJsonObject object;
    if (!parseObject(body, &object, error))
        return false;
    AccessTokenGrant result;
    if (!readRequiredString(object, QLatin1String("access_token"), &result.accessToken, error))
        return false;
    if (result.accessToken.isEmpty()) {
        *error = trJson(QT_TRANSLATE_NOOP("TokenJson", "field \"access_token\" is empty"));
        return false;
    }
    result.tokenType = optionalString(object, QLatin1String("token_type"));
    result.refreshToken = optionalString(object, QLatin1String("refresh_token"));
    result.scope = optionalString(object, QLatin1String("scope"));

    // Seen both as a number and as a string in the wild.
    const QJsonValue expires = object.value(QLatin1String("expires_in"));
    if (expires.isString()) {
        bool ok = false;
        const qint64 seconds = expires.toString().trimmed().toLongLong(&ok);
        if (!ok || seconds < 0) {
            *error = trJson(
                QT_TRANSLATE_NOOP("TokenJson", "field \"expires_in\" is not a number of seconds"));
            return false;
        }
        result.expiresInSeconds = seconds;
    } else if (expires.isDouble()) {
        const double seconds = expires.toDouble();
        if (!std::isfinite(seconds) || seconds < 0) {
            *error = trJson(
                QT_TRANSLATE_NOOP("TokenJson", "field \"expires_in\" is not a number of seconds"));
            return false;
        }
        result.expiresInSeconds = qint64(std::min(seconds, 9.0e15));
    } else if (!expires.isUndefined() && !expires.isNull()) {
        *error = trJson(
            QT_TRANSLATE_NOOP("TokenJson", "field \"expires_in\" is not a number of seconds"));
        return false;
    }
    *grant = std::move(result);
    return true;
}

QString decodeErrorDetail(const QByteArray &body, const QByteArray &contentType)
{
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty())
        return {};
    const QByteArray type = contentType.toLower();

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(trimmed, &parseError);
    if (parseError.error == QJsonParseError::NoError && doc.isObject()) {
        const QJsonObject object = doc.object();
        // Knetik Result: {"code":..,"result":[{"message":..,"field":..}]}; some servers
        // put a single object or a plain message under "result" or "message".
        QStringList messages;
        const QJsonValue result = object.value(QLatin1String("result"));
        const QJsonArray results = result.isArray()
            ? result.toArray()
            : (result.isObject() ? QJsonArray {result} : QJsonArray {});
        for (const QJsonValue &entry : results) {
            const QJsonObject entryObject = entry.toObject();
            QString message = optionalString(entryObject, QLatin1String("message"));
            const QString field = optionalString(entryObject, QLatin1String("field"));
            if (!message.isEmpty() && !field.isEmpty())
                message = QStringLiteral("%1 (%2)").arg(message, field);
            if (!message.isEmpty())
                messages << message;
        }
        if (result.isString())
            messages << result.toString();
        if (messages.isEmpty()) {
            const QString description = optionalString(object, QLatin1String("error_description"));
            const QString code = optionalString(object, QLatin1String("error"));
            if (!description.isEmpty())
                messages << description;
            else if (!code.isEmpty())
                messages << code;
        }
        if (messages.isEmpty()) {
            const QString message = optionalString(object, QLatin1String("message"));
            if (!message.isEmpty())
                messages << message;
        }
        return clip(messages.join(QLatin1String("; ")));
    }
    if (parseError.error == QJsonParseError::NoError)
        return {}; // JSON, but not an object: nothing readable in it

    // Never show markup: an HTML error page says nothing an admin can act on.
    if (type.contains("html") || trimmed.startsWith('<'))
        return {};
    const QString text = QString::fromUtf8(trimmed);
    // Control characters other than white space mean binary junk.
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control && !c.isSpace())
            return {};
    }
    return clip(text);
}

bool isApiErrorBody(const QByteArray &body, const QByteArray &contentType)
{
    if (!contentType.toLower().contains("json"))
        return false;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body.trimmed(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    const QJsonObject object = doc.object();
    return object.contains(QLatin1String("code")) || object.contains(QLatin1String("result"))
        || object.contains(QLatin1String("error"));
}

} // namespace TokenJson
