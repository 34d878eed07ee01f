#!/usr/bin/env bash
# Makes sure a PostgreSQL 15 from Debian's packages runs on 127.0.0.1:5432 and that a role and an
# (empty or existing) database for the academy exist. For one machine: CI, a trial, the cluster demo.
# Usage (as root): DB_USER=academy DB_DATABASENAME=academy DB_PASSWORD=… server-config/postgres/local.sh [--createdb]
#   --createdb  the role may create databases (the integration tests create one per test class)
# The password is read from the environment and handed to psql on stdin, never on a command line.
set -euo pipefail
: "${DB_USER:?DB_USER is required}" "${DB_DATABASENAME:?DB_DATABASENAME is required}" "${DB_PASSWORD:?DB_PASSWORD is required}"
createdb=NOCREATEDB
[ "${1:-}" = "--createdb" ] && createdb=CREATEDB

if ! command -v pg_ctlcluster >/dev/null 2>&1 || [ -z "$(ls /usr/lib/postgresql 2>/dev/null)" ]; then
  echo "Installing PostgreSQL from Debian's packages"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq postgresql >/dev/null
fi
version="$(ls /usr/lib/postgresql | sort -n | tail -1)"
if ! pg_lsclusters -h | grep -q "^$version main"; then
  pg_createcluster "$version" main >/dev/null
fi
# Debian's default listen_addresses is localhost; start it unless it runs already
pg_lsclusters -h | grep -q "^$version main .* online" || pg_ctlcluster "$version" main start

psql() { runuser -u postgres -- psql -v ON_ERROR_STOP=1 -q -X "$@"; }
# :'name' quotes the value as a literal; the password arrives as a psql variable set from stdin
psql -v user="$DB_USER" -v createdb="$createdb" <<SQL
\set password '$(printf '%s' "$DB_PASSWORD" | sed -e 's/\\/\\\\/g' -e "s/'/''/g")'
SELECT format('CREATE ROLE %I LOGIN', :'user') WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'user') \gexec
SELECT format('ALTER ROLE %I WITH LOGIN %s PASSWORD %L', :'user', :'createdb', :'password') \gexec
SQL
# German sort order (umlauts next to their base letter) and case mapping come from ICU, independent
# of the operating system's locales; this is what Derby's territory=de_DE collation does.
psql -v user="$DB_USER" -v db="$DB_DATABASENAME" <<'SQL'
SELECT format('CREATE DATABASE %I OWNER %I TEMPLATE template0 ENCODING %L LOCALE_PROVIDER icu ICU_LOCALE %L LOCALE %L',
              :'db', :'user', 'UTF8', 'de-DE', 'C.UTF-8')
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'db') \gexec
SQL
echo "PostgreSQL $version on 127.0.0.1:5432: role $DB_USER, database $DB_DATABASENAME"
