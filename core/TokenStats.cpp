#include "TokenStats.h"

#include "TokenExporter.h"
#include "TokensApi.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QThread>

#include <algorithm>

void NameCounts::clear()
{
    m_slots.clear();
    m_slots.shrink_to_fit();
    m_names.clear();
    m_names.squeeze();
    m_used = m_named = m_nextCheck = 0;
    m_threshold = 2;
    m_seed = size_t(QRandomGenerator::global()->generate64());
}

void NameCounts::grow()
{
    std::vector<Slot> old = std::move(m_slots);
    m_slots.assign(old.empty() ? 1024 : old.size() * 2, Slot {});
    const size_t mask = m_slots.size() - 1;
    for (const Slot &slot : old) {
        if (slot.hash == 0)
            continue;
        size_t i = size_t(slot.hash) & mask;
        while (m_slots[i].hash != 0)
            i = (i + 1) & mask;
        m_slots[i] = slot;
    }
}

void NameCounts::raiseThreshold()
{
    // The count of the 2 x keep-th largest named: every name at or above it stays named.
    std::vector<quint32> counts;
    counts.reserve(size_t(m_named));
    for (const Slot &slot : m_slots) {
        if (slot.hash != 0 && slot.name >= 0)
            counts.push_back(slot.count);
    }
    const size_t rank = std::min(counts.size(), size_t(2) * size_t(m_keep)) - 1;
    std::nth_element(counts.begin(), counts.begin() + qsizetype(rank), counts.end(),
                     std::greater<quint32>());
    const quint32 raised = counts[rank];
    m_nextCheck = m_named * 2; // ties hold it where it is: not again at once
    if (raised <= m_threshold)
        return;
    m_threshold = raised;
    // The names below it go, and the rest are packed.
    QStringList kept;
    for (Slot &slot : m_slots) {
        if (slot.hash == 0 || slot.name < 0)
            continue;
        if (slot.count < m_threshold) {
            slot.name = -1;
        } else {
            kept.append(m_names.at(slot.name));
            slot.name = qint32(kept.size() - 1);
        }
    }
    m_names = std::move(kept);
    m_named = m_names.size();
    m_nextCheck = std::max<qint64>(m_named * 2, 4 * qint64(m_keep) + NamedFirst);
}

void NameCounts::add(const QString &name)
{
    if (m_slots.empty() && m_seed == 0)
        m_seed = size_t(QRandomGenerator::global()->generate64());
    if (size_t(m_used + 1) * 10 > m_slots.size() * 7) // at most 70% full
        grow();
    quint64 hash = quint64(qHash(name, m_seed));
    if (hash == 0)
        hash = 1;
    const size_t mask = m_slots.size() - 1;
    size_t i = size_t(hash) & mask;
    while (m_slots[i].hash != 0 && m_slots[i].hash != hash)
        i = (i + 1) & mask;
    Slot &slot = m_slots[i];
    if (slot.hash == 0) {
        slot.hash = hash;
        ++m_used;
    }
    ++slot.count;
    if (slot.name < 0 && (slot.count >= m_threshold || m_used <= NamedFirst)) {
        slot.name = qint32(m_names.size());
        m_names.append(name);
        ++m_named;
        if (m_named > std::max<qint64>(m_nextCheck, 4 * qint64(m_keep) + NamedFirst))
            raiseThreshold();
    }
}

QList<NameCounts::Entry> NameCounts::top(int n) const
{
    std::vector<const Slot *> named;
    named.reserve(size_t(m_named));
    for (const Slot &slot : m_slots) {
        if (slot.hash != 0 && slot.name >= 0)
            named.push_back(&slot);
    }
    const auto before = [this](const Slot *a, const Slot *b) {
        if (a->count != b->count)
            return a->count > b->count;
        return m_names.at(a->name) < m_names.at(b->name);
    };
    const size_t keep = std::min(named.size(), size_t(std::clamp(n, 0, m_keep)));
    std::partial_sort(named.begin(), named.begin() + qsizetype(keep), named.end(), before);
    QList<Entry> out;
    for (size_t i = 0; i < keep; ++i)
        out.append({m_names.at(named[i]->name), named[i]->count});
    return out;
}

