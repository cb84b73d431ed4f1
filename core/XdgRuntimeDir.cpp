#include "XdgRuntimeDir.h"

#include <QtGlobal>

#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
#include <cerrno>
#include <cstdlib>
#include <string>
#include <sys/stat.h>
#include <unistd.h>
#endif

void ensureXdgRuntimeDir()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    const char *current = std::getenv("XDG_RUNTIME_DIR");
    if (current && *current)
        return;
    const char *tmp = std::getenv("TMPDIR");
    const std::string base = tmp && *tmp ? tmp : "/tmp";
    // The same directory on every start rather than a new one each time, but only if it is
    // really ours: lstat, so that a symbolic link someone else put there is refused. In a
    // sticky /tmp nobody else can replace it between the check and our use.
    const std::string own = base + "/runtime-" + std::to_string(geteuid());
    if (::mkdir(own.c_str(), 0700) == 0 || errno == EEXIST) {
        struct stat info;
        if (::lstat(own.c_str(), &info) == 0 && S_ISDIR(info.st_mode) && info.st_uid == geteuid()
            && (info.st_mode & 07777) == 0700) {
            ::setenv("XDG_RUNTIME_DIR", own.c_str(), 1);
            return;
        }
    }
    // Taken by someone else, or the wrong mode: a fresh one (mkdtemp makes it 0700). If even
    // that fails it stays unset, and Qt's warning is then the right thing.
    std::string fresh = own + "-XXXXXX";
    if (::mkdtemp(fresh.data()))
        ::setenv("XDG_RUNTIME_DIR", fresh.c_str(), 1);
#endif
}
