#include "TokenExporter.h"

#include "Csv.h"
#include "OffThread.h"
#include "TokensApi.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QThread>

#include <algorithm>

#include <climits>

TokenExporter::TokenExporter(TokensApi *api, QObject *parent)
    : QObject(parent), m_api(api), m_control(api->concurrency())
{
    // A Retry-After held every new page: when it ends, the reading goes on.
    connect(m_control, &ConcurrencyControl::released, this, &TokenExporter::askMore);
}

TokenExporter::~TokenExporter()
{
    if (m_running) {
        m_cancelled = true;
        end(false, false); // nobody to tell any more
    }
    if (m_seenThread) {
        // What the thread still has to do is dropped; nothing comes back after this.
        m_seenThread->quit();
        m_seenThread->wait();
        delete m_seenWorker;
    }
}

QString TokenExporter::csvField(const QString &value)
{
    return Csv::field(value);
}

bool TokenExporter::start(const ListQuery &query, const QString &path, Format format,
                          QString *error)
{
    reset(query);
    m_format = format;
    m_file = std::make_unique<QSaveFile>(path);
    if (!m_file->open(QIODevice::WriteOnly)) {
        if (error)
            *error = m_file->errorString();
        m_file.reset();
        return false;
    }
    m_out = m_file.get();
    writeHeader();
    begin();
    return true;
}

void TokenExporter::start(const ListQuery &query, QIODevice *device, Format format)
{
    reset(query);
    m_format = format;
    m_out = device;
    writeHeader();
    begin();
}

void TokenExporter::writeHeader()
{
    if (m_format == Format::Csv && m_out->write("username,client_id\r\n") < 0)
        m_fileError = m_out->errorString(); // reported when the first page is written
}

void TokenExporter::collect(const ListQuery &query)
{
    reset(query);
    m_collecting = true;
    begin();
}

void TokenExporter::stream(const ListQuery &query,
                           std::function<void(const QList<TokenKey> &)> sink)
{
    reset(query);
    m_sink = std::move(sink);
    begin();
}

void TokenExporter::reset(const ListQuery &query)
{
    cancel();
    m_query = query;
    m_query.size = PageSize;
    m_inFlight.clear();
    m_pending.clear();
    ++m_readId; // digests of an earlier read that come back are dropped
    m_digesting = 0;
    if (m_seenSet)
        m_seenSet->dropped = true;
    m_seenSet = std::make_shared<SeenSet>();
    m_seenRunsAdded = 0;
    m_seenUsesThread = false;
    m_hashSeed = size_t(QRandomGenerator::global()->generate64());
    m_base = 1;
    m_served = 0;
    m_nextToAsk = 1;
    m_nextToWrite = 1;
    m_lastPage = 0;
    m_probeAsked = false;
    m_complete = false;
    m_pagesWritten = 0;
    m_peakHeld = 0;
    m_written = 0;
    m_unmatched = 0;
    m_unmatchedExamples.clear();
    m_rowsRead = 0;
    m_total = -1;
    m_succeeded = m_cancelled = false;
    m_error = {};
    m_fileError.clear();
    m_collecting = false;
    m_collected.clear();
    m_sink = nullptr;
    m_out = nullptr;
}

QString TokenExporter::unmatchedNote() const
{
    if (m_unmatched == 0)
        return {};
    QStringList names;
    for (const TokenKey &key : m_unmatchedExamples)
        names << QStringLiteral("\u201C%1\u201D / \u201C%2\u201D").arg(key.username, key.clientId);
    return tr("The server also listed %Ln token(s) that do not match the filters (it may not "
              "support filtering, or read them otherwise), such as %1: they are left out.",
              nullptr, int(qMin<qint64>(m_unmatched, INT_MAX)))
        .arg(names.join(QStringLiteral("; ")));
}

void TokenExporter::begin()
{
    m_running = true;
    m_session = m_api->sessionGeneration();
    m_clock.start();
    // The first page tells how many there are; then as many at once as the window allows.
    askMore();
}

void TokenExporter::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    end(false);
}

