#!/usr/bin/env bash
# Durability check (not part of `mvn verify`): concurrent cohort applications, enrolments and quiz
# submissions against the academy on a file Derby; the server is killed hard (kill -9) mid-way and
# restarted; every write that was acknowledged (2xx) must be there, and nothing half-written.
# Then an online backup (POST /api/admin/backup), a write after it, and an offline restore with ij
# (restoreFrom=) that must bring back exactly the backed-up state.
#
# Usage: mvn -q -o package -DskipTests && bench/durability.sh
# Environment: ACADEMY_PORT (8093), WORKERS (6), KILL_AFTER_SECONDS (25), LEARNERS (12)
set -euo pipefail
cd "$(dirname "$0")/.."
port="${ACADEMY_PORT:-8093}"
workers="${WORKERS:-6}"
kill_after="${KILL_AFTER_SECONDS:-25}"
learners="${LEARNERS:-12}"
work="target/durability"
data="$work/data"
base="http://localhost:$port"
password="academy-demo"
rm -rf "$work" && mkdir -p "$work/acks"

server_pid=""
start_server() {
  ACADEMY_DEMO=true ACADEMY_PORT="$port" ACADEMY_DATA_DIR="$data" ACADEMY_MAIL_MODE=outbox \
    JAVA_OPTS="-Xmx512m -Dderby.language.sequence.preallocator=1" \
    server-config/start.sh target/payara-micro.jar target/academy.war >>"$work/server.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 180); do
    if curl -sf "$base/health/ready" >/dev/null 2>&1; then return 0; fi
    if ! kill -0 "$server_pid" 2>/dev/null; then echo "server died, see $work/server.log" >&2; exit 1; fi
    sleep 1
  done
  echo "server not ready after 180 s" >&2; exit 1
}
stop_server() { # stop_server SIGNAL
  kill "-$1" "$server_pid" 2>/dev/null || true
  wait "$server_pid" 2>/dev/null || true
}
trap 'stop_server KILL; jobs -p | xargs -r kill 2>/dev/null || true' EXIT

api() { # api USER METHOD PATH [JSON] -> prints "STATUS BODY"
  local user="$1" method="$2" path="$3" body="${4:-}"
  local args=(-s -o - -w '\n%{http_code}' -u "$user:$password" -X "$method" -H 'Accept: application/json')
  if [ -n "$body" ]; then args+=(-H 'Content-Type: application/json' --data-binary "$body"); fi
  local out; out="$(curl "${args[@]}" "$base/$path" 2>/dev/null || printf '\n000')"
  printf '%s %s\n' "$(tail -n1 <<<"$out")" "$(sed '$d' <<<"$out" | tr -d '\n')"
}
json_field() { sed -n "s/.*\"$1\":\\([0-9][0-9]*\\).*/\\1/p" | head -n1; }

echo "== start on a file Derby in $data (port $port)"
start_server

echo "== set up: $learners learners, an open cohort, a second cohort for direct enrolments"
today="$(date +%F)"
later() { date -d "+$1 days" +%F; }
cohort_form() { # cohort_form TITLE SEATS
  printf '{"title":"%s","programIri":"urn:smartcity-academy:program:smart-city-manager","startsOn":"%s","endsOn":"%s","registrationOpens":"%s","registrationCloses":"%s","seats":%s,"approval":"NONE","attendanceMinPercent":80}' \
    "$1" "$(later 60)" "$(later 120)" "$(date -d '-1 day' +%F)" "$(later 50)" "$2"
}
open_cohort() {
  local id; id="$(api trainer POST api/cohorts "$(cohort_form "$1" "$2")" | json_field id)"
  api trainer POST "api/cohorts/$id/status" '{"status":"OPEN"}' >/dev/null
  echo "$id"
}
apply_cohort="$(open_cohort "Dauerlauf Anmeldungen" 5)"
enrol_cohort="$(open_cohort "Dauerlauf Einschreibungen" 1000)"
org="$(api admin GET api/organisations | json_field id)"
: >"$work/people"
for i in $(seq 1 "$learners"); do
  tag="d$i-$RANDOM"
  person="$(api admin POST api/people "{\"givenName\":\"Dauer\",\"familyName\":\"Lauf $tag\",\"email\":\"$tag@example.org\",\"organisationId\":$org,\"language\":\"de\"}" | json_field id)"
  api admin PUT "api/people/$person/account" "{\"roles\":[\"LEARNER\"],\"username\":\"$tag\",\"initialPassword\":\"$password\"}" >/dev/null
  echo "$tag $person" >>"$work/people"
