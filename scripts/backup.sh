#!/usr/bin/env bash
# Backs up the embedded database while the application runs: scripts/backup.sh ontmoet.sql
# One consistent snapshot (a single transaction) of every table, the audit triggers and the files (BLOBs as hex).
set -euo pipefail
target=${1:?"usage: $0 <backup file.sql>"}
source "$(dirname "$0")/embedded-db.sh"

mariadb_dump --single-transaction --routines --triggers --hex-blob "$database" > "$target.part"
mv "$target.part" "$target"
echo "Backed up '$database' to $target"
