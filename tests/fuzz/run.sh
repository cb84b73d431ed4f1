#!/usr/bin/env bash
# Builds the libFuzzer targets with clang and runs each for SECONDS (default 60), starting
# from the checked-in seed corpus (copied, so the run does not change it).
#   tests/fuzz/run.sh [SECONDS]
set -euo pipefail
seconds=${1:-60}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
top=$(cd "$here/../.." && pwd)
build=${KNETIK_FUZZ_BUILD_DIR:-$top/build-fuzz}
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" --parallel "$(nproc)"
status=0
for target in page_decoder error_decoder sandbox_parsing; do
    work=$(mktemp -d)
    cp -r "$here/corpus/$target/." "$work/"
    echo "fuzz_$target: ${seconds} s from $(ls "$here/corpus/$target" | wc -l) seeds"
    if ! "$build/fuzz_$target" -max_total_time="$seconds" -print_final_stats=1 -rss_limit_mb=2048 \
            -artifact_prefix="$build/crash-$target-" "$work" 2>"$build/fuzz_$target.log"; then
        echo "fuzz_$target FAILED; the last lines of its log:"
        tail -40 "$build/fuzz_$target.log"
        status=1
    else
        grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "$build/fuzz_$target.log" | tr '\n' ' '
        echo
    fi
    rm -rf "$work"
done
exit $status
