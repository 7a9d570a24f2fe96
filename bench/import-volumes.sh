#!/usr/bin/env bash
# Imports FRUS TEI volumes into a fresh embedded database with a 256 MB heap and prints documents/s and peak heap.
#
#   bench/import-volumes.sh [FILE...]        (default: the three shared FRUS volumes)
#   COPIES=10 bench/import-volumes.sh        imports each volume that many times, under ids of its own
#                                            (frus1951v07p2-copy1…), so the figure is the steady state of a
#                                            long import rather than the warm-up of a fresh JVM
#   JAVA_OPTS="..." bench/import-volumes.sh   JVM options (default -XX:TieredStopAtLevel=1: on two cores a batch import
#                                            is faster with the quick compiler alone; JAVA_OPTS= measures the default)
# Run it from the repository root. The jar is built first if it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=${JAR:-target/cable-archive.jar}           # JAR=…: another build of the archive
[ -f "$jar" ] || ./mvnw -B -q -DskipTests package
files=("$@")
[ ${#files[@]} -gt 0 ] || files=(../shared/fixtures/frus/frus1951v07p2.xml ../shared/fixtures/frus/frus1969-76v12.xml \
                                 ../shared/fixtures/frus/frus1917-72PubDip.xml)
copies=${COPIES:-1}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/volumes"
for f in "${files[@]}"; do
  id=$(basename "$f" .xml)
  if [ "$copies" -eq 1 ]; then
    cp "$f" "$work/volumes/"
  else
    for i in $(seq 1 "$copies"); do
      sed -e "s#<idno type=\"frus\">$id</idno>#<idno type=\"frus\">$id-copy$i</idno>#" "$f" > "$work/volumes/$id-copy$i.xml"
    done
  fi
done
java_opts=${JAVA_OPTS--XX:TieredStopAtLevel=1}
echo "Importing $(ls "$work/volumes" | wc -l) volume files into a fresh database (java -Xmx256m $java_opts)"
start=$(date +%s.%N)
ARCHIVE_DATA_DIR="$work/data" java -Xmx256m $java_opts -jar "$jar" import "$work/volumes" 2>/dev/null | tee "$work/out"
end=$(date +%s.%N)
printf 'wall time, start-up and database creation included: %.1f s\n' "$(echo "$end - $start" | bc)"
# The second half of the volumes, once the JVM has compiled the hot code: what a long import runs at.
grep -E '^[^ ].*: [0-9]+ documents \(' "$work/out" | awk '
  { for (i = 1; i <= NF; i++) if ($i == "in") { t[NR] = $(i + 1) } ; d[NR] = $2 }
  END { if (NR >= 4) { for (i = int(NR / 2) + 1; i <= NR; i++) { docs += d[i]; secs += t[i] }
        printf "steady state (last %d of %d volumes): %d documents in %.2f s: %.0f documents/s\n", NR - int(NR / 2), NR, docs, secs, docs / secs } }'
# End to end: from the first document read until the last one is searchable.
awk '/^[0-9]+ documents in [0-9.]+ s:/ { docs = $1; secs = $4 }
     /^search index up to date/ { gsub(/\(/, "", $6); more = $6 }
     END { if (docs) printf "end to end (imported and searchable): %d documents in %.1f s: %.0f documents/s\n", docs, secs + more, docs / (secs + more) }' "$work/out"
