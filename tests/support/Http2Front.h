#pragma once

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

// nginx in front of a sandbox, as real API servers sit behind TLS front ends: HTTP/2 on one
// port, HTTP/1.1 only on another, both TLS with a certificate of a test CA made at start
// (tests/support/http2-front.sh). Started and stopped by the test or bench that needs it.
class Http2Front
{
public:
    ~Http2Front() { stop(); }

    // Whether nginx is there to start (Debian package nginx-light).
    static bool available(QString *why)
    {
        if (!QStandardPaths::findExecutable(
                 QStringLiteral("nginx"), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")})
                 .isEmpty())
            return true;
        *why = QStringLiteral("nginx is not installed (Debian package nginx-light; "
                              "tools/install-deps.sh installs it)");
        return false;
    }

    // keepaliveRequests: nginx's keepalive_requests (0: its default, 1,000): after that many
    // requests it ends a connection, an HTTP/2 one with GOAWAY.
    bool start(quint16 upstreamPort, QString *error, int keepaliveRequests = 0)
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_h2Port = freePort();
        m_h1Port = freePort();
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::MergedChannels);
        m_process->start(QStringLiteral(KNETIK_HTTP2_FRONT),
                         {m_dir->path(), QString::number(upstreamPort), QString::number(m_h2Port),
                          QString::number(m_h1Port),
                          keepaliveRequests > 0 ? QString::number(keepaliveRequests) : QString()});
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 20000) {
            if (m_process->state() == QProcess::NotRunning) {
                *error = QStringLiteral("the front did not start: ")
                    + QString::fromLocal8Bit(m_process->readAll());
                return false;
            }
            if (accepts(m_h2Port) && accepts(m_h1Port))
                return true;
            QTest::qWait(50);
        }
        *error = QStringLiteral("the front did not listen within 20 s: ")
            + QString::fromLocal8Bit(m_process->readAll());
        stop();
        return false;
    }

    void stop()
    {
        if (!m_process || m_process->state() == QProcess::NotRunning)
            return;
        m_process->terminate();
        if (!m_process->waitForFinished(5000))
            m_process->kill();
        m_process->waitForFinished(2000);
    }

    QUrl http2Url() const { return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_h2Port)); }
    QUrl http1Url() const { return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_h1Port)); }
    // The test CA to trust (--ca-file).
    QString caFile() const { return m_dir->filePath(QStringLiteral("ca.pem")); }

private:
    static quint16 freePort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        return probe.serverPort();
    }
    static bool accepts(quint16 port)
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        return socket.waitForConnected(200);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_process;
    quint16 m_h2Port = 0;
    quint16 m_h1Port = 0;
};
