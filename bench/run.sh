#!/usr/bin/env bash
# The national-scale benchmark of issue 6 in one command (see bench/README.md):
#   bench/run.sh [--regenerate] [--people=N] [--plans]
# 1. builds the WAR if it is missing;
# 2. unless the data set exists (or with --regenerate): starts the academy once on a fresh Derby
#    database in demo mode (schema + demo accounts), stops it and generates the data set directly
#    into that database (bench/BenchData.java);
# 3. starts the academy on the data set and measures it (bench/BenchRun.java with wrk); prints one
#    table and writes it to bench/results/latest.md.
# Environment: ACADEMY_PORT (8094), BENCH_DATA_DIR (bench/target/data), BENCH_JAVA_OPTS (-Xmx1g),
#   BENCH_WAR (target/academy.war: rebuild it yourself after changing the code),
#   BENCH_RESULTS (bench/results/latest.md).
# --plans: Derby writes the plan of every statement to $BENCH_DATA_DIR/derby.log (slows the server down).
set -euo pipefail
cd "$(dirname "$0")/.."

port="${ACADEMY_PORT:-8094}"
data="${BENCH_DATA_DIR:-bench/target/data}"
server_opts="${BENCH_JAVA_OPTS:--Xmx1g}"
war="${BENCH_WAR:-target/academy.war}"
results="${BENCH_RESULTS:-bench/results/latest.md}"
people=200000
regenerate=false
plans=false
for arg in "$@"; do
  case "$arg" in
    --regenerate) regenerate=true ;;
    --plans) plans=true ;;
    --people=*) people="${arg#*=}" ;;
    *) sed -n '2,12p' "$0"; exit 2 ;;
  esac
done

derby_version=10.16.1.1
m2="${HOME}/.m2/repository/org/apache/derby"
derby_cp="$m2/derby/$derby_version/derby-$derby_version.jar:$m2/derbyshared/$derby_version/derbyshared-$derby_version.jar:$m2/derbytools/$derby_version/derbytools-$derby_version.jar"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
mkdir -p bench/target bench/results

if [ ! -f "$war" ] || [ ! -f target/payara-micro.jar ]; then
  echo "== building the WAR"
  mvn -q -o package -DskipTests
fi

server_pid=""
stop_server() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid"
    wait "$server_pid" 2>/dev/null || true
  fi
  server_pid=""
}
trap stop_server EXIT

# start_server JAVA_OPTS LOGFILE: the academy in demo mode on $data; returns once /health/ready says 200
start_server() {
  if curl -s -o /dev/null "http://127.0.0.1:$port/health/ready"; then
    echo "port $port is in use by another server" >&2; exit 1
  fi
  JAVA_OPTS="$1" ACADEMY_PORT="$port" ACADEMY_DEMO=true ACADEMY_DATA_DIR="$data" \
    server-config/start.sh target/payara-micro.jar "$war" >"$2" 2>&1 &
  server_pid=$!
  local started=$SECONDS
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health/ready")" = 200 ]; do
    if ! kill -0 "$server_pid" 2>/dev/null; then
      echo "the server stopped while starting; see $2" >&2; exit 1
    fi
    if (( SECONDS - started > 600 )); then
      echo "the server was not ready after 10 minutes; see $2" >&2; exit 1
    fi
    sleep 2
  done
  echo "   ready after $((SECONDS - started)) s"
}

if $regenerate || [ ! -f "$data/bench-dataset.properties" ]; then
  echo "== fresh database with schema and demo data in $data"
  rm -rf "$data"
  start_server "-Xmx512m" bench/target/server-setup.log
  stop_server
  echo "== generating the data set ($people people)"
  java -Xmx1g -cp "$derby_cp" bench/BenchData.java "$data" "$people"
  rm -rf "$data/import"
fi

echo "== starting the academy on the data set"
# the certificate expiry reminders would start their first national run (tens of thousands of mails into
# the outbox) in the middle of the measurement: pushed out of the way, see bench/README.md
opts="$server_opts -Dacademy.reminders.interval.seconds=86400"
if $plans; then
  opts="$opts -Dderby.language.logQueryPlan=true"
fi
start_server "$opts" bench/target/server.log

{
  cat "$data/bench-dataset.properties"
  echo "disk=$(du -sh "$data/academy" | cut -f1)"
  echo "server=Payara Micro, JAVA_OPTS $opts, embedded Derby, $war of commit $(git rev-parse --short HEAD)"
} >bench/target/run.properties

echo "== measuring"
java bench/BenchRun.java "http://127.0.0.1:$port" bench/target/run.properties "$results"
