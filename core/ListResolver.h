#pragma once

#include "ApiError.h"
#include "ConcurrencyControl.h"
#include "RevokeList.h"
#include "TokenTypes.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class TokenExporter;
class TokensApi;

// What the server has for one line of a list to revoke from.
struct ListLineResult
{
    enum class State { NotChecked, Checking, Found, NoneFound, Failed };
    State state = State::NotChecked;
    QList<TokenKey> matches; // exact: the tokens the line means
    QList<TokenKey> caseOnly; // match only when case is ignored ("Ada" for "ada"): not revoked
    QList<TokenKey> withoutSpaces; // match the names without their surrounding spaces: not revoked
    ApiError error; // Failed
    int sameAsLine = 0; // a repeat of this earlier line (its number): checked once
};

// Resolves the lines of a list against the server, each to its exact matches, through the
// list endpoint (filtered by the line's names, every page read, exact matches kept: the
// server's filter matches substrings and ignores case). As many lines at once as the session's
// window (TokensApi::concurrency()) has room for; a line
// repeated in the list is read once. Reads only with the session it started in: after a
// sign-in or sign-out the lines not yet read fail, and the results say which session they
// belong to.
class ListResolver : public QObject
{
    Q_OBJECT

public:
    // Lines at once over HTTP/1.1 (the window's six there).
    static constexpr int Parallel = ConcurrencyControl::Http1Limit;
    // Tokens > Requests at Once: never more requests at once than cap (1 to 64), lines and
    // their pages together.
    void setRequestsAtOnce(int cap);

    explicit ListResolver(TokensApi *api, QObject *parent = nullptr);
    ~ListResolver() override;

    void start(const QList<RevokeListLine> &lines);
    void cancel();
    bool isRunning() const { return m_running; }

    const QList<RevokeListLine> &lines() const { return m_lines; }
    // One per line, in the lines' order (NotChecked for blank, comment and malformed lines).
    const QList<ListLineResult> &results() const { return m_results; }
    int linesToCheck() const { return m_toCheck; }
    // Every target line was read (none failed, not cancelled).
    bool succeeded() const { return !m_running && !m_cancelled && m_failed == 0; }
    int linesFailed() const { return m_failed; }
    // The session (TokensApi::sessionGeneration()) the results were read with.
    quint64 session() const { return m_session; }

    // The tokens of a line, exactly: does key belong to line?
    static bool matchesExactly(const RevokeListLine &line, const TokenKey &key);
    static bool matchesIgnoringCase(const RevokeListLine &line, const TokenKey &key);
    static bool matchesWithoutSpaces(const RevokeListLine &line, const TokenKey &key);

signals:
    void lineResolved(int index);
    void progress(int checked, int toCheck);
    void finished();

private:
    void pump();
    void onRead(int index, TokenExporter *reader);
    // Records a line's result (and its repeats'); true when that was the last line.
    bool settle(int index, const ListLineResult &result);

    TokensApi *m_api;
    QList<RevokeListLine> m_lines;
    QList<ListLineResult> m_results;
    QList<int> m_queue; // line indexes to read, first first
    QHash<int, QPointer<TokenExporter>> m_reading; // line index -> its reader
    QHash<int, QList<int>> m_repeats; // line index -> later lines that repeat it
    int m_toCheck = 0;
    int m_checked = 0;
    int m_failed = 0;
    quint64 m_session = 0;
    bool m_running = false;
    bool m_cancelled = false;
};
