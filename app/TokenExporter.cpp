#include "TokenExporter.h"

#include "Csv.h"
#include "TokensApi.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <climits>

TokenExporter::TokenExporter(TokensApi *api, QObject *parent)
    : QObject(parent),
      m_api(api),
      m_control(new ConcurrencyControl(ConcurrencyControl::MaxLimit, this))
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

void TokenExporter::reset(const ListQuery &query)
{
    cancel();
    m_query = query;
    m_query.size = PageSize;
    m_inFlight.clear();
    m_pending.clear();
    m_previousPage.clear();
    m_nextToAsk = 1;
    m_nextToWrite = 1;
    m_lastPage = 0;
    m_pagesWritten = 0;
    m_peakHeld = 0;
    m_written = 0;
    m_duplicates = 0;
    m_totalAtStart = m_totalMin = m_totalMax = -1;
    m_succeeded = m_cancelled = false;
    m_error = {};
    m_fileError.clear();
    m_collecting = false;
    m_collected.clear();
    m_out = nullptr;
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
    query.page = page;
    ListTokensCall *call = m_api->listTokens(query);
    // The server pushing back: fewer pages at once; a Retry-After holds every new one.
    m_control->watch(call);
    m_inFlight.insert(page, call);
    m_peakHeld = qMax(m_peakHeld, int(m_inFlight.size() + m_pending.size()));
    connect(call, &ApiCall::finished, this, [this, call, page] {
        m_inFlight.remove(page);
        if (!m_running)
            return;
        m_control->answered(call);
        if (call->error()) {
            fail(call->error());
            return;
        }
        onPage(page, call->value());
    });
}

void TokenExporter::onPage(int page, const TokenPage &content)
{
    if (m_api->sessionGeneration() != m_session) {
        // Answered, but for a session that has ended: not written.
        fail(ApiError::sessionEnded());
        return;
    }
    const qint64 total = content.totalElements;
    if (m_totalAtStart < 0)
        m_totalAtStart = m_totalMin = m_totalMax = total;
    m_totalMin = qMin(m_totalMin, total);
    m_totalMax = qMax(m_totalMax, total);
    // The pages there are: what the server says, but never more than its total needs (a
    // server reporting absurd page counts with empty pages must not be asked forever); a
    // list that grew while it was read is read further, up to the pages its total needs now.
    const qint64 needed = qMax<qint64>(1, (total + PageSize - 1) / PageSize);
    const int last = int(qBound(qint64(1), qMin(content.totalPages, needed), qint64(MaxPages)));
    m_lastPage = qMax(m_lastPage, last);
    m_pending.insert(page, content.content);
    writePending();
    if (!m_running)
        return;
    if (m_nextToWrite > m_lastPage && m_inFlight.isEmpty()) {
        end(true);
        return;
    }
    askMore();
    if (m_running)
        emit progress(m_written, m_totalMax);
}

void TokenExporter::askMore()
{
    if (!m_running || m_control->isHeld())
        return; // a Retry-After (of a read before, too) holds every page, the first included
    if (m_lastPage == 0) {
        // The first page tells how many there are.
        if (m_nextToAsk == 1 && m_inFlight.isEmpty())
            request(m_nextToAsk++);
        return;
    }
    // Never more pages asked or waiting to be written than the window: memory stays flat.
    while (m_running && m_nextToAsk <= m_lastPage && !m_control->isHeld()
           && m_inFlight.size() + m_pending.size() < m_control->window())
        request(m_nextToAsk++);
}

void TokenExporter::writePending()
{
    while (m_pending.contains(m_nextToWrite)) {
        const QList<TokenKey> rows = m_pending.take(m_nextToWrite);
        QSet<TokenKey> thisPage;
        thisPage.reserve(rows.size());
        QByteArray chunk;
        for (const TokenKey &key : rows) {
            thisPage.insert(key);
            if (m_previousPage.contains(key)) {
                ++m_duplicates; // moved across the boundary while the pages were read
                continue;
            }
            if (m_collecting) {
                m_collected.append(key);
            } else if (m_format == Format::Csv) {
                chunk += (csvField(key.username) + QLatin1Char(',') + csvField(key.clientId)
                          + QLatin1String("\r\n"))
                             .toUtf8();
            } else {
                chunk += QJsonDocument(QJsonObject {{QStringLiteral("username"), key.username},
                                                    {QStringLiteral("client_id"), key.clientId}})
                             .toJson(QJsonDocument::Compact)
                    + '\n';
            }
            ++m_written;
        }
        if (m_out && (!m_fileError.isEmpty() || m_out->write(chunk) != chunk.size())) {
            fail({}, m_fileError.isEmpty() ? m_out->errorString() : m_fileError);
            return;
        }
        m_previousPage = std::move(thisPage);
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
    m_previousPage.clear();
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
