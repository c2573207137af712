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
    # A file up to 100 MB is read whole (jq needs about 6 times its size, and is 5 times faster);
    # a larger one is streamed.
    *) if (( $(wc -c < "$FILE") <= 100 * 1024 * 1024 )); then jq -c '.[]' "$FILE"
       else jq -c --stream 'fromstream(1 | truncate_stream(inputs))' -n < "$FILE"; fi;;
  esac
}

# The rows are converted once, into one line each, and cut into batch files: no per-row work in
# the shell, which would otherwise cost more than the service spends on a row.
parts=$(mktemp -d)
trap 'rm -rf "$parts"' EXIT
rows > "$parts/rows"
TOTAL=$(wc -l < "$parts/rows")
split -l "$BATCH" -d -a 6 "$parts/rows" "$parts/batch."
rm -f "$parts/rows"
FAILED_FILE="$FILE.failed.json"
: > "$FAILED_FILE.tmp"
done_rows=0 created=0 failed=0 started=$(date +%s)
BAR='########################################'
progress() {
  local filled=$(( TOTAL > 0 ? done_rows * 40 / TOTAL : 40 ))
  printf '\r[%-40s] %d/%d created %d failed %d' "${BAR:0:filled}" \
    "$done_rows" "$TOTAL" "$created" "$failed" >&2
}
send() { # batch file
  local answer counts
  answer=$(jq -s -c --argjson invite "$INVITE" '{users: ., invite: $invite}' "$1" \
    | curl -s "$API/api/v1/users/import" -H "Authorization: Bearer $TOKEN" \
        -H 'Content-Type: application/json' --data-binary @-)
  counts=$(jq -r '"\(.created) \(.failed | length)"' <<<"$answer" 2>/dev/null) \
    && [[ $counts =~ ^[0-9]+\ [0-9]+$ ]] \
    || { echo >&2; echo "import call failed: $answer" >&2; exit 1; }
  created=$(( created + ${counts% *} ))
  failed=$(( failed + ${counts#* } ))
  jq -c --argjson offset "$done_rows" '.failed[] | .row = (.index + $offset + 1) | del(.index)' \
    <<<"$answer" >> "$FAILED_FILE.tmp"
  done_rows=$(( done_rows + $(wc -l < "$1") ))
  progress
}

progress
for batch in "$parts"/batch.*; do
  [ -e "$batch" ] || continue
  send "$batch"
done
echo >&2
jq -s . "$FAILED_FILE.tmp" > "$FAILED_FILE" && rm -f "$FAILED_FILE.tmp"
echo "imported $created of $TOTAL users in $(( $(date +%s) - started )) s; $failed failed (see $FAILED_FILE)"
