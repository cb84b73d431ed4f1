#pragma once

#include "ApiCall.h"
#include "TokenTypes.h"

#include <QObject>

class ConcurrencyControl;
class TokenExporter;
class TokensApi;

// Finds every token of one username (or one client id) exactly, through the list endpoint.
// The server's filter matches substrings, so every page of the filtered list is read and only
// exact matches are kept: "ada" must not count "adam". The pages are read as an export reads
// them (TokenExporter::collect: several at once, adapting over HTTP/2, a row that moves across
// a page boundary kept once).
class TokenMatchCounter : public QObject
{
    Q_OBJECT

public:
    TokenMatchCounter(TokensApi *api, TokenField field, const QString &value,
                      QObject *parent = nullptr);
    ~TokenMatchCounter() override;

    void start();
    // Stops reading; neither finished() nor failed() follows.
    void cancel();
    const QList<TokenKey> &matches() const { return m_matches; }
    // Tokens whose name matches only when case is ignored ("åsa" for "Åsa"): not revoked by
    // this console's exact DELETE on the sandbox, but some servers would delete them too.
    const QList<TokenKey> &caseOnlyMatches() const { return m_caseOnly; }
    qint64 pagesRead() const { return m_pagesRead; }
    // Rows the server listed for the filter that do not contain the name (ignoring case): a
    // server that ignores the filter or reads it otherwise. Never counted, said in the note.
    qint64 notMatchingFilter() const { return m_notMatching; }
    // What to tell the admin of them; empty when there were none.
    QString notMatchingNote() const;
    // At most how many pages at once (the cap of "Requests at Once").
    void setParallel(int parallel);
    const ConcurrencyControl *concurrency() const;

signals:
    void progress(qint64 pagesRead, qint64 totalPages);
    void finished();
    void failed(const ApiError &error);

private:
    TokenField m_field;
    QString m_value;
    TokenExporter *m_reader;
    QList<TokenKey> m_matches;
    QList<TokenKey> m_caseOnly;
    qint64 m_pagesRead = 0;
    qint64 m_notMatching = 0;
};
