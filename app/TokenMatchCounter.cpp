#include "TokenMatchCounter.h"

#include "TokensApi.h"

TokenMatchCounter::TokenMatchCounter(TokensApi *api, TokenField field, const QString &value,
                                     QObject *parent)
    : QObject(parent), m_api(api), m_field(field), m_value(value)
{ }

TokenMatchCounter::~TokenMatchCounter()
{
    cancel();
}

void TokenMatchCounter::start()
{
    cancel();
    m_matches.clear();
    m_caseOnly.clear();
    m_page = 1;
    fetchPage();
}

void TokenMatchCounter::cancel()
{
    if (m_call)
        m_call->abandon();
}

void TokenMatchCounter::fetchPage()
{
    ListQuery query;
    if (m_field == TokenField::Username)
        query.usernameFilter = m_value;
    else
        query.clientIdFilter = m_value;
    query.size = PageSize;
    query.page = m_page;
    // A stable order, so that pages neither skip nor repeat rows.
    query.sort
        = {{TokenField::Username, Qt::AscendingOrder}, {TokenField::ClientId, Qt::AscendingOrder}};
    ListTokensCall *call = m_api->listTokens(query);
    m_call = call;
    connect(call, &ApiCall::finished, this, [this, call] {
        m_call = nullptr;
        if (call->error()) {
            emit failed(call->error());
            return;
        }
        const TokenPage &page = call->value();
        for (const TokenKey &key : page.content) {
            const QString &name = m_field == TokenField::Username ? key.username : key.clientId;
            if (name == m_value)
                m_matches.append(key);
            else if (name.compare(m_value, Qt::CaseInsensitive) == 0)
                m_caseOnly.append(key);
        }
        emit progress(m_page, page.totalPages);
        if (page.last || page.content.isEmpty() || m_page >= page.totalPages) {
            ++m_page;
            emit finished();
            return;
        }
        ++m_page;
        fetchPage();
    });
}
