#!/usr/bin/env bash
# Two production nodes on one MariaDB behind HAProxy with cookie-based sticky sessions, and the load test through it
# (docs/operations.md):  scripts/two-nodes.sh [--users N] [--ramp S] [--hold S] [--stop-after S]
# HAProxy (Debian's package) listens on 8085 and sends each session to the node in its ONTMOET_NODE cookie; with
# --stop-after the second node is stopped that many seconds into the run: its users meet the "session ended, log in
# again" page, the first node's users go on. Needs the generated data (scripts/generate-data.sh) and JAVA_HOME.
set -euo pipefail
cd "$(dirname "$0")/.."
users=50; ramp=60; hold=60; stop_after=0
while [ $# -gt 0 ]; do
  case "$1" in
    --users) users=$2; shift 2 ;;
    --ramp) ramp=$2; shift 2 ;;
    --hold) hold=$2; shift 2 ;;
    --stop-after) stop_after=$2; shift 2 ;;
    *) echo "usage: $0 [--users N] [--ramp S] [--hold S] [--stop-after S]" >&2; exit 2 ;;
  esac
done
data=$(realpath "${ONTMOET_DATA_DIR:-data-load}")
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT
source scripts/load-lib.sh
ensure_production_jar
start_database "$data" 3317
launch_node "$data" 3317 8086 target/node1.log
node1=${pids[-1]}
sleep 20   # the first node takes Liquibase's lock and checks the schema; the second follows
launch_node "$data" 3317 8087 target/node2.log
node2=${pids[-1]}
await_node 8086 "$node1" target/node1.log
await_node 8087 "$node2" target/node2.log
config=$(mktemp)
sed "s/\*:8080/127.0.0.1:8085/" docker/haproxy.cfg | sed 's/app1:8080/127.0.0.1:8086/; s/app2:8080/127.0.0.1:8087/' > "$config"
haproxy -f "$config" -db > target/haproxy.log 2>&1 &
pids+=($!)
sleep 2
if [ "$stop_after" -gt 0 ]; then
  # (Gatling's build takes about a minute before the first user starts)
  ( sleep $(( stop_after + 60 )); echo "$(date -u +%T) stopping node 2 (pid $node2)"; kill "$node2" ) &
fi
echo "Two nodes behind HAProxy on 8085; $(uptime)"
./mvnw -B -Pload gatling:test -DbaseUrl=http://127.0.0.1:8085 -Dusers="$users" -DrampSeconds="$ramp" \
  -DholdSeconds="$hold" > target/gatling-run.log 2>&1 || echo "Gatling reported failed requests (see target/gatling-run.log)"
print_results "$users" "$ramp" "$hold"
echo "load average at the end: $(uptime)"
echo "requests per node (HAProxy log): $(grep -c 'nodes/node1' target/haproxy.log || true) to node1," \
     "$(grep -c 'nodes/node2' target/haproxy.log || true) to node2"
