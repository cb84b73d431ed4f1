#include "RateLimitFields.h"

#include <QList>

#include <algorithm>
#include <optional>

namespace {

// One member of a structured field list or dictionary: its bare item and its parameters.
struct Member
{
    QByteArray item;
    QList<QPair<QByteArray, QByteArray>> parameters;
};

// Splits at commas and semicolons outside quoted strings (RFC 8941 shapes, leniently).
QList<Member> members(const QByteArray &field)
{
    QList<Member> result;
    QList<QList<QByteArray>> all;
    bool quoted = false;
    QByteArray current;
    QList<QByteArray> pieces;
    const auto endPiece = [&] {
        pieces.append(current.trimmed());
        current.clear();
    };
    const auto endMember = [&] {
        endPiece();
        if (!(pieces.size() == 1 && pieces.front().isEmpty()))
            all.append(pieces);
        pieces.clear();
    };
    for (qsizetype i = 0; i < field.size(); ++i) {
        const char c = field.at(i);
        if (c == '"')
            quoted = !quoted;
        if (!quoted && c == ',') {
            endMember();
            continue;
        }
        if (!quoted && c == ';') {
            endPiece();
            continue;
        }
        current += c;
    }
    endMember();
    for (const QList<QByteArray> &piece : std::as_const(all)) {
        Member member;
        member.item = piece.front();
        for (qsizetype i = 1; i < piece.size(); ++i) {
            const qsizetype equals = piece[i].indexOf('=');
            if (equals <= 0)
                continue;
            member.parameters.append(
                {piece[i].left(equals).trimmed().toLower(), piece[i].mid(equals + 1).trimmed()});
        }
        result.append(member);
    }
    return result;
}

std::optional<qint64> number(const QByteArray &text)
{
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    if (!ok || value < 0)
        return std::nullopt;
    return value;
}

std::optional<qint64> parameter(const Member &member, const char *name)
{
    for (const auto &p : member.parameters) {
        if (p.first == name)
            return number(p.second);
    }
    return std::nullopt;
}

void keepLeast(int *slot, std::optional<qint64> value)
{
    if (!value)
        return;
    const int v = int(std::min<qint64>(*value, 1'000'000'000));
    *slot = *slot < 0 ? v : std::min(*slot, v);
}

} // namespace

RateLimitFields RateLimitFields::parse(const QByteArray &policy, const QByteArray &rateLimit,
                                       const QByteArray &legacyRemaining,
                                       const QByteArray &legacyReset)
{
    RateLimitFields fields;
    for (const Member &m : members(policy)) {
        // -08 on: q (the quota) as a parameter of the policy's name; before: the bare number.
        std::optional<qint64> quota = parameter(m, "q");
        if (!quota && !m.item.startsWith('"'))
            quota = number(m.item);
        const std::optional<qint64> window = parameter(m, "w");
        // Only a window of a minute at most sets a pace: a daily quota of 10,000 is not a
        // reason to send one request every nine seconds (its remaining and reset say more).
        if (!quota || !window || *window == 0 || *window > 60 || *quota == 0)
            continue;
        const double rate = double(*quota) / double(*window);
        if (fields.perSecond < 0 || rate < fields.perSecond)
            fields.perSecond = rate;
    }
    for (const Member &m : members(rateLimit)) {
        if (m.item.contains('=') && !m.item.startsWith('"')) {
            // -07: a dictionary, limit=100, remaining=50, reset=30.
            const qsizetype equals = m.item.indexOf('=');
            const QByteArray key = m.item.left(equals).trimmed().toLower();
            const std::optional<qint64> value = number(m.item.mid(equals + 1));
            if (key == "remaining")
                keepLeast(&fields.remaining, value);
            else if (key == "reset")
                keepLeast(&fields.resetSeconds, value);
            continue;
        }
        keepLeast(&fields.remaining, parameter(m, "r"));
        keepLeast(&fields.resetSeconds, parameter(m, "t"));
    }
    if (fields.remaining < 0)
        keepLeast(&fields.remaining, number(legacyRemaining));
    if (fields.resetSeconds < 0)
        keepLeast(&fields.resetSeconds, number(legacyReset));
    return fields;
}
