# Sourced by backup.sh and restore.sh: how to reach the running embedded MariaDB of ./data (or $ONTMOET_DATA_DIR)
# with the client programs the server unpacked there and the migration account (which owns the schema) kept in
# db-credentials.properties.
data_dir=${ONTMOET_DATA_DIR:-data}
if [ ! -f "$data_dir/db-port" ] || [ ! -f "$data_dir/db-credentials.properties" ]; then
  echo "No running embedded database in '$data_dir': start the application first (or set ONTMOET_DATA_DIR)." >&2
  exit 1
fi
credential() { sed -n "s/^$1=//p" "$data_dir/db-credentials.properties" | tail -n 1; }
database=$(credential database)
client_bin=$data_dir/mariadb-base/bin

# The password goes in a private option file, not on the command line where every user could read it.
options_file=$(mktemp)
chmod 600 "$options_file"
trap 'rm -f "$options_file"' EXIT
printf '[client]\nhost=127.0.0.1\nport=%s\nuser=%s\npassword=%s\ndefault-character-set=utf8mb4\n' \
  "$(cat "$data_dir/db-port")" "$(credential migration.username)" "$(credential migration.password)" > "$options_file"

mariadb_client() { "$client_bin/mariadb" --defaults-extra-file="$options_file" "$@"; }
mariadb_dump() { "$client_bin/mariadb-dump" --defaults-extra-file="$options_file" "$@"; }