QString TokenStats::Bin::label() const
{
    const QLocale locale;
    if (to < 0)
        return TokenStats::tr("%1 or more").arg(locale.toString(from));
    if (from == to)
        return locale.toString(from);
    return QStringLiteral("%1-%2").arg(locale.toString(from), locale.toString(to));
}

QList<TokenStats::Bin> TokenStats::emptyBins()
{
    return {{1, 1, 0}, {2, 5, 0}, {6, 20, 0}, {21, 100, 0}, {101, 1000, 0}, {1001, -1, 0}};
}

int TokenStats::binOf(qint64 count)
{
    const QList<Bin> bins = emptyBins();
    for (int i = 0; i < bins.size(); ++i) {
        if (count >= bins[i].from && (bins[i].to < 0 || count <= bins[i].to))
            return i;
    }
    return -1; // 0 or less: no bin
}

QString TokenStats::ruleText()
{
    return tr("An outlier holds more than %1 times the median number of tokens and at least %2.")
        .arg(OutlierFactor)
        .arg(OutlierMinimum);
}

TokenStats::TokenStats(TokensApi *api, QObject *parent)
    : QObject(parent), m_api(api), m_reader(new TokenExporter(api, this))
{
    connect(m_reader, &TokenExporter::progress, this, &TokenStats::progress);
    connect(m_reader, &TokenExporter::finished, this, &TokenStats::onFinished);
}

TokenStats::~TokenStats()
{
    m_reader->disconnect(this);
    m_reader->cancel();
    if (m_thread) {
        // What the thread still has to do is dropped; nothing comes back after this.
        m_thread->quit();
        m_thread->wait();
        delete m_worker;
    }
}

void TokenStats::setParallel(int parallel)
{
    m_reader->setParallel(parallel);
}

qint64 TokenStats::unmatched() const
{
    return m_reader->unmatched();
}

QString TokenStats::unmatchedNote() const
{
    return m_reader->unmatchedNote();
}

void TokenStats::start(const ListQuery &query, int top)
{
    cancel();
    if (!m_thread) {
        m_thread = new QThread(this);
        m_thread->setObjectName(QStringLiteral("knetik-stats"));
        m_worker = new QObject;
        m_worker->moveToThread(m_thread);
        m_thread->start();
    }
    ++m_run;
    m_top = std::max(0, top);
    m_counting = std::make_shared<Counting>();
    m_counting->top = m_top;
    // The top ones and the outliers listed must be named.
    m_counting->users.setKeep(std::max(m_top, MaxOutliers));
    m_counting->clients.setKeep(std::max(m_top, MaxOutliers));
    m_computing = false;
    m_succeeded = m_cancelled = false;
    m_error = {};
    m_figures = {};
    // A page at a time to the counting thread: the list is shared, not copied.
    m_reader->stream(query, [this](const QList<TokenKey> &rows) { hand(rows); });
}

void TokenStats::hand(const QList<TokenKey> &rows)
{
    if (rows.isEmpty() || !m_counting)
        return;
    QMetaObject::invokeMethod(
        m_worker, [counting = m_counting, rows] { counting->add(rows); }, Qt::QueuedConnection);
}

void TokenStats::Counting::add(const QList<TokenKey> &rows)
{
    for (const TokenKey &key : rows) {
        ++tokens;
        users.add(key.username);
        clients.add(key.clientId);
    }
}

bool TokenStats::isRunning() const
{
    return m_reader->isRunning() || m_computing;
}

void TokenStats::cancel()
{
    if (!isRunning())
        return;
    m_reader->cancel();
    ++m_run; // figures of this read that come back are dropped
    m_counting.reset(); // the thread lets go of it after what it has queued
    m_computing = false;
    m_cancelled = true;
}

