#include "OwnTokenFinder.h"

#include "TokensApi.h"

OwnTokenFinder::OwnTokenFinder(TokensApi *api, QObject *parent)
    : QObject(parent), m_api(api), m_control(api->concurrency())
{
    // A Retry-After held every new read: when it ends, the reading goes on.
    connect(m_control, &ConcurrencyControl::released, this, &OwnTokenFinder::sendMore);
}

void OwnTokenFinder::setRequestsAtOnce(int cap)
{
    m_control->setCap(qBound(1, cap, ConcurrencyControl::MaxLimit));
}

OwnTokenFinder::~OwnTokenFinder()
{
    cancel();
}

void OwnTokenFinder::start(const QList<TokenKey> &keys)
{
    cancel();
    m_keys = keys;
    m_next = 0;
    m_found.reset();
    m_checked = 0;
    m_failed = 0;
    m_lastError.clear();
    m_running = true;
    m_session = m_api->sessionGeneration();
    if (m_keys.isEmpty()) {
        finish();
        return;
    }
    sendMore();
}

void OwnTokenFinder::cancel()
{
    const QList<QPointer<ApiCall>> calls = std::exchange(m_calls, {});
    for (const QPointer<ApiCall> &call : calls) {
        if (call)
            call->abandon();
    }
    m_running = false;
}

void OwnTokenFinder::sendMore()
{
    while (m_running && !m_found && m_control->hasRoom() && m_next < m_keys.size()) {
        const TokenKey key = m_keys[m_next++];
        GetTokenCall *call = m_api->getToken(key);
        m_control->track(call);
        m_calls.append(call);
        connect(call, &ApiCall::finished, this, [this, call, key] {
            m_calls.removeAll(call);
            ++m_checked;
            if (m_api->sessionGeneration() != m_session) {
                // Another session now: its token is not the one asked about, and nothing more
                // is read for the old one. What was not read is unchecked.
                m_failed += int(m_keys.size()) - m_checked + 1;
                m_lastError = tr("the session changed");
                finish();
                return;
            }
            if (call->error()) {
                // No such token (revoked meanwhile) cannot be the one in use.
                if (call->error().kind() != ApiError::Kind::NotFound) {
                    ++m_failed;
                    m_lastError = call->error().message();
                }
            } else if (m_api->isOwnToken(call->value().token)) {
                m_found = key;
            }
            emit progress(m_checked, int(m_keys.size()));
            if (m_found || (m_calls.isEmpty() && m_next >= m_keys.size()))
                finish();
            else
                sendMore();
        });
    }
}

void OwnTokenFinder::finish()
{
    if (!m_running)
        return;
    cancel(); // the rest are not needed once the own token is found
    emit finished();
}
