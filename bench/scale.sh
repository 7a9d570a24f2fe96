#!/usr/bin/env bash
# The benchmark suite at a given size, side by side in one run: the app (over HTTP, as a user runs it), bare Lucene
# and PostgreSQL full-text search over the same documents. Writes bench/results/scale-N.md and scale-N.json.
#
#   bench/scale.sh N                 N = 10000, 100000, 1000000…
#
# Steps: builds the jar (and the suite, in target/test-classes) when missing; generates and loads a corpus of N
# documents from real FRUS text into a fresh data folder, indexing it as it loads (`java -Xmx1g -jar … corpus N`: a bulk
# load with COPY, secondary indexes built once at the end; load_seconds and index_seconds are parsed from its output);
# imports the shared FRUS volumes at -Xmx256m to measure TEI import end to end (bench/import-volumes.sh); starts the
# archive (`java -Xmx1g -jar target/cable-archive.jar`) on the corpus; runs the suite (org.cablearchive.bench.ScaleBench),
# which builds the bare Lucene index and the PostgreSQL full-text table of the same rows, warms up, and measures.
#
# Environment: SEED (corpus seed, 1), FROM (folder of FRUS TEI volumes, ../shared/fixtures/frus), ROUNDS (100 runs of
# each query and page), PG_ROUNDS (5), WARMUP (at least 10 rounds of the mix), WARMUP_SECONDS (and at least 30 s of it;
# each page is warmed a sixth of that), SECONDS_EACH (15 s per throughput run), BUDGET (60 s
# at most per measured item), PORT (18090), DATA (reuse a data folder loaded by an earlier run: its corpus is not
# loaded again), KEEP=1 (keep the work folder), APP_JAVA_OPTS (extra options of the app's JVM), IMPORT_COPIES (10),
# BENCH_WORK (with DATA: a folder kept between runs, where the suite's bare Lucene index is built once; it and the
# PostgreSQL full-text table are used again by a run on the same corpus, with the build figures of the run that built them).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/healthy.sh
n=${1:?usage: bench/scale.sh N}
seed=${SEED:-1}
from=${FROM:-../shared/fixtures/frus}
port=${PORT:-18090}
started=$(date +%s)
if [ ! -f target/cable-archive.jar ] || [ ! -f target/test-classes/org/cablearchive/bench/ScaleBench.class ]; then
  ./mvnw -B -q -DskipTests package
fi
work=$(mktemp -d)
data=${DATA:-$work/data}
app=""
cleanup() {
  if [ -n "$app" ]; then kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; fi
  if [ "${KEEP:-}" = 1 ]; then echo "work folder kept: $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
mkdir -p "$work/jar" bench/results
# A copy of the jar and of the suite's classes: a build during a long run (target/ rewritten) does not disturb it.
cp target/cable-archive.jar "$work/cable-archive.jar"
cp -r target/classes "$work/classes"
cp -r target/test-classes "$work/test-classes"
jar="$work/cable-archive.jar"
unzip -q -o "$jar" 'BOOT-INF/lib/*' -d "$work/jar"
classpath="$work/test-classes:$work/classes:$work/jar/BOOT-INF/lib/*"

load_seconds=""; index_seconds=""
if [ -z "${DATA:-}" ] || [ ! -d "$data/postgres" ]; then
  echo "== corpus: $n documents from $from (seed $seed), java -Xmx1g"
  ARCHIVE_DATA_DIR="$data" java -Xmx1g -jar "$jar" corpus "$n" --seed "$seed" --from "$from" \
    2> >(grep -v '^\s*$' | tr '\r' '\n' | tail -n 3 >&2) | tee "$work/corpus.out"
  cp "$work/corpus.out" "$data/corpus.out"
fi
# A data folder loaded by an earlier run keeps its loader's output: its load figures are reported again.
if [ -f "$data/corpus.out" ]; then
  load_seconds=$(awk '/^loaded [0-9]+ documents/ { for (i = 1; i <= NF; i++) if ($i == "s:") print $(i - 1) }' "$data/corpus.out")
  index_seconds=$(awk '/^indexed [0-9]+ documents in/ { print $5 }' "$data/corpus.out")
fi

# Each shared volume imported IMPORT_COPIES times under ids of its own (30 volumes, 6,060 documents by default): the
# rate of a long import such as the hundred volumes of the public FRUS repository, not the warm-up of a fresh JVM.
echo "== import of real TEI volumes end to end (bench/import-volumes.sh, -Xmx256m, each volume ${IMPORT_COPIES:-10} times)"
import_rate=$(JAR="$jar" COPIES=${IMPORT_COPIES:-10} bench/import-volumes.sh 2>/dev/null | tee "$work/import.out" | awk '/^end to end/ { print $(NF - 1) }')
cat "$work/import.out"

echo "== starting the archive on the corpus (java -Xmx1g -jar target/cable-archive.jar)"
t0=$(date +%s.%N)
ARCHIVE_DATA_DIR="$data" ARCHIVE_DEMO_CONTENT= PORT=$port java -Xmx1g ${APP_JAVA_OPTS:-} -jar "$jar" \
  >"$work/app.log" 2>&1 &
app=$!
wait_healthy "$port" "$app" "$work/app.log"
printf 'healthy after %.1f s\n' "$(echo "$(date +%s.%N) - $t0" | bc)"
pg_port=$(sed -n 4p "$data/postgres/postmaster.pid")
machine="$(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/^Mem/ { print $2 }') GB RAM, $(java -version 2>&1 | head -1)"

echo "== the suite"
java -Xmx2g -cp "$classpath" org.cablearchive.bench.ScaleBench base="http://localhost:$port" \
  jdbc="jdbc:postgresql://localhost:$pg_port/postgres" user=postgres out="bench/results/scale-$n" work="${BENCH_WORK:-$work/bench}" \
  pid="$app" load-seconds="$load_seconds" index-seconds="$index_seconds" import-docs-per-s="$import_rate" \
  rounds="${ROUNDS:-100}" pg-rounds="${PG_ROUNDS:-5}" warmup="${WARMUP:-10}" warmup-seconds="${WARMUP_SECONDS:-30}" seconds="${SECONDS_PER_RUN:-${SECONDS_EACH:-15}}" \
  budget="${BUDGET:-60}" machine="$machine"
echo "whole run: $(( $(date +%s) - started )) s"
cat "bench/results/scale-$n.md"
