#pragma once

#include "TokenTypes.h"

#include <QByteArray>
#include <QString>

// Decoding of the server's JSON, and the wire names of the contract (knetik-api.md).
// Decoders are strict about what the console needs (a row without a username is an error),
// tolerant of what it does not (extra fields, a missing "sort", "expires_in" as a string).
namespace TokenJson {

QString wireName(TokenField field);
// "username:ASC,client_id:DESC"; empty for no keys.
QString encodeOrder(const QList<SortKey> &keys);
// The inverse, for settings; unknown or repeated parts are skipped.
QList<SortKey> decodeOrder(const QString &order);

// Each returns false and sets *error to a short, readable reason on a malformed body.
bool decodePage(const QByteArray &body, TokenPage *page, QString *error);
bool decodeTokenDetails(const QByteArray &body, TokenDetails *details, QString *error);
bool decodeAccessTokenGrant(const QByteArray &body, AccessTokenGrant *grant, QString *error);

// The readable part of an error body: the Knetik Result model ({"result":[{"message":...}]}),
// the Spring OAuth shape ({"error":..., "error_description":...}), or a short plain-text body.
// Empty for an empty body, HTML, or anything unreadable. Never longer than 300 characters.
QString decodeErrorDetail(const QByteArray &body, const QByteArray &contentType);
// True when an error body is the API's own: JSON (by its Content-Type) holding an object with
// a Knetik Result ("code" or "result") or a Spring OAuth error ("error"). A proxy's HTML or
// plain-text page is not.
bool isApiErrorBody(const QByteArray &body, const QByteArray &contentType);

} // namespace TokenJson
