#include "ListResolver.h"

#include "TokenExporter.h"
#include "TokensApi.h"

namespace {

QString lineKey(const RevokeListLine &line)
{
    return QString::number(int(line.kind)) + QLatin1Char('\n') + line.username + QLatin1Char('\n')
        + line.clientId;
}

} // namespace

ListResolver::ListResolver(TokensApi *api, QObject *parent) : QObject(parent), m_api(api)
{
    // Room in the session's window: the next lines.
    connect(api->concurrency(), &ConcurrencyControl::released, this, &ListResolver::pump);
}

void ListResolver::setRequestsAtOnce(int cap)
{
    m_api->concurrency()->setCap(cap);
}

ListResolver::~ListResolver()
{
    for (const QPointer<TokenExporter> &reader : std::as_const(m_reading)) {
        if (reader) {
            reader->disconnect(this);
            reader->cancel();
        }
    }
}

bool ListResolver::matchesExactly(const RevokeListLine &line, const TokenKey &key)
{
    switch (line.kind) {
    case RevokeListLine::Kind::User:
        return key.username == line.username;
    case RevokeListLine::Kind::Client:
        return key.clientId == line.clientId;
    case RevokeListLine::Kind::Pair:
        return key.username == line.username && key.clientId == line.clientId;
    default:
        return false;
    }
}

bool ListResolver::matchesIgnoringCase(const RevokeListLine &line, const TokenKey &key)
{
    const auto same = [](const QString &a, const QString &b) {
        return a.compare(b, Qt::CaseInsensitive) == 0;
    };
    switch (line.kind) {
    case RevokeListLine::Kind::User:
        return same(key.username, line.username);
    case RevokeListLine::Kind::Client:
        return same(key.clientId, line.clientId);
    case RevokeListLine::Kind::Pair:
        return same(key.username, line.username) && same(key.clientId, line.clientId);
    default:
        return false;
    }
}

bool ListResolver::matchesWithoutSpaces(const RevokeListLine &line, const TokenKey &key)
{
    if (!line.spacesAround)
        return false;
    switch (line.kind) {
    case RevokeListLine::Kind::User:
        return key.username == line.trimmedUsername();
    case RevokeListLine::Kind::Client:
        return key.clientId == line.trimmedClientId();
    case RevokeListLine::Kind::Pair:
        return key.username == line.trimmedUsername() && key.clientId == line.trimmedClientId();
    default:
        return false;
    }
}

void ListResolver::start(const QList<RevokeListLine> &lines)
{
    cancel();
    m_cancelled = false;
    m_lines = lines;
    m_results = QList<ListLineResult>(lines.size());
    m_queue.clear();
    m_reading.clear();
    m_repeats.clear();
    m_toCheck = m_checked = m_failed = 0;
    m_session = m_api->sessionGeneration();
    QHash<QString, int> first; // a line's names -> the first line with them
    for (int i = 0; i < lines.size(); ++i) {
        const RevokeListLine &line = lines.at(i);
        if (!line.isTarget())
            continue;
        ++m_toCheck;
        m_results[i].state = ListLineResult::State::Checking;
        const QString key = lineKey(line);
        const auto earlier = first.constFind(key);
        if (earlier != first.constEnd()) {
            m_results[i].sameAsLine = lines.at(*earlier).number;
            m_repeats[*earlier].append(i);
            continue;
        }
        first.insert(key, i);
        m_queue.append(i);
    }
    m_running = true;
    if (m_toCheck == 0) {
        m_running = false;
        emit finished();
        return;
    }
    pump();
}

void ListResolver::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    m_running = false;
    m_queue.clear();
    const auto reading = m_reading;
    m_reading.clear();
    for (const QPointer<TokenExporter> &reader : reading) {
        if (reader) {
            reader->disconnect(this);
            reader->cancel();
            reader->deleteLater();
        }
    }
    for (ListLineResult &result : m_results) {
        if (result.state == ListLineResult::State::Checking)
            result.state = ListLineResult::State::NotChecked;
    }
}

void ListResolver::pump()
{
    // A line's reader asks its first page as soon as the window has room: lines start while it
    // has, never more of them than the window (each holds at most its pages in flight).
    const ConcurrencyControl *window = m_api->concurrency();
    while (m_running && m_reading.size() < window->window() && window->hasRoom()
           && !m_queue.isEmpty()) {
        const int index = m_queue.takeFirst();
        const RevokeListLine &line = m_lines.at(index);
        if (m_api->sessionGeneration() != m_session) {
            // Signed out or in elsewhere: not read with another session.
            ListLineResult failed;
            failed.state = ListLineResult::State::Failed;
            failed.error = ApiError::sessionEnded();
            if (settle(index, failed))
                return;
            continue;
        }
        auto *reader = new TokenExporter(m_api, this);
        m_reading.insert(index, reader);
        connect(reader, &TokenExporter::finished, this,
                [this, index, reader] { onRead(index, reader); });
        // The server's filter is a case-insensitive substring: the names without their
        // spaces find the exact matches, those that differ only in case, and those the line
        // may have meant without its spaces.
        ListQuery query;
        if (line.kind != RevokeListLine::Kind::Client)
            query.usernameFilter = line.trimmedUsername();
        if (line.kind != RevokeListLine::Kind::User)
            query.clientIdFilter = line.trimmedClientId();
        query.sort = {{TokenField::Username, Qt::AscendingOrder},
                      {TokenField::ClientId, Qt::AscendingOrder}};
        reader->collect(query);
    }
}

void ListResolver::onRead(int index, TokenExporter *reader)
{
    if (m_reading.value(index) != reader)
        return;
    m_reading.remove(index);
    reader->deleteLater();
    const RevokeListLine &line = m_lines.at(index);
    ListLineResult result;
    if (m_api->sessionGeneration() != m_session) {
        result.state = ListLineResult::State::Failed;
        result.error = ApiError::sessionEnded();
    } else if (!reader->succeeded()) {
        result.state = ListLineResult::State::Failed;
        result.error = reader->error();
    } else {
        for (const TokenKey &key : reader->collected()) {
            if (matchesExactly(line, key))
                result.matches.append(key);
            else if (matchesWithoutSpaces(line, key))
                result.withoutSpaces.append(key);
            else if (matchesIgnoringCase(line, key))
                result.caseOnly.append(key);
        }
        result.state = result.matches.isEmpty() ? ListLineResult::State::NoneFound
                                                : ListLineResult::State::Found;
    }
    if (!settle(index, result))
        pump();
}

bool ListResolver::settle(int index, const ListLineResult &result)
{
    QList<int> done {index};
    done += m_repeats.value(index);
    for (const int i : std::as_const(done)) {
        const int sameAs = m_results.at(i).sameAsLine;
        m_results[i] = result;
        m_results[i].sameAsLine = sameAs;
        ++m_checked;
        if (result.state == ListLineResult::State::Failed)
            ++m_failed;
        emit lineResolved(i);
    }
    emit progress(m_checked, m_toCheck);
    if (m_checked >= m_toCheck) {
        m_running = false;
        emit finished();
        return true;
    }
    return false;
}