void TokenExporter::request(int page)
{
    if (m_api->sessionGeneration() != m_session) {
        // Signed out or in elsewhere: the rest is not read, not with the new session either.
        fail(ApiError::sessionEnded());
        return;
    }
    ListQuery query = m_query;
    query.page = page - 1 + m_base; // the wire's number
    ListTokensCall *call = m_api->listTokens(query);
    // The server pushing back: fewer pages at once; a Retry-After holds every new one.
    m_control->track(call);
    m_inFlight.insert(page, call);
    m_peakHeld = qMax(m_peakHeld, int(m_inFlight.size() + m_digesting + m_pending.size()));
    const int base = m_base;
    connect(call, &ApiCall::finished, this, [this, call, page, base] {
        if (m_inFlight.value(page) == call)
            m_inFlight.remove(page);
        if (!m_running || base != m_base)
            return; // asked before the pages were counted from 0: not this read's page
        if (call->error()) {
            fail(call->error());
            return;
        }
        onPage(page, call->value());
    });
}

bool TokenExporter::learnPaging(const TokenPage &content)
{
    const qint64 total = content.totalElements;
    const qint64 rows = content.content.size();
    if (!content.first && m_base == 1) {
        // The page asked as 1 says it is not the first: this server counts its pages from 0.
        // Read again from its page 0 (nothing of this answer is kept).
        m_base = 0;
        m_nextToAsk = 1;
        return true;
    }
    m_total = total;
    if (rows == 0 && total > 0) {
        incomplete(tr("the server said %Ln token(s) and its first page held none", nullptr,
                      int(qMin<qint64>(total, INT_MAX))));
        return false;
    }
    // The page size is what the server served, not what was asked: a server may serve at most
    // 100 a page whatever the request says. A first page that is also the last tells nothing.
    // (A server that ignores `size` may serve more than asked: a page that holds the total.)
    m_served = rows < total ? int(rows) : qMax(PageSize, int(qMin<qint64>(rows, INT_MAX)));
    // Whole pages, then the rest: no overflow near a total of 2^63 - 1.
    const qint64 pages = total == 0 ? 1 : total / m_served + (total % m_served != 0 ? 1 : 0);
    if (pages > MaxPages) {
        incomplete(tr("the server said %1 tokens in pages of %2, more than this console reads")
                       .arg(QLocale().toString(total), QLocale().toString(m_served)));
        return false;
    }
    m_lastPage = int(pages);
    return true;
}

void TokenExporter::incomplete(const QString &why)
{
    fail(ApiError::incomplete(why));
}

void TokenExporter::SeenSet::add(const std::vector<quint64> &sortedRun)
{
    if (dropped || sortedRun.empty())
        return;
    seen.insert(seen.end(), sortedRun.begin(), sortedRun.end());
    runs.push_back(sortedRun.size());
    merge(false);
}

void TokenExporter::SeenSet::merge(bool all)
{
    // Sorted runs merged whenever the one before is no longer than the last: the whole is
    // sorted at the end without one sort of a million hashes; no merge is longer than the rows
    // read so far, and most are far shorter.
    while (runs.size() >= 2 && !dropped && (all || runs[runs.size() - 2] <= runs.back())) {
        const size_t last = runs.back();
        runs.pop_back();
        const size_t before = runs.back();
        const auto end = seen.end();
        std::inplace_merge(end - qsizetype(last + before), end - qsizetype(last), end);
        runs.back() = before + last;
    }
}

bool TokenExporter::SeenSet::hasDuplicate()
{
    merge(true);
    return std::adjacent_find(seen.begin(), seen.end()) != seen.end();
}

void TokenExporter::addSeen(std::vector<quint64> sortedRun)
{
    if (sortedRun.empty())
        return;
    ++m_seenRunsAdded;
    // A small read (a list's line, a user's tokens) merges here, at once: no thread for it.
    // From the SeenThreadAfter-th page on, the thread (started once per exporter) takes over
    // the same set; what was merged here is already in it, and the queue keeps the order.
    if (m_seenRunsAdded < SeenThreadAfter && !m_seenUsesThread) {
        m_seenSet->add(sortedRun);
        return;
    }
    if (!m_seenThread) {
        m_seenThread = new QThread(this);
        m_seenThread->setObjectName(QStringLiteral("knetik-seen"));
        m_seenWorker = new QObject;
        m_seenWorker->moveToThread(m_seenThread);
        m_seenThread->start();
    }
    m_seenUsesThread = true;
    QMetaObject::invokeMethod(
        m_seenWorker, [set = m_seenSet, run = std::move(sortedRun)] { set->add(run); },
        Qt::QueuedConnection);
}

