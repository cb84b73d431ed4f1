#pragma once

#include "ServerProfiles.h"

#include <QLabel>

// A coloured strip naming the server and its environment in words ("PRODUCTION · EU Prod ·
// api.example.com"), above the table and in every revoke window: the colour catches the eye,
// the words say it to those who cannot tell the colours apart and to screen readers.
class EnvironmentStrip : public QLabel
{
    Q_OBJECT

public:
    explicit EnvironmentStrip(QWidget *parent = nullptr);

    void setServer(const ServerProfile &server);
    const ServerProfile &server() const { return m_server; }
    // The words of the strip for server.
    static QString describe(const ServerProfile &server);
    // Black or white, whichever reads better on colour.
    static QString textColourOn(const QString &colour);

private:
    ServerProfile m_server;
};
