#!/usr/bin/env bash
# Logs in through the login form of the web UI, as a browser would, and leaves the session cookie in
# a curl cookie jar. Usage: bench/faces-login.sh BASE_URL USER PASSWORD COOKIE_JAR
# The form is posted with its view state and PrimeFaces' CSP nonce (every Faces POST needs both).
set -euo pipefail
base="$1" user="$2" password="$3" jar="$4"
page="$(curl -sS -b "$jar" -c "$jar" "$base/login.xhtml")"
view_state="$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' <<<"$page" | head -1 | sed 's/.*value="//;s/"$//')"
nonce="$(grep -o 'nonce="[^"]*"' <<<"$page" | head -1 | sed 's/nonce="//;s/"$//')"
status="$(curl -sS -b "$jar" -c "$jar" -o /dev/null -w '%{http_code}' \
  --data-urlencode "jakarta.faces.ViewState=$view_state" --data-urlencode "primefaces.nonce=$nonce" \
  --data-urlencode 'login=login' --data-urlencode "login:username=$user" \
  --data-urlencode "login:password=$password" --data-urlencode 'login:submit=' "$base/login.xhtml")"
# a successful login redirects to the start page of the role; a failed one shows the form again (200)
[ "$status" = 302 ] || [ "$status" = 303 ] || { echo "login of $user at $base failed (HTTP $status)" >&2; exit 1; }
