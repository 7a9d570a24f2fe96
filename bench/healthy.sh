# Sourced by the bench scripts. wait_healthy PORT PID LOG: waits (up to five minutes) until the archive on PORT answers
# its health check; if its process PID ends first, prints its LOG and exits the script.
wait_healthy() {
  for _ in $(seq 1 3000); do
    curl -sf "http://localhost:$1/actuator/health" >/dev/null && return 0
    kill -0 "$2" 2>/dev/null || { cat "$3"; exit 1; }
    sleep 0.1
  done
  echo "the archive on port $1 was not healthy after five minutes" >&2
  exit 1
}
