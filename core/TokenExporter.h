#pragma once

#include "ApiCall.h"
#include "ConcurrencyControl.h"
#include "TokenTypes.h"

#include <QElapsedTimer>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

class QIODevice;
class QThread;
class QSaveFile;
class TokensApi;

// The one reader of "every token that matches a query": exports (to a file or a device), the
// counts a confirmation depends on (TokenMatchCounter), revoke-all-matching and Revoke From
// List's lines (ListResolver) all read through it. Pages are asked several at once (as
// ConcurrencyControl allows: six over HTTP/1.1, adapting up to the cap over HTTP/2) and written
// in page order as they arrive, so memory holds at most that many pages (and 8 bytes a row to
// see a row twice) however many tokens match. Never a token value: the list endpoint has none.
//
// It trusts nothing the server says that it did not check (docs/api.md, "Reading every match"):
// - it follows the page size the server actually serves (a server may serve fewer rows than
//   asked), and a server that counts pages from 0 (its first page says first: false);
// - it checks the read complete: every page before the last full, the last one what the total
//   leaves, one page past the last empty (a total that was capped), the same total in every
//   answer, no pair twice. When a check fails the read fails with ApiError::Incomplete saying
//   exactly why, and nothing acts on it (a file is not kept). What offset paging cannot show:
//   one token removed before and one added after the read position between two pages leave
//   every number the same and a row unread; a run of every match reports what still matches
//   after it (MainWindow's banner);
// - every row is checked against the filters as the contract defines them (case-insensitive
//   substrings): a row that does not match (a server that ignores a filter, or reads it as a
//   SQL LIKE) is never written nor collected as a match, only counted (unmatched()).
// The file appears under its name only when the export completed: it is written to a
// temporary file (QSaveFile) and renamed at the end; a cancelled, failed or incomplete export
// leaves nothing there.
class TokenExporter : public QObject
{
    Q_OBJECT

public:
    enum class Format { Csv, JsonLines };
    static constexpr int PageSize = 1000;
    static constexpr int Parallel = ConcurrencyControl::Http1Limit; // pages at once, HTTP/1.1
    static constexpr int MaxPages = 10000000; // 1,000,000,000 tokens in pages of 100
    static constexpr int MaxExamples = 3; // rows named in unmatchedNote()

    explicit TokenExporter(TokensApi *api, QObject *parent = nullptr);
    ~TokenExporter() override;

    // Starts; false (and *error) when the file cannot be opened. The query's page and size are
    // ignored: every page is read.
    bool start(const ListQuery &query, const QString &path, Format format, QString *error);
    // The same, written to device as it arrives (standard output, a pipe): not atomic, a
    // failed or cancelled export leaves what was written so far there. The device stays open.
    void start(const ListQuery &query, QIODevice *device, Format format);
    // The same reading, into memory instead of a file (collected()): the pairs a revoke of
    // every match is about, which it needs in full anyway.
    void collect(const ListQuery &query);
    const QList<TokenKey> &collected() const { return m_collected; }
    // The same reading, each page's matching rows handed to sink in page order as they arrive,
    // nothing kept (TokenStats counts with it). The read may still fail or prove incomplete
    // after rows were handed over: what the sink made of them counts only when succeeded().
    void stream(const ListQuery &query, std::function<void(const QList<TokenKey> &)> sink);
    // Rows that do not match the filters are written or collected too (knetik-tokens
    // --include-unmatched, which shows them); they are still counted. Never set for a read
    // that anything acts on (a count, Revoke All Matching, a list's lines).
    void setIncludeUnmatched(bool include) { m_includeUnmatched = include; }
    void cancel();
    bool isRunning() const { return m_running; }
    // At most how many pages to ask at once (1: one after another; the cap of "Requests at
    // Once"); over HTTP/1.1 six at most, over HTTP/2 it adapts up to this.
    void setParallel(int parallel) { m_control->setCap(qMax(1, parallel)); }
    const ConcurrencyControl *concurrency() const { return m_control; }

