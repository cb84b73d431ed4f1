#pragma once

#include "ApiError.h"
#include "TokenTypes.h"

#include <QDateTime>
#include <QObject>

#include <map>
#include <memory>
#include <vector>

class QThread;
class TokenExporter;
class TokensApi;

// Counts of names (users or clients) as they stream past, kept small: one 16-byte slot per
// distinct name (a seeded 64-bit hash and a count), and the name itself only where a report can
// show it: every name whose count has reached a threshold, which starts at 2 and rises (to the
// count of the 2 x keep-th largest, never above it) whenever more than 4 x keep names are kept.
// Counts only grow, so the keep largest are always named; a million one- or two-token users
// cost 16 to 32 bytes each, not a string each. Ties at the last place are named in the order
// met. Two names whose seeded hashes collide (about 1 in 10^7 for a million names) would be
// counted as one.
class NameCounts
{
public:
    static constexpr int NamedFirst = 64; // names kept whatever their count, for small reads

    explicit NameCounts(int keep = 100) : m_keep(qMax(1, keep)) { }
    // How many of the largest must be named (top() gives at most this many).
    void setKeep(int keep) { m_keep = qMax(1, keep); }

    void add(const QString &name);
    qint64 distinct() const { return m_used; }
    struct Entry
    {
        QString name;
        qint64 count = 0;
    };
    // Every distinct name's count and its name (null where not kept), in no order.
    template<typename F> void forEach(F f) const
    {
        for (const Slot &slot : m_slots) {
            if (slot.hash != 0)
                f(slot.count, slot.name >= 0 ? m_names.at(slot.name) : QString());
        }
    }
    // The n largest (n at most keep()), largest first, ties by name.
    QList<Entry> top(int n) const;
    void clear();

private:
    struct Slot
    {
        quint64 hash = 0; // 0: empty
        quint32 count = 0;
        qint32 name = -1; // index in m_names
    };
    void grow();
    void raiseThreshold();
    std::vector<Slot> m_slots;
    QStringList m_names;
    qint64 m_used = 0;
    qint64 m_named = 0;
    qint64 m_nextCheck = 0;
    quint32 m_threshold = 2;
    int m_keep = 100;
    size_t m_seed = 0;
};

// The shape of the tokens that match a query (View > Overview, knetik-tokens stats): how many
// each client and each user holds, how many users hold 1, 2-5, ... tokens, and the names far
// above the rest. Read through TokenExporter, the one reader that proves a read complete, and
// counted page by page as the pages arrive: counts are kept, never rows. A read that cannot be
// proved complete gives no figures (succeeded() false, error() says why).
class TokenStats : public QObject
{
    Q_OBJECT

public:
    // An outlier holds more than Factor times the median and at least Minimum tokens.
    static constexpr int OutlierFactor = 10;
    static constexpr int OutlierMinimum = 20;
    static constexpr int MaxOutliers = 100; // of each kind, listed

    struct Bin
    {
        qint64 from = 0;
        qint64 to = 0; // -1: and more
        qint64 users = 0;
        QString label() const; // "1", "2-5", "1,001 or more"
    };
    struct Outlier
    {
        enum class Kind { User, Client } kind = Kind::User;
        QString name;
        qint64 count = 0;
        double median = 0;
    };
    struct Figures
    {
        qint64 tokens = 0;
        qint64 users = 0;
        qint64 clients = 0;
        QList<NameCounts::Entry> topClients; // largest first
        qint64 otherClientTokens = 0; // the tokens of the clients not in topClients
        qint64 otherClients = 0;
        QList<NameCounts::Entry> topUsers;
        qint64 otherUserTokens = 0;
        qint64 otherUsers = 0;
        QList<Bin> usersByTokens; // 1, 2-5, 6-20, 21-100, 101-1,000, more
        double medianPerUser = 0;
        double medianPerClient = 0;
        // Users, then clients; each the MaxOutliers largest, largest first.
        QList<Outlier> outliers;
        qint64 moreUserOutliers = 0; // outliers beyond those listed
        qint64 moreClientOutliers = 0;
        QDateTime readAt; // when the read ended
    };

    explicit TokenStats(TokensApi *api, QObject *parent = nullptr);
    ~TokenStats() override;

    // Reads every token that matches query's filters (its page and size are ignored); top: how
    // many clients and users to name (the rest are "others").
    void start(const ListQuery &query, int top = 20);
    void cancel();
    bool isRunning() const;
    void setParallel(int parallel);

    bool succeeded() const { return m_succeeded; }
    bool wasCancelled() const { return m_cancelled; }
    const ApiError &error() const { return m_error; }
    // Valid only when succeeded().
    const Figures &figures() const { return m_figures; }
    // Rows the server listed that do not match the filters: not counted (TokenExporter).
    qint64 unmatched() const;
    QString unmatchedNote() const;

    // The histogram's edges: the bins a count falls in.
    static QList<Bin> emptyBins();
    static int binOf(qint64 count);
    // The outlier rule, as the overview and the command line state it.
    static QString ruleText();

signals:
    void progress(qint64 read, qint64 total);
    void finished();

public:
    // The counting of one read: rows in, figures out. Runs on the counting thread.
    struct Counting
    {
        NameCounts users;
        NameCounts clients;
        qint64 tokens = 0;
        int top = 20;
        void add(const QList<TokenKey> &rows);
        Figures figures() const;
    };

private:
    void onFinished();
    // Hands a page's rows to the counting thread (the list is shared, not copied).
    void hand(const QList<TokenKey> &rows);
    // The median of the counts a histogram of exact counts holds (count -> how many names).
    static double median(const std::map<quint32, qint64> &histogram, qint64 names);

    TokensApi *m_api;
    TokenExporter *m_reader;
    // The counting happens on a thread of its own, so that a table of a million names growing
    // (or the figures computed at the end) never holds this thread's event loop: rows go to it
    // a page at a time, and the figures come back.
    QThread *m_thread = nullptr;
    QObject *m_worker = nullptr; // lives on m_thread
    std::shared_ptr<Counting> m_counting; // the current read's (shared with the thread)
    quint64 m_run = 0; // which read the figures that come back belong to
    bool m_computing = false; // the read ended; the figures are being computed
    int m_top = 20;
    bool m_succeeded = false;
    bool m_cancelled = false;
    ApiError m_error;
    Figures m_figures;
};
