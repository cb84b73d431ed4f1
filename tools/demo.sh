#!/usr/bin/env bash
# Installs, builds and starts the console against an in-process demo sandbox.
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${KNETIK_BUILD_DIR:-$top/build}
"$top/tools/install-deps.sh"
"$top/tools/build.sh"
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
chmod 700 "$XDG_RUNTIME_DIR"
exec "$build/knetik-token-console" --demo "$@"
