#!/usr/bin/env bash
# Imports users from another system into one tenant through POST /api/v1/users/import, streaming a
# JSON array or a CSV file in batches (at most 1,000 rows each), with a progress bar and a summary.
# Rows keep their existing password hashes (bcrypt, scrypt, PBKDF2-SHA256, Argon2); see
# docs/api/import-export.md.
#
#   TENANT=acme EMAIL=owner@acme.test PASSWORD='…' scripts/import_users.sh users.json
#   TENANT=acme EMAIL=owner@acme.test PASSWORD='…' scripts/import_users.sh users.csv
#
# JSON: an array of rows {"email","display_name","roles":[...],"email_verified","external_id"?,
# "password_hash"?}. CSV: a header line email,display_name,roles,email_verified,external_id,
# password_hash; roles separated by '|'; no commas inside fields. Environment: API (default
# http://localhost:8080), TENANT, EMAIL and PASSWORD of a user with users:write, BATCH (500),
# INVITE (false: rows without a hash get no mail). Failed rows go to <file>.failed.json with their
# row number in the file. Needs curl and jq.
set -euo pipefail
API=${API:-http://localhost:8080}
TENANT=${TENANT:?set TENANT, EMAIL and PASSWORD}
EMAIL=${EMAIL:?set EMAIL}
PASSWORD=${PASSWORD:?set PASSWORD}
BATCH=${BATCH:-500}
INVITE=${INVITE:-false}
FILE=${1:?usage: scripts/import_users.sh users.json|users.csv}
for tool in curl jq; do command -v $tool >/dev/null || { echo "$tool is not installed" >&2; exit 2; }; done
(( BATCH >= 1 && BATCH <= 1000 )) || { echo "BATCH must be 1..1000" >&2; exit 2; }

TOKEN=$(curl -sf "$API/api/v1/auth/login" -H 'Content-Type: application/json' \
  -d "$(jq -n --arg t "$TENANT" --arg e "$EMAIL" --arg p "$PASSWORD" '{tenant:$t,email:$e,password:$p}')" \
  | jq -r .access_token) || { echo "login failed" >&2; exit 1; }

rows() { # one compact JSON row per line, streamed
  case $FILE in
    *.csv) tail -n +2 "$FILE" | jq -R -c 'select(length > 0) | split(",") |
             {email: .[0], display_name: .[1], roles: (.[2] | split("|")),
              email_verified: (.[3] == "true")}
             + (if (.[4] // "") != "" then {external_id: .[4]} else {} end)
             + (if (.[5] // "") != "" then {password_hash: .[5]} else {} end)';;
    *) jq -c --stream 'fromstream(1 | truncate_stream(inputs))' -n < "$FILE";;
  esac
}

TOTAL=$(rows | wc -l)
FAILED_FILE="$FILE.failed.json"
: > "$FAILED_FILE.tmp"
done_rows=0 created=0 failed=0 offset=0 started=$(date +%s)
BAR='########################################'
progress() {
  local filled=$(( TOTAL > 0 ? done_rows * 40 / TOTAL : 40 ))
  printf '\r[%-40s] %d/%d created %d failed %d' "${BAR:0:filled}" \
    "$done_rows" "$TOTAL" "$created" "$failed" >&2
}
send() { # batch file
  local answer
  answer=$(jq -s -c --argjson invite "$INVITE" '{users: ., invite: $invite}' "$1" \
    | curl -s "$API/api/v1/users/import" -H "Authorization: Bearer $TOKEN" \
        -H 'Content-Type: application/json' --data-binary @-)
  jq -e '.created' >/dev/null <<<"$answer" || { echo; echo "import call failed: $answer" >&2; exit 1; }
  created=$(( created + $(jq .created <<<"$answer") ))
  failed=$(( failed + $(jq '.failed | length' <<<"$answer") ))
  jq -c --argjson offset "$offset" '.failed[] | .row = (.index + $offset + 1) | del(.index)' \
    <<<"$answer" >> "$FAILED_FILE.tmp"
  done_rows=$(( done_rows + $(wc -l < "$1") ))
  offset=$done_rows
  progress
}

batch=$(mktemp)
trap 'rm -f "$batch"' EXIT
progress
rows | {
  count=0
  while IFS= read -r row; do
    echo "$row" >> "$batch"
    count=$(( count + 1 ))
    if (( count == BATCH )); then send "$batch"; : > "$batch"; count=0; fi
  done
  if (( count > 0 )); then send "$batch"; fi
  echo >&2
  jq -s . "$FAILED_FILE.tmp" > "$FAILED_FILE" && rm -f "$FAILED_FILE.tmp"
  echo "imported $created of $TOTAL users in $(( $(date +%s) - started )) s; $failed failed (see $FAILED_FILE)"
}
