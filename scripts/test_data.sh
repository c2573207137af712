#!/usr/bin/env bash
# Bulk synthetic tenants and users for load tests, created through the API of a running Tenantry,
# with a progress bar. Defaults are small (10 tenants x 10 users); raise them for load tests, e.g.
# TENANTS=1000 USERS=1000 (a million invitations: expect hours, and run it against a test system).
#
#   ADMIN_EMAIL=admin@example.com ADMIN_PASSWORD='change me: a long passphrase' scripts/test_data.sh
#   TENANTS=100 USERS=50 PARALLEL=8 PREFIX=load ... scripts/test_data.sh
#
# Environment: API (http://localhost:8080), ADMIN_EMAIL, ADMIN_PASSWORD, TENANTS (10), USERS (10 per
# tenant, the owner included), PARALLEL (4 concurrent requests), PREFIX (slug prefix, "load").
# Tenants that exist already are reused. Needs curl, jq and xargs.
set -euo pipefail
API=${API:-http://localhost:8080}
ADMIN_EMAIL=${ADMIN_EMAIL:?set ADMIN_EMAIL and ADMIN_PASSWORD to the platform admin}
ADMIN_PASSWORD=${ADMIN_PASSWORD:?set ADMIN_PASSWORD}
TENANTS=${TENANTS:-10}
USERS=${USERS:-10}
PARALLEL=${PARALLEL:-4}
PREFIX=${PREFIX:-load}
PASSWORD=${PASSWORD:-synthetic load passphrase 42}
for tool in curl jq xargs; do command -v $tool >/dev/null || { echo "$tool is not installed" >&2; exit 2; }; done
[[ $TENANTS =~ ^[0-9]+$ && $USERS =~ ^[1-9][0-9]*$ ]] || { echo "TENANTS and USERS must be numbers" >&2; exit 2; }

login() { # tenant email password -> access token; waits out the per-IP login rate limit (429)
  local body headers status wait
  body=$(jq -n --arg t "$1" --arg e "$2" --arg p "$3" '{tenant:$t,email:$e,password:$p}')
  headers=$(mktemp)
  while :; do
    status=$(curl -s -D "$headers" -o "$headers.body" -w '%{http_code}' "$API/api/v1/auth/login" \
      -H 'Content-Type: application/json' -d "$body")
    [ "$status" != 429 ] && break
    wait=$(awk 'tolower($1)=="retry-after:" {print $2+0}' "$headers"); sleep "${wait:-5}"
  done
  [ "$status" = 200 ] && jq -r .access_token "$headers.body"
  rm -f "$headers" "$headers.body"
  [ "$status" = 200 ]
}

progress() { # done total label
  local width=40 filled=$(($1 * 40 / ($2 > 0 ? $2 : 1)))
  printf '\r%-8s [%-*s] %d/%d' "$3" "$width" "$(printf '%*s' "$filled" '' | tr ' ' '#')" "$1" "$2"
}

ADMIN=$(login system "$ADMIN_EMAIL" "$ADMIN_PASSWORD") || { echo "admin login failed" >&2; exit 1; }
total=$((TENANTS * USERS)) done=0 failed=0
export API PASSWORD
for t in $(seq 1 "$TENANTS"); do
  slug=$(printf '%s-%05d' "$PREFIX" "$t") owner="owner@$slug.test"
  status=$(curl -s -o /dev/null -w '%{http_code}' "$API/api/v1/admin/tenants" \
    -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' \
    -d "$(jq -n --arg s "$slug" --arg e "$owner" --arg p "$PASSWORD" \
      '{slug:$s,name:$s,owner:{email:$e,display_name:"Owner",password:$p}}')")
  [[ $status == 201 || $status == 409 ]] || { echo; echo "tenant $slug answered $status" >&2; exit 1; }
  token=$(login "$slug" "$owner" "$PASSWORD")
  done=$((done + 1))
  # The other users of this tenant, PARALLEL at a time; each prints its HTTP status.
  results=$(seq 2 "$USERS" | xargs -r -P "$PARALLEL" -I{} curl -s -o /dev/null -w '%{http_code}\n' \
    "$API/api/v1/users" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -d "{\"email\":\"user{}@$slug.test\",\"display_name\":\"User {}\",\"roles\":[\"member\"]}")
  done=$((done + USERS - 1))
  if [ -n "$results" ]; then
    failed=$((failed + $(grep -cvE '^(201|409)$' <<<"$results" || true)))
  fi
  progress "$done" "$total" users
done
echo
echo "$TENANTS tenants, $total users (owners included); $failed requests failed."
[ "$failed" -eq 0 ]
