#!/usr/bin/env bash
# Search latency and throughput on a real OpenSearch cluster (three nodes, from their Maven artifacts) with one and
# two Cable Archive nodes, beside one node on the embedded Lucene index, all on the same data.
#
#   bench/cluster.sh                 (the three shared volumes, 30 rounds of the query mix, 4 clients for 20 s)
#   COPIES=10 ROUNDS=100 CLIENTS=8 LOAD_SECONDS=30 bench/cluster.sh
#   OPENSEARCH_PORT=19220 APP_PORT=18300 bench/cluster.sh   (ports of its own, beside a cluster test run)
#
# Runs src/cluster/java/org/cablearchive/cluster/ClusterSearchBench.java in the cluster profile (which starts the
# OpenSearch nodes, each a JVM of -Xmx512m, and the app nodes on one embedded PostgreSQL) and prints its table:
# median, 95th percentile and mean of GET /api/search for one client asking the mix in turn (round-robin over
# the app nodes), then queries per second with several clients at once.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -Pcluster test-compile surefire:test@cluster -Dtest=ClusterSearchBench -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.copies="${COPIES:-1}" -Dbench.rounds="${ROUNDS:-30}" -Dbench.warmup="${WARMUP:-10}" \
  -Dbench.clients="${CLIENTS:-4}" -Dbench.seconds="${LOAD_SECONDS:-20}" \
  -Dcluster.opensearch.port="${OPENSEARCH_PORT:-19200}" -Dcluster.app.port="${APP_PORT:-18290}" 2>&1 \
  | grep -E '^(Search over|setup|embedded|OpenSearch|App node|\[ERROR\])' || true
