#!/usr/bin/env bash
# Copies a seeded bench SQLite database into a PostgreSQL database the app has migrated, so that
# both databases are measured with exactly the same rows:
#   bench/to-postgresql.sh SQLITE_FILE PSQL_CONNINFO      (e.g. "host=127.0.0.1 user=postgres dbname=bench")
# Every table but Flyway's is emptied and refilled through COPY; foreign keys and triggers are
# off while it loads (session_replication_role = replica, which needs a superuser), identity
# columns continue after the copied ids, and the statistics are refreshed.
set -euo pipefail
db=${1:?usage: bench/to-postgresql.sh SQLITE_FILE PSQL_CONNINFO}
conninfo=${2:?usage: bench/to-postgresql.sh SQLITE_FILE PSQL_CONNINFO}
pg() { psql -X -q -v ON_ERROR_STOP=1 "$conninfo" "$@"; }

tables=$(sqlite3 "$db" "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
    AND name <> 'flyway_schema_history' ORDER BY name")
pg -c "TRUNCATE $(echo $tables | tr ' ' ',')"
for table in $tables; do
    columns=$(sqlite3 "$db" "SELECT group_concat(name, ', ') FROM pragma_table_info('$table')")
    # sqlite3 -csv writes NULL as an empty field and an empty text as "", which COPY reads back the same way
    sqlite3 -csv "$db" "SELECT $columns FROM $table" |
        pg -c "SET session_replication_role = replica" -c "\\copy $table ($columns) FROM STDIN WITH (FORMAT csv)"
done
pg -At -c "SELECT table_name || ' ' || column_name FROM information_schema.columns
    WHERE table_schema = current_schema() AND is_identity = 'YES'" |
while read -r table column; do
    pg -c "SELECT setval(pg_get_serial_sequence('$table', '$column'), coalesce(max($column), 0) + 1, false) FROM $table" >/dev/null
done
pg -c "VACUUM ANALYZE"
pg -At -c "SELECT 'copied: ' || (SELECT count(*) FROM campaigns_campaigns) || ' campaigns, '
    || (SELECT count(*) FROM adrequests_ad_requests) || ' ad requests, ' || (SELECT count(*) FROM identity_users) || ' accounts'"
