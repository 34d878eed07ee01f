#!/usr/bin/env bash
# Starts an academy cluster on this machine: ACADEMY_NODES Payara Micro nodes (default 2, HTTP ports
# 8181, 8182, …) joined in one Hazelcast data grid on loopback, and nginx on 127.0.0.1:8088 in front.
# Usage: server-config/cluster/start.sh PAYARA_MICRO_JAR ACADEMY_WAR      (stop with stop.sh)
# Environment:
#   DB_CLASSNAME=org.postgresql.ds.PGSimpleDataSource, DB_SERVERNAME, DB_DATABASENAME, DB_USER and
#     DB_PASSWORD (required: every node uses the same PostgreSQL database; embedded Derby cannot be shared)
#   ACADEMY_NODES (2), ACADEMY_FIRST_PORT (8181), ACADEMY_CLUSTER (academy, the cluster name),
#   ACADEMY_DATA_DIR (./data: the signing keys in ACADEMY_KEYS_DIR=$ACADEMY_DATA_DIR/keys are shared by
#     all nodes), ACADEMY_RUN_DIR (target/cluster: logs and process ids), ACADEMY_BASE_URL
#     (http://localhost:8088, the address users see), and everything server-config/start.sh reads.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
micro_jar="$(realpath "$1")"
war="$(realpath "$2")"

if [ "${DB_CLASSNAME:-}" != "org.postgresql.ds.PGSimpleDataSource" ] || [ -z "${DB_PASSWORD:-}" ]; then
  echo "A cluster needs PostgreSQL: set DB_CLASSNAME=org.postgresql.ds.PGSimpleDataSource, DB_SERVERNAME," >&2
  echo "DB_DATABASENAME, DB_USER and DB_PASSWORD (see server-config/README.md)." >&2
  exit 2
fi
nodes="${ACADEMY_NODES:-2}"
first_port="${ACADEMY_FIRST_PORT:-8181}"
run_dir="$(mkdir -p "${ACADEMY_RUN_DIR:-target/cluster}" && realpath "${ACADEMY_RUN_DIR:-target/cluster}")"
export ACADEMY_CLUSTER="${ACADEMY_CLUSTER:-academy}"
export ACADEMY_DATA_DIR="${ACADEMY_DATA_DIR:-data}"
export ACADEMY_KEYS_DIR="${ACADEMY_KEYS_DIR:-$ACADEMY_DATA_DIR/keys}"
export ACADEMY_BASE_URL="${ACADEMY_BASE_URL:-http://localhost:8088}"

wait_ready() { # wait_ready PORT LOG
  for _ in $(seq 1 180); do
    if curl -fsS -o /dev/null "http://127.0.0.1:$1/health/ready" 2>/dev/null; then return 0; fi
    sleep 1
  done
  echo "node on port $1 did not become ready; see $2" >&2
  return 1
}

# One after another: the first node migrates the schema, imports the courses and creates the signing
# keys; the others find all of it done (Liquibase's lock would serialise them anyway).
for i in $(seq 1 "$nodes"); do
  port=$((first_port + i - 1))
  log="$run_dir/node$i.log"
  if [ -f "$run_dir/node$i.pid" ] && kill -0 "$(cat "$run_dir/node$i.pid")" 2>/dev/null; then
    echo "node$i already runs (pid $(cat "$run_dir/node$i.pid"))"
    continue
  fi
  ACADEMY_PORT="$port" ACADEMY_NODE="node$i" \
    nohup "$here/../start.sh" "$micro_jar" "$war" >"$log" 2>&1 </dev/null &
  echo $! >"$run_dir/node$i.pid"
  wait_ready "$port" "$log"
  echo "node$i ready on http://127.0.0.1:$port/ (pid $(cat "$run_dir/node$i.pid"), log $log)"
done

if ! command -v nginx >/dev/null 2>&1; then
  echo "Installing nginx from Debian's packages"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light >/dev/null
fi
mkdir -p "$run_dir/nginx/temp"
if [ -f "$run_dir/nginx/nginx.pid" ] && kill -0 "$(cat "$run_dir/nginx/nginx.pid")" 2>/dev/null; then
  nginx -p "$run_dir/nginx" -c "$here/nginx.conf" -s reload
else
  nginx -p "$run_dir/nginx" -c "$here/nginx.conf"
fi
echo "load balancer on $ACADEMY_BASE_URL (nginx, $here/nginx.conf)"
