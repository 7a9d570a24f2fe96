#!/usr/bin/env bash
# Search latency of GET /api/search, side by side with bare Lucene doing the same work over the same index.
#
#   bench/search.sh            (ROUNDS=100 by default; WARMUP=20 rounds are run first and not counted)
#   COPIES=20 bench/search.sh  (each shared volume imported 20 times under ids of its own: 12,120 documents)
#   DATA=folder bench/search.sh (an archive's data folder as it is, nothing imported: to compare two builds on one index)
#
# Imports the three shared volumes (COPIES times each) into a fresh embedded database (which indexes them),
# starts the archive, then asks each query of the mix ROUNDS times, one request at a time, and prints the median
# and 95th percentile of the request time (as curl measures it) for each query and for the whole mix. Then, with
# the archive stopped, bench/BareLucene.java runs the same queries on bare Lucene over the archive's own index
# (single-threaded, same fields, boosts, filters, exact total and facet counts, top 20, snippets) and the two are
# printed side by side with their ratio. BENCH_JAVA_OPTS are given to the archive's JVM (e.g. a JFR recording).
set -euo pipefail
cd "$(dirname "$0")/.."
jar=${JAR:-target/cable-archive.jar}   # JAR=… measures another build (an earlier one, for before/after figures)
[ -f "$jar" ] || ./mvnw -B -q -DskipTests package
rounds=${ROUNDS:-100}
warmup=${WARMUP:-20}
copies=${COPIES:-1}
port=${PORT:-18080}
work=$(mktemp -d)
app=""
cleanup() { [ -n "$app" ] && kill "$app" 2>/dev/null && wait "$app" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
data=${DATA:-$work/data}
if [ -z "${DATA:-}" ]; then
mkdir -p "$work/volumes"
for f in ../shared/fixtures/frus/*.xml; do
  id=$(basename "$f" .xml)
  if [ "$copies" -eq 1 ]; then
    cp "$f" "$work/volumes/"
  else
    for i in $(seq 1 "$copies"); do
      sed -e "s#<idno type=\"frus\">$id</idno>#<idno type=\"frus\">$id-copy$i</idno>#" "$f" > "$work/volumes/$id-copy$i.xml"
    done
  fi
done
echo "Importing $(ls "$work/volumes" | wc -l) volumes into a fresh database…"
ARCHIVE_DATA_DIR="$data" java -jar "$jar" import "$work/volumes" >/dev/null 2>&1
fi
ARCHIVE_DATA_DIR="$data" ARCHIVE_DEMO_CONTENT= PORT=$port java -Xmx1g ${BENCH_JAVA_OPTS:-} -jar "$jar" >"$work/app.log" 2>&1 &
app=$!
for _ in $(seq 1 900); do
  curl -sf "http://localhost:$port/actuator/health" >/dev/null && break
  sleep 1
done
base="http://localhost:$port/api/search"
# Wait until the index has settled (a rebuild at start, if any, has finished): the same count three times running.
last=""; same=0
for _ in $(seq 1 300); do
  now=$(curl -s "$base" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])' 2>/dev/null || echo 0)
  if [ "$now" = "$last" ] && [ "$now" != "0" ]; then same=$((same + 1)); else same=0; fi
  [ "$same" -ge 3 ] && break
  last=$now; sleep 1
done
person=$(curl -s "$base?q=Soviet" | python3 -c 'import json,sys; f=json.load(sys.stdin)["facets"]["person"]; print(f[0]["value"] if f else "")')
names=(common-word rare-word phrase two-facets date-range person)
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
: >"$work/app.txt"
for name in "${names[@]}"; do
  q=${mix[$name]}
  for _ in $(seq 1 "$rounds"); do
    curl -s -o /dev/null -w '%{time_total}\n' "$base?$q"
  done >"$work/$name"
  cat "$work/$name" >>"$work/all"
  hits=$(curl -s "$base?$q" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')
  sort -n "$work/$name" | awk -v name="$name" -v hits="$hits" '{ t[NR] = $1 * 1000 } END {
    printf "%s %d %.2f %.2f\n", name, hits, t[int((NR + 1) / 2)], t[int(NR * 0.95 + 0.5)] }' >>"$work/app.txt"
done
sort -n "$work/all" | awk '{ t[NR] = $1 * 1000 } END { printf "whole-mix 0 %.2f %.2f\n", t[int((NR + 1) / 2)], t[int(NR * 0.95 + 0.5)] }' >>"$work/app.txt"
kill "$app"; wait "$app" 2>/dev/null || true; app=""

echo "Bare Lucene over the same index…"
java -Djarmode=tools -jar "$jar" extract --destination "$work/jar" >/dev/null
args=()
for name in "${names[@]}"; do args+=("$name=${mix[$name]}"); done
java -Xmx1g -cp "$work/jar/lib/*" bench/BareLucene.java "$data/index/document" "$rounds" "$warmup" "${args[@]}" \
  2>/dev/null >"$work/lucene.txt"

printf "\n%-12s %8s %8s | %10s %10s | %10s %10s | %7s %7s\n" query "hits" "lucene" "app p50" "app p95" "luc. p50" "luc. p95" "p50 ×" "p95 ×"
join <(sort "$work/app.txt") <(sort "$work/lucene.txt") | sort -k1,1 | awk '{
  printf "%-12s %8s %8s | %7.1f ms %7.1f ms | %7.1f ms %7.1f ms | %7.2f %7.2f\n", $1, ($2 == 0 ? "" : $2), ($5 == 0 ? "" : $5), $3, $4, $6, $7, $3 / $6, $4 / $7 }'
