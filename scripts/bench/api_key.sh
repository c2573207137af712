#!/usr/bin/env bash
# API-key cost benchmark (not in CI): starts the packaged service, creates a tenant, logs its owner in
# and creates a personal API key for them, then measures GET /api/v1/users/me with the JWT and with
# the key, one after the other with the same wrk settings, and prints each rate and p99 and their
# ratio. Issue #13's goal: the key within 2x of the JWT.
#
#   scripts/bench/api_key.sh                     # 30 s per run after a 5 s warm-up of each
#   DURATION=5 WARMUP=1 scripts/bench/api_key.sh # a smoke run
#   PGURL=jdbc:postgresql://db:5432/tenantry PGUSER=tenantry PGPASSWORD=secret scripts/bench/api_key.sh
#
# Needs Java 17, curl, jq and wrk (Debian: apt-get install -y wrk). Builds the jar if it is missing.
set -euo pipefail
cd "$(dirname "$0")/../.."
DURATION=${DURATION:-30}          # seconds measured per credential
WARMUP=${WARMUP:-5}               # seconds of unmeasured load per credential first
CONNECTIONS=${CONNECTIONS:-4}
THREADS=${THREADS:-2}
NAME=apikey
source scripts/bench/lib.sh
bench_start
bench_tenant
jwt=$(post /api/v1/auth/login "$login_body" | jq -r .access_token)
key=$(post /api/v1/users/me/api-keys '{"name":"benchmark"}' -H "Authorization: Bearer $jwt" | jq -r .key)
[ "${key#tnt_}" != "$key" ] || { echo "no API key was created" >&2; exit 1; }
for credential in "$jwt" "$key"; do
  status=$(curl -s -o /dev/null -w '%{http_code}' "$API/api/v1/users/me" -H "Authorization: Bearer $credential")
  [ "$status" = 200 ] || { echo "GET /users/me answered $status" >&2; exit 1; }
done

cat >"$work/jwt.lua" <<LUA
wrk.headers["Authorization"] = "Bearer $jwt"
LUA
cat >"$work/key.lua" <<LUA
wrk.headers["Authorization"] = "Bearer $key"
LUA

p99_ms() { # wrk's "99%" latency line, in milliseconds
  awk '$1 == "99%" { v = $2; u = v; gsub(/[0-9.]/, "", u); gsub(/[a-z]/, "", v);
       if (u == "us") v /= 1000; else if (u == "s") v *= 1000; else if (u == "m") v *= 60000;
       printf "%.2f", v }' "$1"; }
rps() { awk '/^Requests\/sec/ { printf "%.0f", $2 }' "$1"; }
errors() { awk '/Non-2xx/ { n += $NF } /Socket errors/ { n += 1 } END { printf "%d", n }' "$1"; }
load() { # load NAME SECONDS OUT
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$2s" --latency -s "$work/$1.lua" "$API/api/v1/users/me" >"$3"
}

for run in jwt key; do
  if [ "$WARMUP" -gt 0 ]; then load "$run" "$WARMUP" /dev/null; fi
  load "$run" "$DURATION" "$work/$run.out"
done

printf '%-5s %10s %10s %8s\n' auth rps p99_ms errors
for run in jwt key; do
  printf '%-5s %10s %10s %8s\n' "$run" "$(rps "$work/$run.out")" "$(p99_ms "$work/$run.out")" "$(errors "$work/$run.out")"
done
jwt_rps=$(rps "$work/jwt.out"); key_rps=$(rps "$work/key.out")
jwt_p99=$(p99_ms "$work/jwt.out"); key_p99=$(p99_ms "$work/key.out")
awk -v jr="$jwt_rps" -v kr="$key_rps" -v jp="$jwt_p99" -v kp="$key_p99" 'BEGIN {
  rate = (kr > 0) ? jr / kr : 0; tail = (jp > 0) ? kp / jp : 0
  printf "ratio: JWT rps / key rps = %.2f, key p99 / JWT p99 = %.2f\n", rate, tail
  verdict = (kr > 0 && rate <= 2 && tail <= 2) ? "within 2x of the JWT: goal met" : "more than 2x the JWT: goal missed"
  print verdict }'
