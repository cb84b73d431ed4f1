#include "BuildInfo.h"

#include "knetik_commit.h" // written at build time (cmake/BuildCommit.cmake)

namespace BuildInfo {

QString version()
{
    return QStringLiteral(KNETIK_VERSION);
}

QString commit()
{
    return QStringLiteral(KNETIK_COMMIT);
}

QString versionText()
{
    const QString built = commit();
    return built.isEmpty() ? version() : QStringLiteral("%1 (commit %2)").arg(version(), built);
}

} // namespace BuildInfo
