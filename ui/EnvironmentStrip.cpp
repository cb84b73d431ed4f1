#include "EnvironmentStrip.h"

#include <QColor>

EnvironmentStrip::EnvironmentStrip(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("environmentStrip"));
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    QFont bold = font();
    bold.setBold(true);
    setFont(bold);
    hide(); // until there is a server
}

QString EnvironmentStrip::describe(const ServerProfile &server)
{
    const QString where = server.baseUrl.toDisplayString();
    if (!server.isSaved())
        return server.needsNameTyped()
            ? tr("%1 · %2 · treated as production")
                  .arg(ServerProfile::environmentName(server.environment).toUpper(), where)
            : tr("%1 · %2 · on this computer")
                  .arg(ServerProfile::environmentName(server.environment).toUpper(), where);
    return tr("%1 · %2 · %3")
        .arg(ServerProfile::environmentName(server.environment).toUpper(), server.name, where);
}

QString EnvironmentStrip::textColourOn(const QString &colour)
{
    const QColor c(colour);
    // Relative luminance (sRGB, roughly): light backgrounds get black text.
    const double luminance = 0.2126 * c.redF() + 0.7152 * c.greenF() + 0.0722 * c.blueF();
    return luminance > 0.5 ? QStringLiteral("#000000") : QStringLiteral("#ffffff");
}

void EnvironmentStrip::setServer(const ServerProfile &server)
{
    m_server = server;
    const QString colour = server.effectiveColour();
    setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; padding: 4px 8px; "
                                 "border-radius: 3px; }")
                      .arg(colour, textColourOn(colour)));
    setText(describe(server));
    setAccessibleName(tr("Server environment"));
    setAccessibleDescription(text());
    setVisible(!server.baseUrl.isEmpty());
}
