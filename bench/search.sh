#!/usr/bin/env bash
# Search latency of GET /api/search over the shared FRUS volumes, for a fixed query mix.
#
#   bench/search.sh            (ROUNDS=100 by default; WARMUP=20 rounds are run first and not counted)
#
# Imports the three shared volumes into a fresh embedded database (which indexes them), starts the archive,
# then asks each query of the mix ROUNDS times, one request at a time, and prints the median and 95th
# percentile of the request time (as curl measures it) for each query and for the whole mix.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/cable-archive.jar ] || ./mvnw -B -q -DskipTests package
rounds=${ROUNDS:-100}
warmup=${WARMUP:-20}
port=${PORT:-18080}
work=$(mktemp -d)
app=""
cleanup() { [ -n "$app" ] && kill "$app" 2>/dev/null && wait "$app" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
echo "Importing the shared volumes into a fresh database…"
ARCHIVE_DATA_DIR="$work/data" java -jar target/cable-archive.jar import ../shared/fixtures/frus/*.xml >/dev/null 2>&1
ARCHIVE_DATA_DIR="$work/data" ARCHIVE_DEMO_CONTENT= PORT=$port java -Xmx512m ${BENCH_JAVA_OPTS:-} -jar target/cable-archive.jar >"$work/app.log" 2>&1 &
app=$!
for _ in $(seq 1 180); do
  curl -sf "http://localhost:$port/actuator/health" >/dev/null && break
  sleep 1
done
base="http://localhost:$port/api/search"
# Wait until the index has settled (a rebuild at start, if any, has finished): the same count three times running.
last=""; same=0
for _ in $(seq 1 300); do
  now=$(curl -s "$base" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')
  if [ "$now" = "$last" ] && [ "$now" != "0" ]; then same=$((same + 1)); else same=0; fi
  [ "$same" -ge 3 ] && break
  last=$now; sleep 1
done
person=$(curl -s "$base?q=Soviet" | python3 -c 'import json,sys; f=json.load(sys.stdin)["facets"]["person"]; print(f[0]["value"] if f else "")')
declare -A mix=(
  [common-word]="q=Soviet"
  [rare-word]="q=Lhasa"
  [phrase]="q=%22Secretary+of+State%22"
  [two-facets]="q=government&type=TELEGRAM&classification=SECRET"
  [date-range]="q=Embassy&from=1951-01&to=1951-06"
  [person]="person=$person"
)
total=$(curl -s "$base" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')
echo "Index holds $total public documents. $warmup warm-up rounds, then $rounds rounds of ${#mix[@]} queries."
for _ in $(seq 1 "$warmup"); do
  for q in "${mix[@]}"; do curl -s -o /dev/null "$base?$q"; done
done
: >"$work/all"
for name in common-word rare-word phrase two-facets date-range person; do
  q=${mix[$name]}
  for _ in $(seq 1 "$rounds"); do
    curl -s -o /dev/null -w '%{time_total}\n' "$base?$q"
  done >"$work/$name"
  cat "$work/$name" >>"$work/all"
  hits=$(curl -s "$base?$q" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')
  sort -n "$work/$name" | awk -v name="$name" -v hits="$hits" '{ t[NR] = $1 * 1000 } END {
    printf "%-12s %6d hits   median %6.1f ms   p95 %6.1f ms\n", name, hits, t[int((NR + 1) / 2)], t[int(NR * 0.95 + 0.5)] }'
done
sort -n "$work/all" | awk '{ t[NR] = $1 * 1000 } END {
  printf "%-12s %6s        median %6.1f ms   p95 %6.1f ms   (%d requests)\n", "whole mix", "", t[int((NR + 1) / 2)], t[int(NR * 0.95 + 0.5)], NR }'
