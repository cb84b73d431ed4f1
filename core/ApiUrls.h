#pragma once

#include "TokenTypes.h"

#include <QUrl>

// What one DELETE /auth/tokens revokes. Only the three named scopes can be built, and each
// refuses empty values (isValid() is false), so a DELETE with neither parameter cannot be made.
class DeleteTarget
{
public:
    enum class Scope { Token, AllOfUser, AllOfClient };

    static DeleteTarget token(const TokenKey &key) { return {Scope::Token, key}; }
    static DeleteTarget allOfUser(const QString &username)
    {
        return {Scope::AllOfUser, {username, {}}};
    }
    static DeleteTarget allOfClient(const QString &clientId)
    {
        return {Scope::AllOfClient, {{}, clientId}};
    }

    Scope scope() const { return m_scope; }
    const TokenKey &key() const { return m_key; }
    // False for an empty or only-white-space value, or one that is not valid Unicode text (a
    // lone surrogate cannot travel exactly); see whyInvalid().
    bool isValid() const;
    // Why this target cannot be sent (translated), or empty when it can.
    QString whyInvalid() const;
    // A pair whose names have spaces around them: a server that trims names would revoke
    // another pair's token. BulkRevoker sends it only after a GET of the pair answered with
    // exactly these names. (A user- or client-wide target with such a name is invalid.)
    bool needsNameCheck() const;
    static bool hasSpacesAround(const QString &name);
    // Whether revoking this target revokes the token of key (the pair itself, or every token
    // of its user or of its client): how a run finds the signed-in session's own token.
    bool covers(const TokenKey &key) const
    {
        switch (m_scope) {
        case Scope::Token:
            return m_key == key;
        case Scope::AllOfUser:
            return m_key.username == key.username;
        case Scope::AllOfClient:
            return m_key.clientId == key.clientId;
        }
        return false;
    }

private:
    DeleteTarget(Scope scope, TokenKey key) : m_scope(scope), m_key(std::move(key)) { }
    Scope m_scope;
    TokenKey m_key;
};

// URL building for the contract's four calls. Every path segment and query value is
// percent-encoded here and nowhere else ("a b@c/d" -> "a%20b%40c%2Fd", "+" -> "%2B").
namespace ApiUrls {

QByteArray encodeComponent(const QString &value);

// A base URL the console can talk to: http or https, a host, no query or fragment.
bool isUsableBaseUrl(const QUrl &base);
// http:// to a host that is not loopback: the console warns (tokens travel in clear text).
bool isInsecureRemote(const QUrl &base);
bool isLoopbackHost(const QString &host);

QUrl listTokens(const QUrl &base, const ListQuery &query);
// "." and ".." cannot travel as a path segment: URL normalisation (RFC 3986 section 5.2.4,
// which Qt's HTTP stack applies and which decodes %2E first) turns them into directory steps.
bool isDotSegment(const QString &segment);
// Empty for an incomplete key, a dot segment, or a name that is not valid UTF-16.
QUrl token(const QUrl &base, const TokenKey &key);
// An invalid target gives an empty QUrl.
QUrl deleteTokens(const QUrl &base, const DeleteTarget &target);
QUrl oauthToken(const QUrl &base);

} // namespace ApiUrls
