#!/usr/bin/env bash
# Runs every benchmark at its full size with --check and prints one table:
#   figure | target | measured | pass/FAIL
# Exits non-zero when a target is missed or a benchmark fails. Not part of CI (timings on a
# shared CI machine are noise); run it on a quiet machine:
#   tools/bench.sh            # builds into build-bench/ (Release) first
# Takes about 5 minutes on 2 cores (the 10,000-token revoke alone takes 40 s).
set -uo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${KNETIK_BENCH_BUILD_DIR:-$top/build-bench}
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
chmod 700 "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES='qt.qpa.*=false'

"$top/tools/install-deps.sh" >/dev/null || exit 1
KNETIK_BUILD_DIR=$build KNETIK_BUILD_TYPE=Release "$top/tools/build.sh" -DKNETIK_BUILD_TESTS=ON \
    >"$build.log" 2>&1 || { echo "bench: the build failed, see $build.log" >&2; exit 1; }

benches=(
    "bench_tokenpage --check targets"
    "bench_sandbox --check"
    "bench_revoke --check"
    "bench_revoke --check --all-matching --tokens 10000"
    "bench_export --check"
    "bench_soak --check"
    "bench_http2 --check"
    "bench_pace --check"
    "bench_stats --check"
    "bench_charts --check"
)
results=$(mktemp)
failed=0
index=0
for bench in "${benches[@]}"; do
    index=$((index + 1))
    name="${bench%% *}.$index"
    echo "== $bench" >&2
    # shellcheck disable=SC2086 # the arguments are words
    if ! "$build/tests/bench/"$bench >"$results.$name" 2>&1; then
        failed=1
        echo "   $name exited with an error" >&2
    fi
    sed -n 's/^RESULT //p' "$results.$name" >>"$results"
    grep -q '^RESULT ' "$results.$name" || { failed=1; echo "   $name printed no result" >&2; }
done

printf '\n%-58s | %-18s | %-12s | %s\n' figure target measured result
printf -- '-%.0s' {1..100}; echo
while IFS='|' read -r figure target measured verdict; do
    printf '%-58s | %-18s | %-12s | %s\n' "$(echo $figure)" "$(echo $target)" "$(echo $measured)" "$(echo $verdict)"
    [[ $(echo $verdict) == pass ]] || failed=1
done <"$results"
rm -f "$results" "$results".*
# knetik-tokens end to end, as processes (figures, no targets; fails if a step fails).
echo
"$top/tests/bench/cli.sh" "$build" || failed=1
exit $failed
