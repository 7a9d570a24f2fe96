#!/usr/bin/env bash
# Start to healthy, three ways, on a data folder: the jar as built (java -jar target/cable-archive.jar), the same jar
# extracted (java -Djarmode=tools -jar … extract: the classes load from plain jars instead of jars nested in one), and
# the extracted jar with a class data sharing archive made by a training run (-XX:SharedArchiveFile). Prints seconds.
#
#   DATA=folder bench/start-time.sh          a data folder loaded before (bench/scale.sh, the corpus command); it is
#                                             only read (the index must be intact, or the start rebuilds it)
#   ROUNDS=3 PORT=18095                      starts of each kind (3), port (18095)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/healthy.sh
data=${DATA:?set DATA to a loaded data folder}
rounds=${ROUNDS:-3}
port=${PORT:-18095}
[ -f target/cable-archive.jar ] || ./mvnw -B -q -DskipTests package
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
java -Djarmode=tools -jar target/cable-archive.jar extract --destination "$work/app" >/dev/null
# The training run: starts the archive on an empty folder of its own and stops once the context is up.
ARCHIVE_DATA_DIR="$work/training" ARCHIVE_DEMO_CONTENT= PORT=$port java -XX:ArchiveClassesAtExit="$work/app.jsa" \
  -Dspring.context.exit=onRefresh -Xmx1g -jar "$work/app/cable-archive.jar" >"$work/training.log" 2>&1
start() {
  local t0 p
  t0=$(date +%s.%N)
  ARCHIVE_DATA_DIR="$data" ARCHIVE_DEMO_CONTENT= PORT=$port java -Xmx1g "$@" >"$work/app.log" 2>&1 &
  p=$!
  wait_healthy "$port" "$p" "$work/app.log"
  echo "$(date +%s.%N) - $t0" | bc
  kill "$p"; wait "$p" 2>/dev/null || true
}
for kind in jar extracted cds; do
  times=()
  for _ in $(seq 1 "$rounds"); do
    case $kind in
      jar) times+=("$(start -jar target/cable-archive.jar)") ;;
      extracted) times+=("$(start -jar "$work/app/cable-archive.jar")") ;;
      cds) times+=("$(start -XX:SharedArchiveFile="$work/app.jsa" -jar "$work/app/cable-archive.jar")") ;;
    esac
  done
  printf '%-10s healthy after %s s\n' "$kind" "$(printf '%.1f ' "${times[@]}")"
done
