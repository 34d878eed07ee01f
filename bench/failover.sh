#!/usr/bin/env bash
# Failover check of a running cluster (server-config/cluster/start.sh with demo data on PostgreSQL).
#  1. Seats: 3 × SEATS learners apply at the same moment for one cohort, every second request sent
#     directly to the other node; never more may be enrolled than there are seats.
#  2. Session: a new learner logs in through nginx, opens a lesson and marks it done, opens the next
#     lesson; then the node holding her session is killed (kill -9) before she clicks "done" there. She
#     goes on through nginx without logging in again; every lesson she marked must still be done.
# Usage: bench/failover.sh     (needs curl and jq; run from the project root like the cluster scripts)
# Prints requests made, errors seen during failover, the failover time and seats booked vs capacity;
# exits 1 if progress was lost, the learner had to log in again, or seats were over-booked.
# The killed node stays down: start it again with server-config/cluster/start.sh (it starts only what is missing).
set -euo pipefail
lb="${ACADEMY_LB_URL:-http://localhost:8088}"
run_dir="${ACADEMY_RUN_DIR:-target/cluster}"
first_port="${ACADEMY_FIRST_PORT:-8181}"
nodes=("http://127.0.0.1:$first_port" "http://127.0.0.1:$((first_port + 1))")
seats="${SEATS:-10}"
demo_password=academy-demo
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
jar="$work/cookies"
requests=0
failed=0

fail() { echo "FAILED: $*" >&2; failed=1; }

# ---------------------------------------------------------------- 1. seats under concurrency
applicants=$((seats * 3))
echo "== Seats: $applicants learners apply at once for $seats seats, alternating ${nodes[*]}"
admin=(-sS -u "admin:$demo_password" -H 'Content-Type: application/json')
organisation="$(curl "${admin[@]}" "$lb/api/organisations" | jq -r .id)"
cohort="$(curl "${admin[@]}" "$lb/api/cohorts" -d "{\"title\":\"Failover-Test $(date +%T)\",
  \"programIri\":\"urn:smartcity-academy:program:smart-city-manager\",
  \"startsOn\":\"$(date -d '+4 weeks' +%F)\",\"endsOn\":\"$(date -d '+16 weeks' +%F)\",
  \"registrationOpens\":\"$(date -d yesterday +%F)\",\"registrationCloses\":\"$(date -d '+3 weeks' +%F)\",
  \"seats\":$seats,\"approval\":\"NONE\",\"attendanceMinPercent\":80}" | jq -r .id)"
curl "${admin[@]}" -o /dev/null "$lb/api/cohorts/$cohort/status" -d '{"status":"OPEN"}'
requests=$((requests + 3))
tag="$(date +%s)"
for i in $(seq 1 "$applicants"); do
  person="$(curl "${admin[@]}" "$lb/api/people" -d "{\"givenName\":\"Failover\",\"familyName\":\"Test $tag-$i\",
    \"email\":\"failover.$tag.$i@example.org\",\"organisationId\":$organisation,\"language\":\"de\"}" | jq -r .id)"
  curl "${admin[@]}" -o /dev/null -X PUT "$lb/api/people/$person/account" \
    -d "{\"roles\":[\"LEARNER\"],\"username\":\"failover-$tag-$i\",\"initialPassword\":\"failover-test-123\"}"
  requests=$((requests + 2))
done
for i in $(seq 1 "$applicants"); do echo "$i ${nodes[$((i % 2))]}"; done \
  | TAG="$tag" COHORT="$cohort" xargs -P "$applicants" -n 2 sh -c 'curl -sS -o /dev/null -w "%{http_code}\n" \
      -u "failover-$TAG-$1:failover-test-123" -H "Content-Type: application/json" -d "{\"note\":null}" \
      "$2/api/cohorts/$COHORT/applications"' _ >"$work/applications"
requests=$((requests + applicants))
enrolled="$(curl "${admin[@]}" "$lb/api/cohorts/$cohort/enrolments?size=200" | jq '.items | length')"
waitlisted="$(curl "${admin[@]}" "$lb/api/cohorts/$cohort/applications?status=WAITLISTED&size=200" | jq '.items | length')"
requests=$((requests + 2))
echo "applications answered: $(sort "$work/applications" | uniq -c | awk '{printf "%s×%s ", $1, $2}')"
echo "seats booked: $enrolled of $seats (waitlisted: $waitlisted)"
[ "$enrolled" -le "$seats" ] || fail "over-booked: $enrolled enrolled for $seats seats"
[ "$enrolled" -eq "$seats" ] || fail "only $enrolled of $seats seats booked although $applicants applied"

