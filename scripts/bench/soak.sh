#!/usr/bin/env bash
# Soak test (not in CI): starts the packaged service, runs mixed load for DURATION seconds (logins,
# reads of /users/me, token refreshes, invitations) with wrk, and prints every minute the process
# RSS (from /proc) and each scenario's throughput and p99 latency; at the end, whether they stayed flat.
#
#   scripts/bench/soak.sh                       # 30 minutes, embedded PostgreSQL in a temp folder
#   DURATION=120 scripts/bench/soak.sh          # a quick try
#   PGURL=jdbc:postgresql://db:5432/tenantry PGUSER=tenantry PGPASSWORD=secret scripts/bench/soak.sh
#
# Needs Java 17, curl, jq and wrk (Debian: apt-get install -y wrk). Builds the jar if it is missing.
# Mails go to the mock mailer (nothing is sent); the per-IP auth rate limit is off (one client IP).
set -euo pipefail
cd "$(dirname "$0")/../.."
DURATION=${DURATION:-1800}        # seconds in total
ROUND=${ROUND:-60}                # seconds per measured round (one printed line)
READERS=${READERS:-4}             # connections reading /users/me
NAME=soak
source scripts/bench/lib.sh
bench_start
bench_tenant
owner=$(post /api/v1/auth/login "$login_body" | jq -r .access_token)

# ---- wrk scripts ----------------------------------------------------------------------------------
cat >"$work/login.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '$login_body'
LUA
cat >"$work/me.lua" <<LUA
wrk.headers["Authorization"] = "Bearer $owner"
LUA
# Refresh tokens rotate on every use (a reused one revokes its family): each answer's token is the
# next request's; without one (first call, or a failure) the connection logs in again.
cat >"$work/refresh.lua" <<LUA
local token = nil
request = function()
  if token == nil then
    return wrk.format("POST", "/api/v1/auth/login", {["Content-Type"] = "application/json"}, '$login_body')
  end
  return wrk.format("POST", "/api/v1/auth/refresh", {["Content-Type"] = "application/json"},
    '{"refresh_token":"' .. token .. '"}')
end
response = function(status, headers, body)
  token = status == 200 and body:match('"refresh_token"%s*:%s*"([^"]+)"') or nil
end
LUA
cat >"$work/invite.lua" <<LUA
local n = 0
math.randomseed(os.time() + math.floor(os.clock() * 1000000))
local prefix = string.format("%08x", math.random(0, 0x7fffffff))
request = function()
  n = n + 1
  local body = string.format('{"email":"soak-%s-%d@$slug.test","display_name":"Soak","roles":["member"]}', prefix, n)
  return wrk.format("POST", "/api/v1/users",
    {["Content-Type"] = "application/json", ["Authorization"] = "Bearer $owner"}, body)
end
LUA

# ---- rounds ---------------------------------------------------------------------------------------
rss_mib() { awk '/^VmRSS/ {printf "%d", $2 / 1024}' "/proc/$app_pid/status"; }
p99_ms() { # wrk's "99%" latency line, in milliseconds
  awk '$1 == "99%" { v = $2; u = v; gsub(/[0-9.]/, "", u); gsub(/[a-z]/, "", v);
       if (u == "us") v /= 1000; else if (u == "s") v *= 1000; else if (u == "m") v *= 60000;
       printf "%.1f", v }' "$1"; }
rps() { awk '/^Requests\/sec/ { printf "%.0f", $2 }' "$1"; }
errors() { awk '/Non-2xx/ { n += $NF } /Socket errors/ { n += 1 } END { printf "%d", n }' "$1"; }

rounds=$(( (DURATION + ROUND - 1) / ROUND ))
printf '%-6s %8s | %-22s | %-22s | %-22s | %-22s\n' min rss_MiB \
  "login rps/p99ms/err" "me rps/p99ms/err" "refresh rps/p99ms/err" "invite rps/p99ms/err"
first_rss=; first_p99=; last_rss=; last_p99=
for round in $(seq 1 "$rounds"); do
  secs=$(( round * ROUND <= DURATION ? ROUND : DURATION - (round - 1) * ROUND ))
  pids=()
  wrk -t1 -c1 -d"${secs}s" --latency -s "$work/login.lua" "$API/api/v1/auth/login" >"$work/login.out" & pids+=($!)
  wrk -t2 -c"$READERS" -d"${secs}s" --latency -s "$work/me.lua" "$API/api/v1/users/me" >"$work/me.out" & pids+=($!)
  wrk -t1 -c1 -d"${secs}s" --latency -s "$work/refresh.lua" "$API" >"$work/refresh.out" & pids+=($!)
  wrk -t1 -c1 -d"${secs}s" --latency -s "$work/invite.lua" "$API" >"$work/invite.out" & pids+=($!)
  wait "${pids[@]}"
  line=$(printf '%-6s %8s' "$round" "$(rss_mib)")
  for s in login me refresh invite; do
    line+=$(printf ' | %-22s' "$(rps "$work/$s.out")/$(p99_ms "$work/$s.out")/$(errors "$work/$s.out")")
  done
  echo "$line"
  last_rss=$(rss_mib); last_p99=$(p99_ms "$work/me.out")
  [ -n "$first_rss" ] || { first_rss=$last_rss; first_p99=$last_p99; }
done

echo "RSS: first round ${first_rss} MiB, last ${last_rss} MiB; /users/me p99: first ${first_p99} ms, last ${last_p99} ms"
awk -v a="$first_rss" -v b="$last_rss" -v p="$first_p99" -v q="$last_p99" 'BEGIN {
  printf "RSS change %+.0f%%, read p99 change %+.0f%% (flat = within about +/-20%% on a quiet machine)\n",
    (b - a) * 100 / a, (q - p) * 100 / (p > 0 ? p : 1) }'
echo "ERROR lines in the service log: $(grep -c '"level":"ERROR"' "$work/app.log" || true)"
