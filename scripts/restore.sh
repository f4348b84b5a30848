#!/usr/bin/env bash
# Replaces the embedded database with a backup while the application runs: scripts/restore.sh ontmoet.sql
# Everything in the database now is lost; restart the application afterwards.
set -euo pipefail
backup_file=${1:?"usage: $0 <backup file.sql>"}
[ -r "$backup_file" ] || { echo "Cannot read $backup_file" >&2; exit 1; }
source "$(dirname "$0")/embedded-db.sh"

mariadb_client -e "DROP DATABASE IF EXISTS \`$database\`; CREATE DATABASE \`$database\`"
mariadb_client "$database" < "$backup_file"
echo "Restored '$database' from $backup_file; restart the application."
