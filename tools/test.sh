#!/usr/bin/env bash
# The README's test command: installs what is needed, builds with warnings as errors, and
# runs every test under CTest (GUI tests offscreen).
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${KNETIK_BUILD_DIR:-$top/build}
"$top/tools/install-deps.sh"
"$top/tools/build.sh" -DKNETIK_WERROR=ON -DKNETIK_BUILD_TESTS=ON
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
chmod 700 "$XDG_RUNTIME_DIR"
cd "$build"
ctest --output-on-failure --parallel "$(nproc)" --timeout 300
