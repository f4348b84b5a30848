#!/usr/bin/env bash
# Load test of real user journeys through the Vaadin UI (docs/benchmarks.md, "Load test"):
#   scripts/load-test.sh [--users N] [--ramp SECONDS] [--hold SECONDS] [--build]
# Starts the generated database of $ONTMOET_DATA_DIR (default data-load; make it with scripts/generate-data.sh),
# the production jar with -Xmx1g on it, and the Gatling simulation against it; prints users, p50/p95/p99, errors,
# the server's CPU time, the load average and the live heap per session (after a full GC, with the sessions still
# open). Gatling's HTML report is in target/gatling/. --build rebuilds the production jar first.
set -euo pipefail
cd "$(dirname "$0")/.."
users=100; ramp=120; hold=60; build=false
while [ $# -gt 0 ]; do
  case "$1" in
    --users) users=$2; shift 2 ;;
    --ramp) ramp=$2; shift 2 ;;
    --hold) hold=$2; shift 2 ;;
    --build) build=true; shift ;;
    *) echo "usage: $0 [--users N] [--ramp SECONDS] [--hold SECONDS] [--build]" >&2; exit 2 ;;
  esac
done
data=$(realpath "${ONTMOET_DATA_DIR:-data-load}")
app_port=${LOAD_APP_PORT:-8085}
db_port=${LOAD_DB_PORT:-3317}
if [ ! -f "$data/db-credentials.properties" ]; then
  echo "No generated database in $data: run scripts/generate-data.sh first." >&2; exit 1
fi

pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT
source scripts/load-lib.sh
ensure_production_jar "$build"
start_database "$data" "$db_port"
start_node "$data" "$db_port" "$app_port" target/load-node.log
app_pid=${pids[-1]}

heap_before=$(live_heap_kb "$app_pid")
cpu_before=$(cpu_seconds "$app_pid")
echo "Before: live heap ${heap_before} kB; $(uptime)"
./mvnw -B -Pload gatling:test -DbaseUrl="http://127.0.0.1:$app_port" -Dusers="$users" -DrampSeconds="$ramp" \
  -DholdSeconds="$hold" > target/gatling-run.log 2>&1 || echo "Gatling reported failed requests (see target/gatling-run.log)"
load=$(uptime)
cpu_after=$(cpu_seconds "$app_pid")
heap_after=$(live_heap_kb "$app_pid")
print_results "$users" "$ramp" "$hold"
echo "server CPU: $(( cpu_after - cpu_before )) s over the run; load average at the end: ${load##*load average: }"
echo "live heap after full GC: before ${heap_before} kB, after ${heap_after} kB with ${users} sessions open:" \
     "$(( (heap_after - heap_before) / (users > 0 ? users : 1) )) kB per session"
