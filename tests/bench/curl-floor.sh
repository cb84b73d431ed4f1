#!/usr/bin/env bash
# The floor of reading 1,000 pages of 1,000 tokens over HTTP/1.1 through the nginx front
# (tests/support/http2-front.sh, nginx's defaults) at 20 ms added latency with 6 connections,
# by curl, which does nothing with the pages: 6 curl processes, each reading every 6th page over
# one kept-alive connection; then one page's round trip. What bench_stats's HTTP/1.1 figure is
# to be compared with besides the paging bound (pages x latency / 6), which counts no server time.
#   tests/bench/curl-floor.sh [BUILD_DIR]     (ports 18471-18473 on 127.0.0.1)
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${1:-$top/build}
dir=$(mktemp -d)
$build/knetik-sandbox --tokens 1000000 --latency-ms 20 --port 18471 --admin-token bench-admin >$dir/sandbox.log 2>&1 &
sb=$!
bash $top/tests/support/http2-front.sh $dir/front 18471 18472 18473 >$dir/front.log 2>&1 &
fr=$!
trap 'kill $sb $fr 2>/dev/null; rm -rf $dir' EXIT
for i in $(seq 100); do curl -s -o /dev/null --cacert $dir/front/ca.pem https://127.0.0.1:18473/ 2>/dev/null && break; sleep 0.5; done
for i in $(seq 60); do code=$(curl -s -o /dev/null -w '%{http_code}' --cacert $dir/front/ca.pem -H 'Authorization: Bearer bench-admin' "https://127.0.0.1:18473/auth/tokens?size=1&page=1" || true); [[ $code == 200 ]] && break; sleep 1; done
[[ $code == 200 ]] || { echo "curl-floor: the sandbox or the front did not start" >&2; exit 1; }
one() { # every 6th page from $1
  local urls=()
  for ((p = $1; p <= 1000; p += 6)); do urls+=(-o /dev/null "https://127.0.0.1:18473/auth/tokens?size=1000&page=$p"); done
  curl -s --http1.1 --cacert $dir/front/ca.pem -H 'Authorization: Bearer bench-admin' "${urls[@]}"
}
start=$(date +%s.%N)
pids=()
for k in 1 2 3 4 5 6; do one $k & pids+=($!); done
wait "${pids[@]}"
end=$(date +%s.%N)
awk -v s="$start" -v e="$end" 'BEGIN { printf "6 curl connections, 1000 pages: %.2f s (paging bound 3.33 s)\n", e - s }'
# one page alone, sequentially, 20 times: the round trip of one page
urls=(); for p in $(seq 1 20); do urls+=(-o /dev/null "https://127.0.0.1:18473/auth/tokens?size=1000&page=$((p*40))"); done
curl -s --http1.1 -w '%{time_total}\n' --cacert $dir/front/ca.pem -H 'Authorization: Bearer bench-admin' "${urls[@]}" | sort -n | awk '{a[NR]=$1} END {print "one page over a kept connection, median of 20 (s):", a[int(NR/2)+1]}'
