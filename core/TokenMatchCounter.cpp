#include "TokenMatchCounter.h"

#include "TokenExporter.h"
#include "TokensApi.h"

#include <climits>

TokenMatchCounter::TokenMatchCounter(TokensApi *api, TokenField field, const QString &value,
                                     QObject *parent)
    : QObject(parent), m_field(field), m_value(value), m_reader(new TokenExporter(api, this))
{
    connect(m_reader, &TokenExporter::progress, this, [this](qint64, qint64 total) {
        // In the pages the server serves (it may serve fewer rows a page than asked).
        const qint64 served = qMax(1, m_reader->servedPageSize());
        m_pagesRead = m_reader->pagesRead();
        emit progress(m_pagesRead, qMax<qint64>(1, (total + served - 1) / served));
    });
    connect(m_reader, &TokenExporter::finished, this, [this] {
        if (m_reader->wasCancelled())
            return; // cancel(): nothing follows
        if (!m_reader->succeeded()) {
            emit failed(m_reader->error());
            return;
        }
        m_notMatching = m_reader->rowsRead() - m_reader->written();
        for (const TokenKey &key : m_reader->collected()) {
            const QString &name = m_field == TokenField::Username ? key.username : key.clientId;
            if (name == m_value)
                m_matches.append(key);
            else if (name.compare(m_value, Qt::CaseInsensitive) == 0)
                m_caseOnly.append(key);
        }
        m_pagesRead = m_reader->pagesRead();
        emit finished();
    });
}

TokenMatchCounter::~TokenMatchCounter()
{
    cancel();
}

QString TokenMatchCounter::notMatchingNote() const
{
    if (m_notMatching == 0)
        return {};
    return tr("The server also listed %Ln token(s) whose name does not contain \u201C%1\u201D (it "
              "may not support filtering): they are not counted.",
              nullptr, int(qMin<qint64>(m_notMatching, INT_MAX)))
        .arg(m_value);
}

void TokenMatchCounter::start()
{
    cancel();
    m_matches.clear();
    m_caseOnly.clear();
    m_pagesRead = 0;
    m_notMatching = 0;
    ListQuery query;
    if (m_field == TokenField::Username)
        query.usernameFilter = m_value;
    else
        query.clientIdFilter = m_value;
    // A stable order, so that pages neither skip nor repeat rows.
    query.sort
        = {{TokenField::Username, Qt::AscendingOrder}, {TokenField::ClientId, Qt::AscendingOrder}};
    m_reader->collect(query);
}

void TokenMatchCounter::cancel()
{
    m_reader->cancel();
}

void TokenMatchCounter::setParallel(int parallel)
{
    m_reader->setParallel(parallel);
}

const ConcurrencyControl *TokenMatchCounter::concurrency() const
{
    return m_reader->concurrency();
}