double TokenStats::median(const std::map<quint32, qint64> &histogram, qint64 names)
{
    if (names <= 0)
        return 0;
    // The middle one, or the mean of the two middle ones.
    const qint64 low = (names - 1) / 2, high = names / 2;
    qint64 seen = 0;
    double lowValue = 0;
    for (const auto &[count, howMany] : histogram) {
        if (seen <= low && low < seen + howMany)
            lowValue = count;
        if (seen <= high && high < seen + howMany)
            return (lowValue + count) / 2;
        seen += howMany;
    }
    return lowValue;
}

void TokenStats::onFinished()
{
    if (!m_counting)
        return;
    m_cancelled = m_reader->wasCancelled();
    m_error = m_reader->error();
    if (!m_reader->succeeded()) {
        // No figures from a read that is not proved complete.
        m_counting.reset();
        m_succeeded = false;
        emit finished();
        return;
    }
    m_computing = true;
    QMetaObject::invokeMethod(
        m_worker,
        [this, counting = std::exchange(m_counting, {}), run = m_run] {
            Figures figures = counting->figures();
            // Back on this object's thread; dropped there if another read began meanwhile
            // (and with this object, if it is gone: the destructor waits for this thread).
            QMetaObject::invokeMethod(
                this,
                [this, run, figures = std::move(figures)]() mutable {
                    if (run != m_run)
                        return;
                    m_computing = false;
                    m_figures = std::move(figures);
                    m_succeeded = true;
                    emit finished();
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

TokenStats::Figures TokenStats::Counting::figures() const
{
    Figures f;
    f.tokens = tokens;
    f.users = users.distinct();
    f.clients = clients.distinct();
    f.readAt = QDateTime::currentDateTime();
    f.usersByTokens = emptyBins();
    std::map<quint32, qint64> perUser, perClient;
    users.forEach([&](quint32 count, const QString &) {
        ++perUser[count];
        const int bin = binOf(count);
        if (bin >= 0)
            ++f.usersByTokens[bin].users;
    });
    clients.forEach([&](quint32 count, const QString &) { ++perClient[count]; });
    f.medianPerUser = median(perUser, f.users);
    f.medianPerClient = median(perClient, f.clients);
    f.topClients = clients.top(top);
    f.topUsers = users.top(top);
    qint64 named = 0;
    for (const NameCounts::Entry &e : std::as_const(f.topClients))
        named += e.count;
    f.otherClientTokens = tokens - named;
    f.otherClients = f.clients - f.topClients.size();
    named = 0;
    for (const NameCounts::Entry &e : std::as_const(f.topUsers))
        named += e.count;
    f.otherUserTokens = tokens - named;
    f.otherUsers = f.users - f.topUsers.size();
    // Outliers: every name above the rule, the MaxOutliers largest of each kind listed
    // (named: they are among the largest), the rest counted.
    const auto outliers
        = [&](const NameCounts &counts, double median, Outlier::Kind kind, qint64 *more) {
              QList<Outlier> found;
              counts.forEach([&](quint32 count, const QString &name) {
                  if (count >= OutlierMinimum && double(count) > OutlierFactor * median)
                      found.append({kind, name, count, median});
              });
              std::sort(found.begin(), found.end(), [](const Outlier &a, const Outlier &b) {
                  return a.count != b.count ? a.count > b.count : a.name < b.name;
              });
              *more = std::max<qint64>(0, found.size() - MaxOutliers);
              found.resize(std::min<qsizetype>(found.size(), MaxOutliers));
              return found;
          };
    f.outliers = outliers(users, f.medianPerUser, Outlier::Kind::User, &f.moreUserOutliers)
        + outliers(clients, f.medianPerClient, Outlier::Kind::Client, &f.moreClientOutliers);
    return f;
}