done
quiz_course="it-architektur"
quizzes="$(curl -s -u learner:$password "$base/api/courses/$quiz_course" | grep -o '"id":"quiz-[^"]*"' | cut -d'"' -f4 | sort -u | tr '\n' ' ')"
[ -n "$quizzes" ] || { echo "no quiz found" >&2; exit 1; }

# One worker: applies its learners to the cohort, enrols them into the other one (as trainer), and
# submits quiz attempts in a loop; every 2xx goes into its acknowledgement file.
worker() {
  local n="$1" acks="$work/acks/$1"
  local mine=(); while read -r user person; do mine+=("$user:$person"); done < <(awk -v w="$workers" -v n="$n" 'NR % w == n' "$work/people")
  for entry in "${mine[@]}"; do
    local user="${entry%%:*}" person="${entry##*:}" reply
    reply="$(api "$user" POST "api/cohorts/$apply_cohort/applications" '{"note":"Dauerlauf"}')"
    [ "${reply%% *}" = 201 ] && echo "application $apply_cohort $(json_field id <<<"$reply") $user" >>"$acks"
    reply="$(api trainer POST "api/cohorts/$enrol_cohort/enrolments" "{\"personId\":$person}")"
    [ "${reply%% *}" = 201 ] && echo "enrolment $enrol_cohort $(json_field id <<<"$reply") $user" >>"$acks"
  done
  local quiz
  for quiz in $quizzes $quizzes $quizzes; do # three attempts are allowed per quiz
    for entry in "${mine[@]}"; do
      local user="${entry%%:*}" attempt reply
      reply="$(api "$user" POST "api/courses/$quiz_course/quizzes/$quiz/attempts")"
      [ "${reply%% *}" = 000 ] && return
      [ "${reply%% *}" = 200 ] || continue
      attempt="$(json_field id <<<"$reply")"
      reply="$(api "$user" POST "api/me/attempts/$attempt/submit")"
      [ "${reply%% *}" = 200 ] && echo "attempt $attempt $user" >>"$acks"
      [ "${reply%% *}" = 000 ] && return
    done
  done
}

echo "== $workers concurrent writers; kill -9 after $kill_after s"
for n in $(seq 0 $((workers - 1))); do worker "$n" & done
sleep "$kill_after"
stop_server KILL
echo "   server killed (kill -9) while writing"
wait_workers() { for pid in $(jobs -p); do [ "$pid" = "$server_pid" ] || wait "$pid" 2>/dev/null || true; done; }
wait_workers
cat "$work"/acks/* 2>/dev/null | sort -u >"$work/acknowledged"
acknowledged="$(wc -l <"$work/acknowledged")"

echo "== restart on the same data"
start_server
present=0; half=0
while read -r kind id second user; do
  case "$kind" in
    application|enrolment)
      cohort="$id"; participant="$second"
      if api admin GET "api/cohorts/$cohort/applications?size=200" | grep -q "\"id\":$participant,"; then
        present=$((present + 1)); fi ;;
    attempt)
      reply="$(api "$user" GET "api/me/attempts/$id")"
      if [ "${reply%% *}" = 200 ] && grep -q '"submitted":true' <<<"$reply"; then
        present=$((present + 1))
        grep -q '"result":{' <<<"$reply" || { half=$((half + 1)); echo "   half-written attempt $id" >&2; }
      fi ;;
  esac
done < <(cat "$work/acknowledged" | awk '{ if ($1 == "attempt") print $1, $2, "-", $3; else print $1, $2, $3, $4 }')
for cohort in "$apply_cohort" "$enrol_cohort"; do
  view="$(api admin GET "api/cohorts/$cohort")"
  counted="$(json_field enrolled <<<"$view")"
  listed="$(api admin GET "api/cohorts/$cohort/applications?size=200&status=ENROLLED" | json_field total)"
  seats="$(json_field seats <<<"$view")"
  if [ "$counted" != "$listed" ] || [ "$counted" -gt "$seats" ]; then
    half=$((half + 1)); echo "   cohort $cohort inconsistent: enrolled $counted, listed $listed, seats $seats" >&2
  fi
done
echo "acknowledged $acknowledged, present $present"
[ "$acknowledged" -gt 0 ] && [ "$acknowledged" = "$present" ] && [ "$half" = 0 ] || { echo "DURABILITY FAILED ($half half-written)" >&2; exit 1; }

echo "== online backup, a write after it, offline restore with ij"
backup="$(api admin POST api/admin/backup)"
[ "${backup%% *}" = 200 ] || { echo "backup failed: $backup" >&2; exit 1; }
folder="$(sed -n 's/.*"folder":"\([^"]*\)".*/\1/p' <<<"$backup")"
people_at_backup="$(api admin GET 'api/people?size=1' | json_field total)"
api admin POST api/people "{\"givenName\":\"Nach\",\"familyName\":\"Sicherung\",\"email\":\"nach.sicherung.$RANDOM@example.org\",\"organisationId\":$org,\"language\":\"de\"}" >/dev/null
stop_server TERM
lib="$work/derby-lib"; mkdir -p "$lib"
unzip -q -o -j target/academy.war 'WEB-INF/lib/derby*.jar' -d "$lib"
printf "connect 'jdbc:derby:academy;user=academy;password=academy;restoreFrom=%s/academy';\ndisconnect;\nexit;\n" "$(cd "$folder" && pwd)" >"$work/restore.sql"
java -Dderby.system.home="$data" -cp "$lib/*" org.apache.derby.tools.ij "$work/restore.sql" >"$work/restore.log" 2>&1
start_server
people_after_restore="$(api admin GET 'api/people?size=1' | json_field total)"
echo "backup in $folder: people at backup $people_at_backup, after restore $people_after_restore"
[ "$people_at_backup" = "$people_after_restore" ] || { echo "RESTORE FAILED" >&2; exit 1; }
echo "durability and backup/restore: OK"
