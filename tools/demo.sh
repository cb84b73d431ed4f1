#!/usr/bin/env bash
# Installs, builds and starts the console against an in-process demo sandbox. Builds only the
# console (no test, no benchmark) in a folder of its own (build-demo/, or $KNETIK_DEMO_BUILD_DIR),
# so that a first window comes quickly and tools/test.sh's build/ is left alone.
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${KNETIK_DEMO_BUILD_DIR:-$top/build-demo}
"$top/tools/install-deps.sh"
cmake -S "$top" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE="${KNETIK_BUILD_TYPE:-RelWithDebInfo}" \
    -DKNETIK_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" --target knetik-token-console --parallel "$(nproc)"
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
chmod 700 "$XDG_RUNTIME_DIR"
exec "$build/knetik-token-console" --demo "$@"
