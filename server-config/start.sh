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
#   ACADEMY_CLUSTER: name of the cluster to join (normally set by cluster/start.sh); without it the node
#     runs alone (--nocluster). With it: ACADEMY_NODE (instance name), ACADEMY_CLUSTER_INTERFACE (127.0.0.1),
#     ACADEMY_CLUSTER_PORT (6950, first Hazelcast port), ACADEMY_CLUSTER_MEMBERS (127.0.0.1:6950,…:6953;
#     comma-separated host:port of the members).
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
default academy.backup.dir ACADEMY_BACKUP_DIR "$data_dir/backups"
default academy.base-url ACADEMY_BASE_URL "http://localhost:${ACADEMY_PORT:-8080}"
default academy.courses.dir ACADEMY_COURSES_DIR "$here/../courses"
default academy.certificates.dir ACADEMY_CERTIFICATES_DIR "$here/../certificates"

cluster=(--nocluster)
hazelcast=()
if [ -n "${ACADEMY_CLUSTER:-}" ]; then
  # Hazelcast finds the other nodes by TCP on the listed addresses only (no multicast) and binds to the
  # given interface only. --nohostaware: Payara would otherwise refuse to keep the backup copy of a
  # session on a member with the same IP address, so with all nodes on one machine a session would
  # die with the node that owns it.
  members() { # members HOST FIRST_PORT: the first four Hazelcast ports of the host, comma-separated
    echo "$1:$2,$1:$(($2 + 1)),$1:$(($2 + 2)),$1:$(($2 + 3))"
  }
  interface="${ACADEMY_CLUSTER_INTERFACE:-127.0.0.1}"
  port="${ACADEMY_CLUSTER_PORT:-6950}"
  cluster=(--clustername "$ACADEMY_CLUSTER" --name "${ACADEMY_NODE:-$(hostname)-${ACADEMY_PORT:-8080}}"
           --interfaces "$interface" --startport "$port"
           --clustermode "tcpip:${ACADEMY_CLUSTER_MEMBERS:-$(members "$interface" "$port")}" --nohostaware)
  hazelcast=(-Dhazelcast.socket.bind.any=false)
  preboot="$here/pre-boot-commands.asadmin"
else
  preboot="target/payara-tmp/pre-boot-single-node.asadmin"
  cat "$here/pre-boot-commands.asadmin" "$here/single-node.asadmin" > "$preboot"
fi

exec java ${JAVA_OPTS:--Xmx512m} \
  -Djava.io.tmpdir=target/payara-tmp \
  "${hazelcast[@]}" \
  -Dderby.system.home="$data_dir" \
  "${defaults[@]}" \
  -jar "$micro_jar" \
  --deploy "$war" --contextroot / \
  --port "${ACADEMY_PORT:-8080}" \
  "${cluster[@]}" \
  --systemproperties "$here/academy.properties" \
  --logproperties "$here/logging.properties" \
  --prebootcommandfile "$preboot"