void TokenExporter::finishComplete()
{
    // As many rows as the total: a pair listed twice means another was never listed. The
    // hashes are merged on their own thread, after every page's (the same queue); the answer
    // comes back here.
    if (!m_seenUsesThread) {
        checked(m_seenSet->hasDuplicate());
        return;
    }
    OffThread::run(
        this, [set = m_seenSet] { return set->hasDuplicate(); },
        [read = m_readId](TokenExporter *self, bool twice) {
            if (self->m_running && self->m_readId == read)
                self->checked(twice);
        },
        m_seenWorker);
}

void TokenExporter::checked(bool listedTwice)
{
    if (m_api->sessionGeneration() != m_session) {
        fail(ApiError::sessionEnded()); // it ended while the check ran: nothing is reported read
        return;
    }
    if (listedTwice) {
        incomplete(tr("a token was listed twice, so the list changed while it was read (or the "
                      "server does not read the page number)"));
        return;
    }
    m_complete = true;
    end(true);
}

void TokenExporter::onPage(int page, const TokenPage &content)
{
    if (m_api->sessionGeneration() != m_session) {
        // Answered, but for a session that has ended: not written.
        fail(ApiError::sessionEnded());
        return;
    }
    if (m_lastPage == 0) {
        if (!learnPaging(content))
            return;
        if (m_lastPage == 0) { // counted from 0: page 1 is asked again
            askMore();
            return;
        }
    }
    const QLocale locale;
    if (content.totalElements != m_total) {
        incomplete(tr("the total changed from %1 to %2 while it was read")
                       .arg(locale.toString(m_total), locale.toString(content.totalElements)));
        return;
    }
    const qint64 rows = content.content.size();
    if (page > m_lastPage) {
        // The page past the last: a server whose total was capped (it counts 10,000 and has
        // more) still serves rows here.
        if (rows > 0) {
            incomplete(tr("the server said %1 tokens but listed more after them (its total may "
                          "be capped, or it may not read the page number)")
                           .arg(locale.toString(m_total)));
            return;
        }
        finishComplete();
        return;
    }
    const qint64 expected
        = page < m_lastPage ? m_served : m_total - qint64(m_lastPage - 1) * m_served;
    if (rows != expected) {
        incomplete(tr("the server said %1 tokens, and its page %2 held %3 where %4 were due")
                       .arg(locale.toString(m_total), locale.toString(page - 1 + m_base),
                            locale.toString(rows), locale.toString(expected)));
        return;
    }
    ++m_digesting;
    OffThread::run(
        this,
        [rows = content.content, query = m_query, seed = m_hashSeed, toFile = m_out != nullptr,
         format = m_format, include = m_includeUnmatched] {
            return digest(rows, query, seed, toFile, format, include);
        },
        [read = m_readId, page](TokenExporter *self, Digest done) {
            if (self->m_running && self->m_readId == read)
                self->digested(page, std::move(done));
        });
    if (!m_running)
        return; // digested at once (an exporter off the application's thread) and ended
    askMore(); // the page is no longer on the wire: another may be asked
}

TokenExporter::Digest TokenExporter::digest(const QList<TokenKey> &rows, const ListQuery &query,
                                            size_t seed, bool toFile, Format format,
                                            bool includeUnmatched)
{
    Digest d;
    d.rowsRead = rows.size();
    d.hashes.reserve(size_t(rows.size()));
    d.rows.reserve(rows.size());
    for (const TokenKey &key : rows) {
        // Seeded per read, so that no name can be made to collide on purpose.
        d.hashes.push_back(quint64(qHash(key, seed)));
        if (!query.matches(key)) {
            ++d.unmatched;
            if (d.unmatchedExamples.size() < MaxExamples)
                d.unmatchedExamples.append(key);
            if (!includeUnmatched)
                continue;
        } else if (!query.selects(key)) {
            continue; // matches, but not the exact name asked for
        }
        if (!toFile) {
            d.rows.append(key);
        } else if (format == Format::Csv) {
            d.chunk += (csvField(key.username) + QLatin1Char(',') + csvField(key.clientId)
                        + QLatin1String("\r\n"))
                           .toUtf8();
            d.rows.append(key); // counted
        } else {
            d.chunk += QJsonDocument(QJsonObject {{QStringLiteral("username"), key.username},
                                                  {QStringLiteral("client_id"), key.clientId}})
                           .toJson(QJsonDocument::Compact)
                + '\n';
            d.rows.append(key);
        }
    }
    std::sort(d.hashes.begin(), d.hashes.end());
    return d;
}