# ---------------------------------------------------------------- 2. session failover
page() { # page URL → body in $work/page, status in $status; follows no redirects
  requests=$((requests + 1))
  status="$(curl -sS -b "$jar" -c "$jar" -o "$work/page" -w '%{http_code}' -H 'Accept-Language: de' "$1" || echo 000)"
}
faces_post() { # faces_post URL FORM_FIELDS… → like page, posting the view's state and PrimeFaces' CSP nonce
  local url="$1"; shift
  local view_state nonce
  view_state="$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' "$work/view" | head -1 | sed 's/.*value="//;s/"$//')"
  nonce="$(grep -o 'nonce="[^"]*"' "$work/view" | head -1 | sed 's/nonce="//;s/"$//')"
  requests=$((requests + 1))
  status="$(curl -sS -b "$jar" -c "$jar" -o "$work/page" -w '%{http_code}' -H 'Accept-Language: de' \
    --data-urlencode "jakarta.faces.ViewState=$view_state" --data-urlencode "primefaces.nonce=$nonce" \
    "$@" "$url" || echo 000)"
}
mark_done() { # mark_done COURSE LESSON: the ajax "done" button of the lesson page loaded into $work/view
  faces_post "$lb/learner/lesson.xhtml?course=$1&lesson=$2" -H 'Faces-Request: partial/ajax' \
    --data-urlencode 'jakarta.faces.partial.ajax=true' --data-urlencode 'jakarta.faces.source=lessonForm:markDone' \
    --data-urlencode 'jakarta.faces.partial.execute=lessonForm:markDone' \
    --data-urlencode 'jakarta.faces.partial.render=lessonForm:state lessonForm:messages' \
    --data-urlencode 'lessonForm:markDone=lessonForm:markDone' --data-urlencode 'lessonForm=lessonForm'
}
open_lesson() { # open_lesson COURSE LESSON: the page with its "done" button (she has not done it yet)
  page "$lb/learner/lesson.xhtml?course=$1&lesson=$2"
  cp "$work/page" "$work/view"
  grep -q 'id="lessonForm:markDone"' "$work/view" || fail "lesson $2 shows no 'done' button (HTTP $status)"
}
node_of_session() { # which node answers for the learner's session: the one nginx's hash maps it to
  local probe="failover-$RANDOM$RANDOM"
  page "$lb/learner/index.xhtml?probe=$probe"
  awk -v probe="$probe" '$6 == probe {node = $2} END {print node}' "$run_dir/nginx/access.log"
}

learner="failover-$tag-1"
echo "== Session: learner $learner logs in through $lb"
"$(dirname "$0")/faces-login.sh" "$lb" "$learner" failover-test-123 "$jar" || { fail "login failed"; exit 1; }
requests=$((requests + 2))
course="$(curl -sS -b "$jar" "$lb/api/courses" | jq -r '.items[0].id')"
mapfile -t lessons < <(curl -sS -b "$jar" "$lb/api/courses/$course" | jq -r '.modules[].lessons[].id' | head -3)
requests=$((requests + 2))
[ "${#lessons[@]}" -eq 3 ] || { fail "course $course has fewer than three lessons"; exit 1; }

open_lesson "$course" "${lessons[0]}"
mark_done "$course" "${lessons[0]}"
grep -q doneStatus "$work/page" || fail "lesson ${lessons[0]} not marked done before the failover ($status)"

open_lesson "$course" "${lessons[1]}"
victim="$(node_of_session)"
victim_pid_file="$run_dir/node$(( ${victim##*:} - first_port + 1 )).pid"
[ -f "$victim_pid_file" ] || { fail "cannot tell which node holds the session ($victim)"; exit 1; }
echo "session lives on $victim; kill -9 $(basename "$victim_pid_file" .pid) (pid $(cat "$victim_pid_file"))"
killed_at="$(date +%s%N)"
kill -9 "$(cat "$victim_pid_file")"
rm -f "$victim_pid_file"

# the click on "done" of the page that the dead node rendered: nginx passes it on to the other node,
# which must know the session and the page's view state from the data grid
errors=0
recovered_at=""
for attempt in 1 2 3 4 5; do
  mark_done "$course" "${lessons[1]}"
  if [ "$status" = 200 ] && grep -q doneStatus "$work/page"; then recovered_at="$(date +%s%N)"; break; fi
  errors=$((errors + 1))
  echo "  attempt $attempt: HTTP $status$(grep -q 'login' "$work/page" && echo ', login page')"
  sleep 1
done
[ -n "$recovered_at" ] || fail "the learner could not go on after the failover"

open_lesson "$course" "${lessons[2]}"
[ "$status" = 200 ] || { errors=$((errors + 1)); fail "lesson page after failover answered $status"; }
grep -q 'name="login:username"' "$work/view" && fail "the learner was sent to the login page"
mark_done "$course" "${lessons[2]}"
grep -q doneStatus "$work/page" || { errors=$((errors + 1)); fail "lesson ${lessons[2]} not marked done after the failover"; }

[ "$errors" -le 1 ] || fail "$errors failed requests during the failover (at most one may fail)"

done_lessons="$(curl -sS -b "$jar" "$lb/api/courses/$course" | jq -r '[.modules[].lessons[] | select(.done) | .id] | join(" ")')"
requests=$((requests + 1))
for lesson in "${lessons[@]}"; do
  [[ " $done_lessons " == *" $lesson "* ]] || fail "progress lost: lesson $lesson is not done"
done

echo "== Result"
echo "requests made:                 $requests"
echo "errors seen during failover:   $errors (a request is repeated at most once by the user)"
[ -n "$recovered_at" ] && echo "failover time:                 $(( (recovered_at - killed_at) / 1000000 )) ms (kill -9 → next successful click)"
echo "lessons done (course $course): $done_lessons"
echo "seats booked vs capacity:      $enrolled / $seats"
exit "$failed"
