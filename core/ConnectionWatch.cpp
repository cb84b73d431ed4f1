#include "ConnectionWatch.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QUrl>

ConnectionWatch::ConnectionWatch(QNetworkAccessManager *manager) : QObject(manager)
{
    // Qt warns of every stream a GOAWAY ended ("stream 201 finished with error"): each is sent
    // again here, so the warnings say nothing to the admin (QT_LOGGING_RULES still shows them).
    QLoggingCategory::setFilterRules(QStringLiteral("qt.network.http2.warning=false"));
}

ConnectionWatch *ConnectionWatch::of(QNetworkAccessManager *manager)
{
    if (auto *watch = manager->findChild<ConnectionWatch *>(QString(), Qt::FindDirectChildrenOnly))
        return watch;
    return new ConnectionWatch(manager);
}

QString ConnectionWatch::originOf(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return scheme + QStringLiteral("://") + url.host().toLower() + QLatin1Char(':')
        + QString::number(url.port(scheme == QLatin1String("https") ? 443 : 80));
}

int ConnectionWatch::prepare(QNetworkRequest &request)
{
    const QUrl url = request.url();
    // Only TLS connections carry HTTP/2 here (Qt does not try cleartext HTTP/2 by itself).
    if (url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) != 0)
        return 0;
    const int current = m_origins.value(originOf(url)).generation;
    if (current % 2 == 1)
        request.setPeerVerifyName(url.host());
    return current;
}

void ConnectionWatch::goingAway(const QUrl &url, int generation)
{
    if (url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) != 0)
        return;
    const QString origin = originOf(url);
    Origin &state = m_origins[origin];
    if (generation != state.generation)
        return; // already moved on
    ++state.generation;
    ++m_recycled;
    emit recycled(origin, state.generation);
}

void ConnectionWatch::answeredOverHttp2(const QUrl &url)
{
    m_origins[originOf(url)].http2 = true;
}

bool ConnectionWatch::isHttp2(const QUrl &url) const
{
    return m_origins.value(originOf(url)).http2;
}

int ConnectionWatch::generation(const QUrl &url) const
{
    return m_origins.value(originOf(url)).generation;
}
