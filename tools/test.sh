#!/usr/bin/env bash
# The README's test command: installs what is needed, checks the formatting (clang-format),
# builds with warnings as errors and runs every test under CTest (GUI tests offscreen), builds
# the Debian package from that build and checks it installs, validates and runs; then the whole
# suite again built with AddressSanitizer and UndefinedBehaviorSanitizer, and each libFuzzer
# target for 60 s.
#   tools/test.sh            everything (what CI runs)
#   tools/test.sh --quick    the normal build and suite only
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${KNETIK_BUILD_DIR:-$top/build}
quick=0
[[ ${1:-} == --quick ]] && quick=1
fuzz_seconds=${KNETIK_FUZZ_SECONDS:-60}

"$top/tools/install-deps.sh"
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
chmod 700 "$XDG_RUNTIME_DIR"
started=$SECONDS

# Runs CTest in a build folder. An empty selection fails (--no-tests=error), and under CI=true
# so does any skipped test: in CI every test must really run (tools/install-deps.sh installs
# what each one needs).
run_ctest() {
    local dir=$1 timeout=$2 log
    log=$(mktemp)
    (cd "$dir" && ctest --output-on-failure --no-tests=error --parallel "$(nproc)" \
        --timeout "$timeout") | tee "$log"
    if [[ ${CI:-} == true ]] && grep -q "(Skipped)" "$log"; then
        echo "tools/test.sh: tests were skipped, and CI allows none:" >&2
        grep "(Skipped)" "$log" >&2
        rm -f "$log"
        return 1
    fi
    rm -f "$log"
}

echo "== formatting (clang-format, .clang-format)"
(
    cd "$top"
    mapfile -t sources < <(git ls-files '*.cpp' '*.h' 2>/dev/null)
    if [[ ${#sources[@]} -eq 0 ]]; then # not a git checkout of this project
        mapfile -t sources < <(find app ui sandbox tests -name '*.cpp' -o -name '*.h')
    fi
    if ! clang-format --dry-run --Werror "${sources[@]}"; then
        echo "tools/test.sh: unformatted files (fix: clang-format -i \$(git ls-files '*.cpp' '*.h'))" >&2
        exit 1
    fi
)

echo "== layers (which folder includes which, docs/architecture.md)"
"$top/tools/check-layers.sh"

echo "== build and test"
# Configured for /usr: the package below is made from this build.
"$top/tools/build.sh" -DKNETIK_WERROR=ON -DKNETIK_BUILD_TESTS=ON -DKNETIK_SANITIZE=OFF \
    -DCMAKE_INSTALL_PREFIX=/usr
run_ctest "$build" 600
if [[ $quick == 1 ]]; then
    exit 0
fi

echo "== the Debian package: build, unpack into a throwaway root, validate, run"
deb=$("$top/tools/package.sh" "$build")
"$top/tools/check-package.sh" "$deb"

echo "== build and test with AddressSanitizer and UndefinedBehaviorSanitizer"
KNETIK_BUILD_DIR=$top/build-asan KNETIK_BUILD_TYPE=Debug \
    "$top/tools/build.sh" -DKNETIK_WERROR=ON -DKNETIK_BUILD_TESTS=ON -DKNETIK_SANITIZE=ON
(
    export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
    export LSAN_OPTIONS=suppressions=$top/tests/support/lsan.supp
    export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
    # Qt's own event dispatcher, not glib's: with glib's, every slot runs below
    # g_main_context_dispatch, and the glib suppression would hide leaks in our own slots
    # (tst_leakcheck proves they are seen).
    export QT_NO_GLIB=1
    run_ctest "$top/build-asan" 900
)

echo "== fuzz each target for ${fuzz_seconds} s"
"$top/tests/fuzz/run.sh" "$fuzz_seconds"
echo "tools/test.sh: everything passed in $((SECONDS - started)) s"