    qint64 written() const { return m_written; }
    // Rows the server listed that do not match the filters: left out (see above).
    qint64 unmatched() const { return m_unmatched; }
    // What to tell the admin of them ("The server also listed 2,924 tokens that do not match
    // the filters..."); empty when there were none.
    QString unmatchedNote() const;
    // Every row the server listed (matching or not) in the pages read.
    qint64 rowsRead() const { return m_rowsRead; }
    // The rows a page held as the server served them (0 until the first page came).
    int servedPageSize() const { return m_served; }
    // Finished reading everything and checked it complete (also when succeeded() is false
    // because the file could not be written).
    bool isComplete() const { return m_complete; }
    // The server's total (every row it lists for the query, matching or not), from the first
    // page; -1 before it. A read is complete only if every answer said the same.
    qint64 total() const { return m_total; }
    bool succeeded() const { return m_succeeded; }
    bool wasCancelled() const { return m_cancelled; }
    const ApiError &error() const { return m_error; }
    QString fileError() const { return m_fileError; }
    qint64 elapsedMs() const { return m_clock.isValid() ? m_clock.elapsed() : 0; }
    int pagesRead() const { return m_pagesWritten; }
    // The most pages asked or held at once (never more than the parallel setting).
    int peakPagesHeld() const { return m_peakHeld; }
    // CSV: RFC 4180, every field quoted; a leading = + - @ tab or CR gets an apostrophe, so that
    // a spreadsheet does not run a username as a formula.
    static QString csvField(const QString &value);

signals:
    void progress(qint64 written, qint64 total);
    void finished();

private:
    void reset(const ListQuery &query);
    void begin();
    void request(int page);
    void onPage(int page, const TokenPage &content);
    // The first page's answer: how the server pages. False when the read cannot go on.
    bool learnPaging(const TokenPage &content);
    void incomplete(const QString &why);
    // The page past the last came back empty: no pair twice, then the read is complete.
    void finishComplete();
    void writePending();
    void fail(const ApiError &error, const QString &fileError = {});
    void end(bool ok, bool notify = true);

    TokensApi *m_api;
    ListQuery m_query;
    Format m_format = Format::Csv;
    void writeHeader();

    std::unique_ptr<QSaveFile> m_file;
    QIODevice *m_out = nullptr; // m_file, or the device given to start()
    QMap<int, QPointer<ApiCall>> m_inFlight;
    // What a page's rows come to, worked out on a pooled thread (every row hashed and checked
    // against the filters, the file's lines written), so that many pages arriving at once do
    // not hold this thread: here only the results are put in order.
    struct Digest
    {
        QList<TokenKey> rows; // to write, collect or stream (the matches, or all: see above)
        std::vector<quint64> hashes; // of every row, sorted
        qint64 rowsRead = 0;
        qint64 unmatched = 0;
        QList<TokenKey> unmatchedExamples;
        QByteArray chunk; // the file's lines
    };
    static Digest digest(const QList<TokenKey> &rows, const ListQuery &query, size_t seed,
                         bool toFile, Format format, bool includeUnmatched);
    void digested(int page, Digest digest);
    int m_digesting = 0; // pages handed to a pooled thread, not back yet
    quint64 m_readId = 0; // which read a digest belongs to
    QMap<int, Digest> m_pending; // pages digested out of order, not yet written
    // A 64-bit hash of every pair read (8 bytes a row), sorted at the end: a pair listed twice.
    // Kept and merged on a thread of its own (a merge of half a million hashes takes ~15 ms),
    // a page's sorted hashes at a time, in page order; the last check's answer comes back here.
    struct SeenSet
    {
        std::vector<quint64> seen;
        std::vector<size_t> runs; // the lengths of seen's sorted runs, first first
        std::atomic<bool> dropped {false}; // the read ended: nothing more to do
        void add(const std::vector<quint64> &sortedRun);
        bool hasDuplicate();
        // Merges the last runs whenever the one before is no longer than the last (as a binary
        // counter carries), all of them if all.
        void merge(bool all);
    };
    std::shared_ptr<SeenSet> m_seenSet;
    QThread *m_seenThread = nullptr;
    QObject *m_seenWorker = nullptr; // lives on m_seenThread
    qint64 m_seenRunsAdded = 0;
    static constexpr int SeenThreadAfter = 16; // pages merged here before the thread takes over
    bool m_seenUsesThread = false; // this read's set is the thread's
    void addSeen(std::vector<quint64> sortedRun);
    // The check for a pair listed twice answered.
    void checked(bool listedTwice);
    size_t m_hashSeed = 0;
    ConcurrencyControl *m_control;
    void askMore();
    int m_base = 1; // the wire's number of the first page: 1 (the contract), or 0
    int m_served = 0; // rows a full page holds, as served (known from the first answer)
    int m_nextToAsk = 1; // pages are counted from 1 here, whatever the wire's base
    int m_nextToWrite = 1;
    int m_lastPage = 0; // known from the first answer
    bool m_probeAsked = false; // the page past the last: must be empty
    bool m_complete = false;
    bool m_includeUnmatched = false;
    qint64 m_unmatched = 0;
    QList<TokenKey> m_unmatchedExamples;
    qint64 m_rowsRead = 0;
    int m_pagesWritten = 0;
    int m_peakHeld = 0;
    qint64 m_written = 0;
    qint64 m_total = -1;
    bool m_running = false;
    bool m_collecting = false;
    std::function<void(const QList<TokenKey> &)> m_sink; // stream()
    QList<TokenKey> m_collected;
    quint64 m_session = 0; // the session the export reads with
    bool m_succeeded = false;
    bool m_cancelled = false;
    ApiError m_error;
    QString m_fileError;
    QElapsedTimer m_clock;
};
