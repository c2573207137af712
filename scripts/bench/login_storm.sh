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
PORT=${PORT:-8080}
JAR=${JAR:-bootstrap/target/quarkus-app/quarkus-run.jar}
API=http://localhost:$PORT
ADMIN_EMAIL=admin@storm.test
ADMIN_PASSWORD='first platform passphrase for the storm'
OWNER_PASSWORD='tenant passphrase for the storm run'

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

export APP_BOOTSTRAP_ADMIN_EMAIL=$ADMIN_EMAIL APP_BOOTSTRAP_ADMIN_PASSWORD=$ADMIN_PASSWORD
export QUARKUS_HTTP_PORT=$PORT APP_AUTH_RATE_LIMIT_PER_MINUTE=0 APP_AUTH_ACCESS_TOKEN_TTL=PT2H
export QUARKUS_MAILER_MOCK=true QUARKUS_LOG_CATEGORY__IO_QUARKUS_MAILER__LEVEL=WARN
export APP_DB_EMBEDDED_DIR=$work/data
if [ -n "${PGURL:-}" ]; then
  export QUARKUS_DATASOURCE_JDBC_URL=$PGURL QUARKUS_DATASOURCE_USERNAME=${PGUSER:-postgres}
  export QUARKUS_DATASOURCE_PASSWORD=${PGPASSWORD:-}
fi
java ${JAVA_OPTS:-} -jar "$JAR" >"$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 180); do
  curl -sf "$API/q/health/ready" >/dev/null && break
  kill -0 "$app_pid" 2>/dev/null || { echo "the service exited:" >&2; tail -20 "$work/app.log" >&2; exit 1; }
  sleep 1
done
curl -sf "$API/q/health/ready" >/dev/null || { echo "not ready after 180 s" >&2; exit 1; }

post() { curl -sf "$API$1" -H 'Content-Type: application/json' "${@:3}" -d "$2"; }
slug=storm-$(date +%s)
owner_email=owner@$slug.test
admin=$(post /api/v1/auth/login "{\"tenant\":\"system\",\"email\":\"$ADMIN_EMAIL\",\"password\":\"$ADMIN_PASSWORD\"}" | jq -r .access_token)
post /api/v1/admin/tenants "{\"slug\":\"$slug\",\"name\":\"Storm\",\"owner\":{\"email\":\"$owner_email\",\"display_name\":\"Owner\",\"password\":\"$OWNER_PASSWORD\"}}" \
  -H "Authorization: Bearer $admin" >/dev/null
reader=$(post /api/v1/auth/login "{\"tenant\":\"$slug\",\"email\":\"$owner_email\",\"password\":\"$OWNER_PASSWORD\"}" | jq -r .access_token)

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
