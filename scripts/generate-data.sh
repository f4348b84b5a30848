#!/usr/bin/env bash
# Fills an empty database with a generated municipality (see docs/benchmarks.md, "Generated data"):
#   scripts/generate-data.sh [--scale small|large] [--seed N]
# Without SPRING_DATASOURCE_URL it creates the embedded MariaDB in $ONTMOET_DATA_DIR (default: data-load); with it,
# it fills that (empty, migrated by Liquibase on the way) MariaDB server. Staff accounts coordinator1.., coach1..,
# manager1.. all have the password "load".
set -euo pipefail
cd "$(dirname "$0")/.."
scale=large
seed=1
while [ $# -gt 0 ]; do
  case "$1" in
    --scale) scale=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    *) echo "usage: $0 [--scale small|large] [--seed N]" >&2; exit 2 ;;
  esac
done
export ONTMOET_DATA_DIR=${ONTMOET_DATA_DIR:-data-load}
start=$(date +%s)
./mvnw -B -q spring-boot:run -Dspring-boot.run.profiles=generate \
  -Dspring-boot.run.arguments="--ontmoet.generate.scale=$scale --ontmoet.generate.seed=$seed --server.port=0"
echo "Generated scale $scale (seed $seed) into ${SPRING_DATASOURCE_URL:-$ONTMOET_DATA_DIR} in $(( $(date +%s) - start )) s"
