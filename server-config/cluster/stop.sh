#!/usr/bin/env bash
# Stops what start.sh started: nginx, then every node (by the process ids start.sh wrote down).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
run_dir="${ACADEMY_RUN_DIR:-target/cluster}"
if [ -f "$run_dir/nginx/nginx.pid" ]; then
  nginx -p "$(realpath "$run_dir/nginx")" -c "$here/nginx.conf" -s stop || true
fi
for pid_file in "$run_dir"/node*.pid; do
  [ -f "$pid_file" ] || continue
  pid="$(cat "$pid_file")"
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid"
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
  fi
  rm -f "$pid_file"
  echo "stopped $(basename "$pid_file" .pid)"
done
