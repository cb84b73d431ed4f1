#pragma once

#include "TokenStore.h"

#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

// The sandbox's parsing of what arrives on the wire: pure functions, so that tests and
// fuzzers can call them without a server.
namespace SandboxProtocol {

using QueryItems = QList<QPair<QString, QString>>;

// A 4xx the sandbox answers with a Knetik Result body.
struct Problem
{
    int status = 400;
    QString message;
    QString field;
};

// application/x-www-form-urlencoded (query strings and /oauth/token bodies): "+" is a space,
// %XX is decoded, a stray "%" is kept as is, invalid UTF-8 becomes U+FFFD.
QueryItems parseForm(QByteArrayView encoded);
// The first value of name, or nullopt.
std::optional<QString> firstValue(const QueryItems &items, const QString &name);

// The decoded segments of an encoded path ("/auth/tokens/a%2Fb/web" -> auth, tokens, a/b,
// web). Empty segments are kept (so "//" is visible); the leading "/" is not a segment.
QStringList splitPath(QByteArrayView encodedPath);

// "username:ASC,client_id:DESC" -> keys; a missing direction means ASC. Unknown properties,
// unknown directions, repeated properties and empty parts are a Problem.
bool parseOrder(const QString &order, QList<TokenStore::Order> *keys, Problem *problem);
// The query of GET /auth/tokens.
bool parseListQuery(const QueryItems &items, TokenStore::ListRequest *request, Problem *problem);

constexpr int MaxPageSize = 1000;
constexpr int DefaultPageSize = 25;

} // namespace SandboxProtocol
