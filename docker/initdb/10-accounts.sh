#!/bin/bash
# Runs once, when the database volume is created. The image has given MARIADB_USER all rights on the schema; the
# application's account keeps only its rows, and Liquibase migrates as ontmoet_migration, the schema's owner.
set -euo pipefail
: "${ONTMOET_DB_MIGRATION_PASSWORD:?set ONTMOET_DB_MIGRATION_PASSWORD}"

mariadb --protocol=socket -uroot -p"${MARIADB_ROOT_PASSWORD}" <<SQL
CREATE USER 'ontmoet_migration'@'%' IDENTIFIED BY '${ONTMOET_DB_MIGRATION_PASSWORD}';
GRANT ALL PRIVILEGES ON \`${MARIADB_DATABASE}\`.* TO 'ontmoet_migration'@'%';
REVOKE ALL PRIVILEGES ON \`${MARIADB_DATABASE}\`.* FROM '${MARIADB_USER}'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE ON \`${MARIADB_DATABASE}\`.* TO '${MARIADB_USER}'@'%';
FLUSH PRIVILEGES;
SQL
