#pragma once

#include "ApiCall.h"
#include "ConcurrencyControl.h"
#include "TokenTypes.h"

#include <QElapsedTimer>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <memory>

class QIODevice;
class QSaveFile;
class TokensApi;

// Writes every token that matches a query's filters, in the query's sort, to a file: pages of
// PageSize fetched several at once (as ConcurrencyControl allows: six over HTTP/1.1, adapting
// up to the cap over HTTP/2) and written in page order as they arrive, so that memory holds at
// most that many pages however many tokens match. Never a token value: the list
// endpoint has none. The file appears under its name only when the export completed: it is
// written to a temporary file (QSaveFile) and renamed at the end; a cancelled or failed
// export leaves nothing there.
// The list can change while it is read (tokens issued or revoked): a row that moves across a
// page boundary shows up twice, and is written once (each page is compared with the page
// before it); the summary says when the server's total changed and by how much.
class TokenExporter : public QObject
{
    Q_OBJECT

public:
    enum class Format { Csv, JsonLines };
    static constexpr int PageSize = 1000;
    static constexpr int Parallel = ConcurrencyControl::Http1Limit; // pages at once, HTTP/1.1
    static constexpr int MaxPages = 1000000; // 1,000,000,000 tokens

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
    void cancel();
    bool isRunning() const { return m_running; }
    // At most how many pages to ask at once (1: one after another; the cap of "Requests at
    // Once"); over HTTP/1.1 six at most, over HTTP/2 it adapts up to this.
    void setParallel(int parallel) { m_control->setCap(qMax(1, parallel)); }
    const ConcurrencyControl *concurrency() const { return m_control; }

    qint64 written() const { return m_written; }
    qint64 duplicatesDropped() const { return m_duplicates; }
    // The server's total at the first page, and the smallest and largest it reported later.
    qint64 totalAtStart() const { return m_totalAtStart; }
    qint64 totalMin() const { return m_totalMin; }
    qint64 totalMax() const { return m_totalMax; }
    bool totalChanged() const { return m_totalMin != m_totalMax; }
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
    QMap<int, QList<TokenKey>> m_pending; // pages arrived out of order, not yet written
    QSet<TokenKey> m_previousPage; // the last page written, to drop repeats
    ConcurrencyControl *m_control;
    void askMore();
    int m_nextToAsk = 1;
    int m_nextToWrite = 1;
    int m_lastPage = 0; // known from the first answer
    int m_pagesWritten = 0;
    int m_peakHeld = 0;
    qint64 m_written = 0;
    qint64 m_duplicates = 0;
    qint64 m_totalAtStart = -1;
    qint64 m_totalMin = -1;
    qint64 m_totalMax = -1;
    bool m_running = false;
    bool m_collecting = false;
    QList<TokenKey> m_collected;
    quint64 m_session = 0; // the session the export reads with
    bool m_succeeded = false;
    bool m_cancelled = false;
    ApiError m_error;
    QString m_fileError;
    QElapsedTimer m_clock;
};
