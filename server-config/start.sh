#!/usr/bin/env bash
# Starts the academy on Payara Micro with the configuration in this folder.
# Usage (normally through `mvn -Prun package`): server-config/start.sh PAYARA_MICRO_JAR ACADEMY_WAR
# Environment (all optional):
#   ACADEMY_PORT (8080), ACADEMY_DEMO (false), ACADEMY_DATA_DIR (./data), JAVA_OPTS (-Xmx512m),
#   ACADEMY_COURSES_DIR (the courses/ folder next to server-config/)
#   DB_CLASSNAME, DB_SERVERNAME, DB_DATABASENAME, DB_USER, DB_PASSWORD, DB_CREATEDATABASE:
#     the datasource; default is embedded Derby in $ACADEMY_DATA_DIR (see README.md here).
#   ACADEMY_ADMIN_USERNAME, ACADEMY_ADMIN_EMAIL, ACADEMY_ADMIN_PASSWORD: first administrator
#     (production mode only, created once while no administrator exists).
#   ACADEMY_MAIL_MODE, ACADEMY_MAIL_SMTP_HOST, ACADEMY_MAIL_SMTP_PORT, ACADEMY_MAIL_SMTP_STARTTLS,
#   ACADEMY_MAIL_SMTP_USER, ACADEMY_MAIL_SMTP_PASSWORD, ACADEMY_MAIL_FROM, ACADEMY_MAIL_RETRY_SECONDS:
#     e-mail (README.md, "E-Mail"); read by MicroProfile Config directly, with defaults in the code.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
micro_jar="$1"
war="$2"
data_dir="${ACADEMY_DATA_DIR:-data}"
mkdir -p "$data_dir" target/payara-tmp

# Defaults become system properties only where no environment variable is set: MicroProfile
# Config reads DB_PASSWORD etc. directly, so secrets never appear on the command line.
defaults=()
default() { # default PROPERTY ENV_NAME VALUE
  if [ -z "${!2:-}" ]; then defaults+=("-D$1=$3"); fi
}
default db.className DB_CLASSNAME org.apache.derby.jdbc.EmbeddedDataSource
default db.serverName DB_SERVERNAME localhost
default db.databaseName DB_DATABASENAME academy
default db.user DB_USER academy
default db.password DB_PASSWORD academy
default db.createDatabase DB_CREATEDATABASE create
default db.connectionAttributes DB_CONNECTIONATTRIBUTES "territory=de_DE;collation=TERRITORY_BASED"
default academy.demo ACADEMY_DEMO false
default academy.keys.dir ACADEMY_KEYS_DIR "$data_dir/keys"
default academy.base-url ACADEMY_BASE_URL "http://localhost:${ACADEMY_PORT:-8080}"
default academy.courses.dir ACADEMY_COURSES_DIR "$here/../courses"
default academy.certificates.dir ACADEMY_CERTIFICATES_DIR "$here/../certificates"

exec java ${JAVA_OPTS:--Xmx512m} \
  -Djava.io.tmpdir=target/payara-tmp \
  -Dderby.system.home="$data_dir" \
  "${defaults[@]}" \
  -jar "$micro_jar" \
  --deploy "$war" --contextroot / \
  --port "${ACADEMY_PORT:-8080}" \
  --nocluster \
  --systemproperties "$here/academy.properties" \
  --logproperties "$here/logging.properties" \
  --prebootcommandfile "$here/pre-boot-commands.asadmin"
