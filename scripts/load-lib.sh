# Sourced by load-test.sh: start the generated database and production nodes, read heap and CPU, print results.

# The production jar, copied aside so that a later ./mvnw verify (which repackages target/*.jar) cannot replace it
# under running nodes; built when missing or when "true" is passed.
production_jar=target/load-app.jar
ensure_production_jar() {
  if [ "${1:-false}" = true ] || [ ! -f "$production_jar" ]; then
    ./mvnw -B -q -Pproduction -DskipTests package
    cp target/ontmoet-1.0.0-SNAPSHOT.jar "$production_jar"
  fi
}

credential() { sed -n "s/^$2=//p" "$1/db-credentials.properties" | tail -n 1; }

# The MariaDB server that generate-data.sh made, started from its own unpacked binaries.
start_database() {
  local data=$1 port=$2
  mkdir -p "$data/tmp"
  "$data/mariadb-base/bin/mariadbd" --no-defaults --basedir="$data/mariadb-base" --datadir="$data/mariadb-data" \
    --port="$port" --bind-address=127.0.0.1 --socket="$data/tmp/load.sock" --tmpdir="$data/tmp" \
    --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci --skip-name-resolve \
    --innodb-buffer-pool-size=512M --max-connections=300 \
    $([ "$(id -u)" = 0 ] && echo --user=root) > "$data/tmp/mariadbd.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 120); do
    grep -qs 'ready for connections' "$data/tmp/mariadbd.log" && return 0
    kill -0 "${pids[-1]}" 2>/dev/null || break
    sleep 1
  done
  echo "The database did not start: see $data/tmp/mariadbd.log" >&2; return 1
}

# One production node with -Xmx1g on the database; waits until it answers.
start_node() {
  launch_node "$@"
  await_node "$3" "${pids[-1]}" "$4"
}

launch_node() {
  local data=$1 db_port=$2 port=$3 log=$4
  SPRING_PROFILES_ACTIVE=production ONTMOET_SECURE_COOKIE=false SERVER_PORT=$port \
  SPRING_DATASOURCE_URL="jdbc:mariadb://127.0.0.1:$db_port/$(credential "$data" database)" \
  SPRING_DATASOURCE_USERNAME="$(credential "$data" username)" SPRING_DATASOURCE_PASSWORD="$(credential "$data" password)" \
  SPRING_LIQUIBASE_USER="$(credential "$data" migration.username)" \
  SPRING_LIQUIBASE_PASSWORD="$(credential "$data" migration.password)" \
  SPRING_DATASOURCE_HIKARI_MAXIMUM_POOL_SIZE=20 \
    "${JAVA_HOME:+$JAVA_HOME/bin/}java" -Xmx1g -XX:+UseG1GC -jar "$production_jar" > "$log" 2>&1 &
  pids+=($!)
}

await_node() {
  local port=$1 pid=$2 log=$3
  for _ in $(seq 300); do
    kill -0 "$pid" 2>/dev/null || break
    curl -fs "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1 && return 0
    sleep 1
  done
  echo "The node on port $port did not start: see $log" >&2; return 1
}

# Live heap in kB after a full GC.
live_heap_kb() {
  local jcmd=${JAVA_HOME:+$JAVA_HOME/bin/}jcmd
  "$jcmd" "$1" GC.run >/dev/null
  "$jcmd" "$1" GC.heap_info | sed -n 's/.*used \([0-9]*\)K.*/\1/p' | head -n 1
}

cpu_seconds() { ps -o cputimes= -p "$1" | tr -d ' '; }

# Users, p50/p95/p99 and errors from the newest Gatling report.
print_results() {
  python3 scripts/gatling-summary.py target/gatling-run.log "$@"
}
