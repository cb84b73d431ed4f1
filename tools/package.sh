#!/usr/bin/env bash
# Builds the Debian package: knetik-token-console_<version>_amd64.deb with the three programs
# (knetik-token-console, knetik-tokens with its manual page, knetik-sandbox), the desktop file, the icon, the AppStream metainfo,
# the documentation; the translations are compiled into the console. Dependencies are declared
# from the libraries the programs link (dpkg-shlibdeps), plus Qt's platform plugins.
#   tools/package.sh            builds a Release build in build-package/ and packages it
#   tools/package.sh BUILD_DIR  packages an existing build (configured with
#                               -DCMAKE_INSTALL_PREFIX=/usr, as tools/test.sh's is)
# Prints the package's path on standard output.
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

"$top/tools/install-deps.sh" >&2
if [[ $# -ge 1 ]]; then
    build=$(cd "$1" && pwd)
else
    build=${KNETIK_PACKAGE_BUILD_DIR:-$top/build-package}
    # Installed under /usr: Help > About links to the documentation there.
    KNETIK_BUILD_DIR=$build KNETIK_BUILD_TYPE=Release "$top/tools/build.sh" \
        -DKNETIK_BUILD_TESTS=OFF -DKNETIK_SANITIZE=OFF -DCMAKE_INSTALL_PREFIX=/usr >&2
fi
prefix=$(sed -n 's/^CMAKE_INSTALL_PREFIX:PATH=//p' "$build/CMakeCache.txt")
if [[ $prefix != /usr ]]; then
    echo "package.sh: $build installs under $prefix, not /usr" >&2
    exit 1
fi
rm -f "$build"/knetik-token-console_*.deb
(cd "$build" && cpack -G DEB >&2)
ls "$build"/knetik-token-console_*_"$(dpkg --print-architecture)".deb
