#!/usr/bin/env bash
# Login storm benchmark (not in CI): starts the packaged service, measures the latency of reads
# (GET /api/v1/users/me) alone, then again while STORM connections fire wrong-password logins.
# With the login bulkhead the reads stay fast and every login answers 401 or 503 (+ Retry-After);
# without it the hashing held pooled connections and reads timed out. Prints wrk's latency
# distribution of the reads in both phases, and the status codes of reads and logins.
#
#   scripts/bench/login_storm.sh                          # 10 s per phase, 48 storming connections
#   SECONDS_PER_PHASE=30 STORM=96 scripts/bench/login_storm.sh
#   PGURL=jdbc:postgresql://db:5432/tenantry PGUSER=tenantry PGPASSWORD=secret scripts/bench/login_storm.sh
#
# Needs Java 17, curl, jq and wrk (Debian: apt-get install -y wrk). Builds the jar if it is missing.
# The per-IP auth rate limit is off (one client IP); Argon2 runs at the production cost.
set -euo pipefail
cd "$(dirname "$0")/../.."
PHASE=${SECONDS_PER_PHASE:-10}
STORM=${STORM:-48}                # connections sending wrong-password logins
READERS=${READERS:-4}             # connections reading /users/me
NAME=storm
source scripts/bench/lib.sh
bench_start
bench_tenant
reader=$(post /api/v1/auth/login "$login_body" | jq -r .access_token)

# Counts status codes over every wrk thread and prints them after wrk's own summary.
counting='
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) counts = {} end
function response(status, headers, body) counts[status] = (counts[status] or 0) + 1 end
function done(summary, latency, requests)
  local total = {}
  for _, t in ipairs(threads) do
    for k, v in pairs(t:get("counts")) do total[k] = (total[k] or 0) + v end
  end
  for k, v in pairs(total) do io.write(string.format("  status %d: %d\n", k, v)) end
end'
cat >"$work/read.lua" <<LUA
wrk.headers["Authorization"] = "Bearer $reader"
$counting
LUA
# Wrong passwords for the owner: after the lockout engages each attempt still costs a (dummy) hash,
# so the storm keeps the hashing slots busy for its whole length.
cat >"$work/storm.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"tenant":"$slug","email":"$owner_email","password":"a wrong guess in the storm"}'
$counting
LUA

echo "== reads alone ($READERS connections, ${PHASE}s)"
wrk -t2 -c"$READERS" -d"${PHASE}s" --latency -s "$work/read.lua" "$API/api/v1/users/me"

echo "== reads during a login storm ($STORM storming connections)"
wrk -t2 -c"$STORM" -d"$((PHASE + 4))s" --timeout 30s -s "$work/storm.lua" "$API/api/v1/auth/login" \
  >"$work/storm.txt" 2>&1 &
storm_pid=$!
sleep 2
wrk -t2 -c"$READERS" -d"${PHASE}s" --latency -s "$work/read.lua" "$API/api/v1/users/me"
wait "$storm_pid" || true
echo "== the storm's logins"
cat "$work/storm.txt"
