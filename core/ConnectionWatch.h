#pragma once

#include <QHash>
#include <QObject>
#include <QString>

class QNetworkAccessManager;
class QNetworkRequest;
class QUrl;

// Which connection to an origin new requests go on, so that none waits on one that is ending.
//
// A server ends an HTTP/2 connection with GOAWAY (nginx after keepalive_requests, 1,000 by
// default; any front on a reload). The streams above the GOAWAY's last stream id were not
// processed (RFC 9113 section 6.8) and Qt fails them at once (ContentReSendError); but Qt 6.4
// silently drops a request started on that connection between the GOAWAY and its close, and
// the request then waits for its transfer timeout (30 s) without a word. Qt keeps one HTTP/2
// connection per origin and peer verification name, so the watch moves new requests to a new
// connection by alternating the request's peer verification name between none and the host
// itself (the same name to verify the certificate against either way): the old connection
// finishes what it took and closes, and the calls it held without sending them are sent again
// (ApiCall). One watch per QNetworkAccessManager (of()); widget-free.
class ConnectionWatch : public QObject
{
    Q_OBJECT

public:
    // The watch of manager, made on first use (a child of it).
    static ConnectionWatch *of(QNetworkAccessManager *manager);

    // Puts request on the origin's current connection; returns that connection's generation.
    int prepare(QNetworkRequest &request);
    // The connection of that generation is ending (GOAWAY, or a request it never sent): new
    // requests go on a new one. Later reports of the same generation change nothing.
    void goingAway(const QUrl &url, int generation);
    // An answer from the origin came over HTTP/2: a request not sent within a second there is
    // held by an ending connection (over HTTP/1.1 requests wait for a free connection).
    void answeredOverHttp2(const QUrl &url);
    bool isHttp2(const QUrl &url) const;
    int generation(const QUrl &url) const;
    // How many times requests moved to a new connection (all origins).
    int recycledCount() const { return m_recycled; }

    static QString originOf(const QUrl &url);

signals:
    // New requests to origin go on the connection of generation from now on.
    void recycled(const QString &origin, int generation);

private:
    explicit ConnectionWatch(QNetworkAccessManager *manager);

    struct Origin
    {
        int generation = 0;
        bool http2 = false;
    };
    QHash<QString, Origin> m_origins;
    int m_recycled = 0;
};
