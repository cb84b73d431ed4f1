#pragma once

#include <QByteArray>

// What a server says of its rate limit in the IETF fields (draft-ietf-httpapi-ratelimit-headers),
// read from one answer. Three shapes are in use:
//   -08 to -10 (current): RateLimit-Policy: "burst";q=100;w=10   RateLimit: "burst";r=50;t=30
//   -07:                  RateLimit-Policy: 100;w=10             RateLimit: limit=100,
//   remaining=50, reset=30 up to -06:            RateLimit-Policy: 100;w=10 RateLimit-Limit: 100,
//                         RateLimit-Remaining: 50, RateLimit-Reset: 30
// Several policies: the slowest rate of those with a window of a minute at most counts (a
// daily quota sets no pace), and the least remaining. Anything malformed (a
// missing or zero window, a negative number, text where a number belongs) is ignored, field by
// field: a missing or broken field never limits anything.
struct RateLimitFields
{
    double perSecond = -1; // the policy's quota a second (q / w); -1: not said
    int remaining = -1; // requests left now; -1: not said
    int resetSeconds = -1; // seconds until the quota is back; -1: not said

    bool hasPolicy() const { return perSecond > 0; }
    bool hasRemaining() const { return remaining >= 0; }
    bool isEmpty() const { return !hasPolicy() && !hasRemaining(); }

    // The raw values of the fields (empty when absent).
    static RateLimitFields parse(const QByteArray &policy, const QByteArray &rateLimit,
                                 const QByteArray &legacyRemaining = {},
                                 const QByteArray &legacyReset = {});
};
