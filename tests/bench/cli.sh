#!/usr/bin/env bash
# knetik-tokens against a knetik-sandbox process on 127.0.0.1: how long list --all, export and
# revoke take, and the program's peak memory (GNU time's maximum resident set size).
#   tests/bench/cli.sh [BUILD_DIR] [TOKENS] [LATENCY_MS]
# Defaults: build, 100000 tokens, 20 ms added to every answer (as bench_http2). Prints one line
# per step; exits 1 when a step failed.
set -euo pipefail
build=$(cd "${1:-build}" && pwd)
tokens=${2:-100000}
latency=${3:-20}
[[ -x /usr/bin/time ]] || { echo "cli.sh: needs GNU time (apt-get install time)" >&2; exit 2; }
tmp=$(mktemp -d)
export HOME=$tmp XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data XDG_RUNTIME_DIR=$tmp
unset DBUS_SESSION_BUS_ADDRESS
cleanup() { [[ -n ${sandbox:-} ]] && kill "$sandbox" 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT
"$build/knetik-sandbox" --port 0 --tokens "$tokens" --latency-ms "$latency" >"$tmp/sandbox" 2>&1 &
sandbox=$!
for _ in $(seq 600); do grep -q "admin access token" "$tmp/sandbox" && break; sleep 0.1; done
url=$(sed -n 's/^Knetik sandbox listening on //p' "$tmp/sandbox")
token=$(sed -n 's/^admin access token: //p' "$tmp/sandbox")
[[ -n $url && -n $token ]] || { echo "cli.sh: the sandbox did not start" >&2; exit 1; }

# step NAME ARGS...: runs knetik-tokens with the token on standard input, output to $tmp/out.
step() {
    local name=$1
    shift
    local start end
    start=$(date +%s%N)
    if ! echo "$token" | /usr/bin/time -f "%M" -o "$tmp/rss" \
        "$build/knetik-tokens" --base-url "$url" --token-stdin "$@" >"$tmp/out" 2>"$tmp/err"; then
        echo "cli.sh: $name failed: $(tail -3 "$tmp/err")" >&2
        exit 1
    fi
    end=$(date +%s%N)
    printf '%-44s %7.2f s  %6d MB peak RSS\n' "$name" "$(((end - start) / 1000000))e-3" \
        "$(($(cat "$tmp/rss") / 1024))"
}

echo "knetik-tokens, $tokens tokens, ${latency} ms latency, HTTP/1.1 on 127.0.0.1"
step "list --size 25" list --format json
step "list --all (JSON)" list --all --format json
[[ $(grep -c '"username"' "$tmp/out") -eq $tokens ]] || { echo "cli.sh: list --all lost rows" >&2; exit 1; }
step "export (CSV, to a file)" export -o "$tmp/tokens.csv"
[[ $(($(wc -l <"$tmp/tokens.csv") - 1)) -eq $tokens ]] || { echo "cli.sh: export lost rows" >&2; exit 1; }
# 1,000 pairs: arguments (the own token is looked for with a GET per pair: a pasted token).
mapfile -t pairs < <(tail -n +2 "$tmp/tokens.csv" | grep -v '"admin","knetik-admin"' | head -1000 |
    python3 -c 'import csv,sys; [print(f) for r in csv.reader(sys.stdin) for f in r]')
step "revoke 1,000 pairs (arguments)" revoke --yes=1000 --format json "${pairs[@]}"
revoked() { python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["summary"]["revoked"])' "$tmp/out"; }
[[ $(revoked) -eq 1000 ]] || { echo "cli.sh: not every pair was revoked" >&2; exit 1; }
# A list file of 200 users: each line read exactly, then its tokens revoked one by one.
python3 -c '
import csv, sys
seen = []
for r in list(csv.reader(open(sys.argv[1])))[2001:]:
    u = r[0].lstrip("\x27")
    if u not in seen and u.strip() == u and u != "admin" and not u.startswith(("#", "client:", "user:")) and "," not in u and "\t" not in u:
        seen.append(u)
    if len(seen) == 200:
        break
print("\n".join("user:" + u for u in seen))' "$tmp/tokens.csv" >"$tmp/list.txt"
step "revoke --from-file (200 users), dry run" revoke --from-file "$tmp/list.txt" --dry-run --format json
count=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["tokens"])' "$tmp/out")
step "revoke --from-file (200 users, $count tokens)" revoke --from-file "$tmp/list.txt" --yes="$count" --format json
[[ $(revoked) -eq $count ]] || { echo "cli.sh: the list was not revoked" >&2; exit 1; }
