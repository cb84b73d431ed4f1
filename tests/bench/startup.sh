#!/usr/bin/env bash
# Time from launching `knetik-token-console --demo` to its first page on screen (median of N
# runs, under Xvfb). Target: within 1 s on the 2-core machine.
#   tests/bench/startup.sh [BUILD_DIR] [RUNS]
set -euo pipefail
build=${1:-build}
runs=${2:-7}
command -v Xvfb >/dev/null || { echo "startup.sh: needs xvfb (apt-get install xvfb)" >&2; exit 2; }
display=:$((200 + RANDOM % 300))
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
sleep 1
export DISPLAY=$display QT_QPA_PLATFORM=xcb XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
export XDG_CONFIG_HOME=$(mktemp -d) # a fresh settings file each run
times=()
for _ in $(seq "$runs"); do
    start=$(date +%s%3N)
    shown=$("$build/knetik-token-console" --demo --startup-probe | awk '/first-page-shown-at-ms/ {print $2}')
    times+=($((shown - start)))
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "launch to first page (ms): ${times[*]}"
echo "median: ${sorted[$((runs / 2))]} ms"
