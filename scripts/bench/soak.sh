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
PORT=${PORT:-8080}
MGMT_PORT=${MGMT_PORT:-9000}
JAR=${JAR:-bootstrap/target/quarkus-app/quarkus-run.jar}
READERS=${READERS:-4}             # connections reading /users/me
API=http://localhost:$PORT
MGMT=http://localhost:$MGMT_PORT
ADMIN_EMAIL=admin@soak.test
ADMIN_PASSWORD='first platform passphrase for the soak'
OWNER_PASSWORD='tenant passphrase for the soak run'

for tool in wrk curl jq java; do
  command -v $tool >/dev/null || { echo "$tool is not installed (wrk: apt-get install -y wrk)" >&2; exit 2; }
done
[ -f "$JAR" ] || mvn -B -q package -DskipTests

work=$(mktemp -d)
app_pid=
cleanup() {
  if [ -n "$app_pid" ]; then kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

# ---- start the service (the README's run command, with a throw-away data folder) ---------------
export APP_BOOTSTRAP_ADMIN_EMAIL=$ADMIN_EMAIL APP_BOOTSTRAP_ADMIN_PASSWORD=$ADMIN_PASSWORD
export QUARKUS_HTTP_PORT=$PORT QUARKUS_MANAGEMENT_PORT=$MGMT_PORT APP_AUTH_RATE_LIMIT_PER_MINUTE=0 APP_AUTH_ACCESS_TOKEN_TTL=PT2H
export QUARKUS_MAILER_MOCK=true QUARKUS_LOG_CATEGORY__IO_QUARKUS_MAILER__LEVEL=WARN
export APP_DB_EMBEDDED_DIR=$work/data
if [ -n "${PGURL:-}" ]; then
  export QUARKUS_DATASOURCE_JDBC_URL=$PGURL QUARKUS_DATASOURCE_USERNAME=${PGUSER:-postgres}
  export QUARKUS_DATASOURCE_PASSWORD=${PGPASSWORD:-}
  # With a real database the production profile insists on a signing key.
  if [ -z "${APP_JWT_SIGNING_KEY:-}" ]; then
    openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$work/signing-key.pem" 2>/dev/null
    export APP_JWT_SIGNING_KEY=$work/signing-key.pem
  fi
fi
java ${JAVA_OPTS:-} -jar "$JAR" >"$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 120); do
  curl -sf "$MGMT/q/health/ready" >/dev/null && break
  kill -0 "$app_pid" 2>/dev/null || { echo "the service exited:" >&2; tail -20 "$work/app.log" >&2; exit 1; }
  sleep 1
done
curl -sf "$MGMT/q/health/ready" >/dev/null || { echo "not ready after 120 s" >&2; exit 1; }

# ---- a tenant with its owner: the load's accounts -----------------------------------------------
post() { curl -sf "$API$1" -H 'Content-Type: application/json' "${@:3}" -d "$2"; }
slug=soak-$(date +%s)
admin=$(post /api/v1/auth/login "{\"tenant\":\"system\",\"email\":\"$ADMIN_EMAIL\",\"password\":\"$ADMIN_PASSWORD\"}" | jq -r .access_token)
post /api/v1/admin/tenants "{\"slug\":\"$slug\",\"name\":\"Soak\",\"owner\":{\"email\":\"owner@$slug.test\",\"display_name\":\"Owner\",\"password\":\"$OWNER_PASSWORD\"}}" \
  -H "Authorization: Bearer $admin" >/dev/null
login_body="{\"tenant\":\"$slug\",\"email\":\"owner@$slug.test\",\"password\":\"$OWNER_PASSWORD\"}"
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
