#!/usr/bin/env bash
# Import throughput (not in CI): starts the packaged service on a throw-away embedded database,
# writes a file of USERS users (default 100,000) with bcrypt hashes, imports it with
# scripts/import_users.sh and prints the total time and users per second. The target is under two
# minutes for 100,000 users: hashes are stored as given, never computed, so the file reuses a
# handful of bcrypt hashes made once (cost 10, passwords below) and one imported user logs in at the
# end to show the stored hash works.
#
#   scripts/bench/import.sh                    # 100,000 users, CSV
#   USERS=10000 FORMAT=json scripts/bench/import.sh
#
# Needs Java 17, curl, jq and wrk (lib.sh checks for it). Builds the jar if it is missing. Mails go
# to the mock mailer; imported rows with a hash get none anyway.
set -euo pipefail
cd "$(dirname "$0")/../.."
USERS=${USERS:-100000}
FORMAT=${FORMAT:-csv}   # csv or json
BATCH=${BATCH:-1000}    # rows per call (the API takes at most 1,000)
NAME=import
source scripts/bench/lib.sh

# bcrypt (OpenBSD form) of "imported password N", made once with Bouncy Castle's OpenBSDBCrypt.
HASHES=(
  '$2b$10$BdOd.EXZ6dz1Mn3PsZ2/0.ZNyaNSRkZDSUyXQKKL.B2txQzW452Fe'
  '$2b$10$KEDR2F/We0pp42DKEgnFhOfKsriP4q95awx0xnunXxNXdYz3yG9V6'
  '$2b$10$tiYSdsLQlhknhsweJg./rerJIE1OPJN4GacSjAJkvE4LGMBGl8TDG'
  '$2b$10$/gR16j9hWp7WDhalqYN9C.waPjRBIbCNoO268Ovnwn7HZpd6PMnta'
)
file=$work/users.$FORMAT
awk -v n="$USERS" -v format="$FORMAT" -v hashes="${HASHES[*]}" 'BEGIN {
  k = split(hashes, h, " ")
  if (format == "json") print "["
  else print "email,display_name,roles,email_verified,external_id,password_hash"
  for (i = 0; i < n; i++) {
    hash = h[i % k + 1]
    if (format == "json")
      printf "%s{\"email\":\"user%d@import.test\",\"display_name\":\"User %d\",\"roles\":[\"member\"],\"email_verified\":true,\"external_id\":\"legacy-%d\",\"password_hash\":\"%s\"}\n", (i ? "," : ""), i, i, i, hash
    else
      printf "user%d@import.test,User %d,member,true,legacy-%d,%s\n", i, i, i, hash
  }
  if (format == "json") print "]"
}' > "$file"

bench_start
bench_tenant
echo "importing $USERS users ($FORMAT, $BATCH per call) into tenant $slug" >&2
started=$(date +%s.%N)
API=$API TENANT=$slug EMAIL=$owner_email PASSWORD=$OWNER_PASSWORD BATCH=$BATCH \
  scripts/import_users.sh "$file" >"$work/import.out"
finished=$(date +%s.%N)
cat "$work/import.out"

owner=$(post /api/v1/auth/login "$login_body" | jq -r .access_token)
stored=$(curl -sf "$API/api/v1/users?size=1" -H "Authorization: Bearer $owner" | jq .total)
login=$(curl -s -o /dev/null -w '%{http_code}' "$API/api/v1/auth/login" -H 'Content-Type: application/json' \
  -d "{\"tenant\":\"$slug\",\"email\":\"user0@import.test\",\"password\":\"imported password 1\"}")
awk -v s="$started" -v f="$finished" -v n="$USERS" -v stored="$stored" -v login="$login" 'BEGIN {
  t = f - s
  printf "users: %d imported, %d in the tenant (owner included)\n", n, stored
  printf "total: %.1f s, %.0f users/s (target: 100,000 in under 120 s)\n", t, n / t
  printf "login of an imported user with its old password: HTTP %s\n", login
}'
[ "$stored" -eq $(( USERS + 1 )) ] && [ "$login" = 200 ]