void TokenExporter::digested(int page, Digest digest)
{
    --m_digesting;
    m_pending.insert(page, std::move(digest));
    writePending();
    if (!m_running)
        return;
    askMore();
    if (m_running)
        emit progress(m_rowsRead, m_total);
}

void TokenExporter::askMore()
{
    if (!m_running || !m_control->hasRoom())
        return; // a Retry-After (of a read before, too) holds every page, the first included;
                // and the window is shared with every other reader and revoker of the session
    if (m_lastPage == 0) {
        // The first page tells how many there are.
        if (m_nextToAsk == 1 && m_inFlight.isEmpty())
            request(m_nextToAsk++);
        return;
    }
    // Never more pages asked or waiting to be written than the window: memory stays flat.
    while (m_running && m_nextToAsk <= m_lastPage && m_control->hasRoom()
           && m_inFlight.size() + m_digesting + m_pending.size() < m_control->window())
        request(m_nextToAsk++);
    // Every page read: one more past the last, asked after all of them were answered, so that
    // its total is the total at the end of the read. Not after a total of 0 with no row: a
    // capped total is never 0.
    if (m_running && !m_probeAsked && m_nextToWrite > m_lastPage && m_inFlight.isEmpty()) {
        if (m_total == 0) {
            finishComplete();
            return;
        }
        m_probeAsked = true;
        request(m_lastPage + 1);
    }
}

void TokenExporter::writePending()
{
    while (m_pending.contains(m_nextToWrite)) {
        Digest page = m_pending.take(m_nextToWrite);
        m_rowsRead += page.rowsRead;
        m_unmatched += page.unmatched;
        for (const TokenKey &key : page.unmatchedExamples) {
            if (m_unmatchedExamples.size() < MaxExamples)
                m_unmatchedExamples.append(key);
        }
        // The page's hashes, sorted there: one more run.
        addSeen(std::move(page.hashes));
        if (m_sink)
            m_sink(page.rows);
        else if (m_collecting)
            m_collected.append(page.rows);
        m_written += page.rows.size();
        if (m_out && (!m_fileError.isEmpty() || m_out->write(page.chunk) != page.chunk.size())) {
            fail({}, m_fileError.isEmpty() ? m_out->errorString() : m_fileError);
            return;
        }
        ++m_nextToWrite;
        ++m_pagesWritten;
    }
}

void TokenExporter::fail(const ApiError &error, const QString &fileError)
{
    if (!m_running)
        return;
    m_error = error;
    m_fileError = fileError;
    end(false);
}

void TokenExporter::end(bool ok, bool notify)
{
    m_running = false;
    const QList<QPointer<ApiCall>> calls = m_inFlight.values();
    m_inFlight.clear();
    for (const QPointer<ApiCall> &call : calls) {
        if (call)
            call->abandon();
    }
    m_pending.clear();
    m_digesting = 0; // what is still being digested is dropped when it comes back
    if (m_seenSet && !ok)
        m_seenSet->dropped = true; // what is queued for it is skipped
    m_seenSet.reset(); // freed by the thread's last use of it
    if (m_file) {
        if (ok && !m_file->commit()) {
            ok = false;
            m_fileError = m_file->errorString();
        } else if (!ok) {
            m_file->cancelWriting(); // nothing appears under the chosen name
            m_file->commit();
        }
        m_file.reset();
    }
    m_out = nullptr;
    m_succeeded = ok;
    if (notify)
        emit finished();
}
