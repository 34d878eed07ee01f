#!/usr/bin/env bash
# Throughput of a learner page with logged-in sessions (wrk from Debian's package).
# Usage: bench/learner-load.sh BASE_URL [SESSIONS] [SECONDS] [PATH]
#   e.g. bench/learner-load.sh http://127.0.0.1:8181        one node directly
#        bench/learner-load.sh http://localhost:8088        the cluster through nginx
# Logs the demo learner in SESSIONS times (default 32; every session is one "user", so nginx spreads
# them over the nodes), then wrk -t2 -c32 requests PATH (default /learner/index.xhtml, her dashboard)
# in turn with each session's cookie for SECONDS (default 30). Prints wrk's summary; wrk counts
# every answer that is not 2xx or 3xx as an error.
# With PIDS="pid …" (the nodes' java processes, nginx) it also prints the CPU time they used per request:
# on a busy machine the request rate says more about the neighbours than about the academy, CPU per
# request does not (2 cores ÷ CPU per request = what this machine could serve with nothing else on it).
set -euo pipefail
base="$1" sessions="${2:-32}" seconds="${3:-30}" path="${4:-/learner/index.xhtml}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cookies=()
for i in $(seq 1 "$sessions"); do
  "$(dirname "$0")/faces-login.sh" "$base" learner academy-demo "$work/jar$i"
  # every cookie of the session: a distributable application also needs JSESSIONIDVERSION
  cookies+=("\"$(awk -F'\t' 'NF == 7 {printf "%s%s=%s", sep, $6, $7; sep = "; "}' "$work/jar$i")\"")
done
cat >"$work/sessions.lua" <<LUA
local cookies = {$(IFS=,; echo "${cookies[*]}")}
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", "$path", {["Cookie"] = cookies[(n % #cookies) + 1]})
end
LUA
# a session that is not logged in would be redirected to the login page (302) and look fast
first="$(curl -sS -o /dev/null -w '%{http_code}' -H "Cookie: ${cookies[0]//\"/}" "$base$path")"
[ "$first" = 200 ] || { echo "$path answers $first with a session, not 200" >&2; exit 1; }
cpu() { # CPU seconds (user + system) of PIDS and their threads so far
  local ticks=0 pid
  for pid in ${PIDS:-}; do ticks=$((ticks + $(awk '{print $14 + $15}' "/proc/$pid/stat"))); done
  echo "$ticks"
}
before="$(cpu)"
wrk -t2 -c32 -d"${seconds}s" --latency -s "$work/sessions.lua" "$base" | tee "$work/wrk.out"
if [ -n "${PIDS:-}" ]; then
  requests="$(awk '/requests in/ {print $1}' "$work/wrk.out")"
  awk -v ticks="$(( $(cpu) - before ))" -v hz="$(getconf CLK_TCK)" -v n="$requests" 'BEGIN {
    ms = ticks * 1000 / hz / n
    printf "CPU per request: %.1f ms (%d requests) → at most %.0f requests/s on 2 idle cores\n", ms, n, 2000 / ms }'
fi
