#!/usr/bin/env bash
# The fault suite: starts the archive (target/cable-archive.jar, built if missing or older than the sources) on loopback with a fresh data
# folder, then (a) 60 s of 32 readers and 4 writers, (b) kill -9 of the embedded PostgreSQL in the middle of load,
# (c) kill -9 of the app in the middle of an import, (d) the search index deleted while the app is down, (e) hostile
# inputs; prints a table of what it tried and what it saw, and exits 1 if any check failed.
#
#   bench/faults.sh                 everything (about 4–6 minutes on 2 cores)
#   LOAD_SECONDS=20 bench/faults.sh a shorter load phase
#   PORT=18990 bench/faults.sh      the port to use (loopback only)
#   JAR=/path/app.jar bench/faults.sh  another build of the archive
# Run it from the repository root; it needs java 17 and python3 (standard library only).
set -euo pipefail
cd "$(dirname "$0")/.."
# Builds the archive when there is no jar yet (a clean clone) or the sources changed since it was built.
if [ -z "${JAR:-}" ] && { [ ! -f target/cable-archive.jar ] || [ -n "$(find pom.xml src/main db -newer target/cable-archive.jar -print -quit)" ]; }; then
  ./mvnw -B -q -DskipTests package
fi
exec python3 bench/faults.py "$@"
