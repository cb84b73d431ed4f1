#pragma once

#include "ApiCall.h"
#include "TokenTypes.h"

#include <QObject>
#include <QPointer>

class TokensApi;

// Finds every token of one username (or one client id) exactly, through the list endpoint.
// The server's filter matches substrings, so every page of the filtered list is read and only
// exact matches are kept: "ada" must not count "adam".
class TokenMatchCounter : public QObject
{
    Q_OBJECT

public:
    static constexpr int PageSize = 1000;

    TokenMatchCounter(TokensApi *api, TokenField field, const QString &value,
                      QObject *parent = nullptr);
    ~TokenMatchCounter() override;

    void start();
    void cancel();
    const QList<TokenKey> &matches() const { return m_matches; }
    // Tokens whose name matches only when case is ignored ("åsa" for "Åsa"): not revoked by
    // this console's exact DELETE on the sandbox, but some servers would delete them too.
    const QList<TokenKey> &caseOnlyMatches() const { return m_caseOnly; }
    qint64 pagesRead() const { return m_page - 1; }

signals:
    void progress(qint64 pagesRead, qint64 totalPages);
    void finished();
    void failed(const ApiError &error);

private:
    void fetchPage();

    TokensApi *m_api;
    TokenField m_field;
    QString m_value;
    QList<TokenKey> m_matches;
    QList<TokenKey> m_caseOnly;
    QPointer<ApiCall> m_call;
    int m_page = 1;
};
