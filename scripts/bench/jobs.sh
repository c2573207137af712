#!/usr/bin/env bash
# jobs.sh — what the background jobs that visit tenants cost at N tenants (not in CI): a throw-away
# PostgreSQL 15 with pg_stat_statements, N tenants created through the API with the first jar (jobs
# off), then one round per jar in JARS on that same database: the service started with audit
# anchoring and the webhook pass every EVERY seconds, SETTLE seconds to get past the start and
# the first passes, then a WINDOW of seconds in which TOUCH tenants are renamed (each rename
# writes its tenant's audit trail, so those trails have work). Per round it prints the window's
# committed transactions (pg_stat_database: each backend reports within a few seconds, so
# the edges of the window are approximate), statements (pg_stat_statements, the service's role only), the CPU
# milliseconds of the service and of PostgreSQL (/proc), and the load average. Compare builds by
# alternating them in JARS (A B A B): CPU figures move far less with a shared machine's load than
# times do. A jar written `path@off` runs its round with both jobs off: what the window costs
# without them (the renames, the mail and webhook dispatch polls). ~6 minutes for N tenants at ~5/s, then WINDOW + SETTLE + ~10 s per round.
#
#   JARS="/tmp/a/quarkus-run.jar bootstrap/target/quarkus-app/quarkus-run.jar /tmp/a/quarkus-run.jar \
#     bootstrap/target/quarkus-app/quarkus-run.jar" N=1000 scripts/bench/jobs.sh
#
# Env (defaults): JARS (this checkout's jar), N=1000, PARALLEL=2 (creates at a time), EVERY=20,
#   WINDOW=60, SETTLE=40, TOUCH=10, PG_BIN, PG_PORT=15437, PG_OS_USER=postgres, PORT=18097
#   (management PORT+100), JAVA_OPTS ("-Xms64m -Xmx512m"), KEEP=0 (1 keeps the work dir, with
#   each round's pg_stat_statements top statements and the service logs).
set -uo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin} PG_PORT=${PG_PORT:-15437} PG_OS_USER=${PG_OS_USER:-postgres}
PORT=${PORT:-18097} MGMT_PORT=$((PORT + 100)) JAVA=${JAVA:-java} JAVA_OPTS=${JAVA_OPTS-"-Xms64m -Xmx512m"}
N=${N:-1000} PARALLEL=${PARALLEL:-2} EVERY=${EVERY:-20} WINDOW=${WINDOW:-60} SETTLE=${SETTLE:-40} TOUCH=${TOUCH:-10}
JARS=${JARS:-$root/bootstrap/target/quarkus-app/quarkus-run.jar}
API=http://127.0.0.1:$PORT MGMT=http://127.0.0.1:$MGMT_PORT

NAME=jobs; source "$here/lifecycle.sh"
for t in curl jq psql awk ss openssl xargs; do command -v $t >/dev/null || die "missing tool: $t"; done
for jar in $JARS; do [ -f "${jar%@*}" ] || die "no ${jar%@*}"; done
for p in $PG_PORT $PORT $MGMT_PORT; do ss -Hltn "sport = :$p" | grep -q . && die "port $p is busy"; done
start_pg -c max_connections=200 -c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.max=20000
$PSQL -d tenantry -c "create extension pg_stat_statements" || die "no pg_stat_statements"
make_keys
ADMIN=root@platform.test ADMIN_PW='Platform-Admin-Pass-2026!'

# Starts $1 with the jobs every $2 (a Quarkus duration or off).
start_jar() {
  JAR=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
  cd "$(dirname "$JAR")" || die "no folder of $JAR"
  export APP_AUDIT_ANCHOR_INTERVAL=$2 APP_AUDIT_ANCHOR_DELAY=5s
  export APP_WEBHOOKS_RESCAN_INTERVAL=$2 APP_WEBHOOKS_RESCAN_DELAY=5s
  launch_app "$work/app-$round.log" $JAVA_OPTS
  wait_ready "$work/app-$round.log"
  TOKEN=$(curl -sf "$API/api/v1/auth/login" -H 'Content-Type: application/json' \
    -d "{\"tenant\":\"system\",\"email\":\"$ADMIN\",\"password\":\"$ADMIN_PW\"}" | jq -r .access_token) || die "admin login failed"
}
create() {
  curl -s -o /dev/null -w '%{http_code}\n' "$API/api/v1/admin/tenants" -H 'Content-Type: application/json' \
    -H "Authorization: Bearer $TOKEN" \
    -d "{\"slug\":\"j$1\",\"name\":\"Jobs $1\",\"owner\":{\"email\":\"owner@j$1.test\",\"display_name\":\"Owner\"}}"
}
rename() {
  curl -s -o /dev/null -w '%{http_code}\n' -X PATCH "$API/api/v1/admin/tenants/$1" -H 'Content-Type: application/json' \
    -H "Authorization: Bearer $TOKEN" -d "{\"name\":\"Renamed $round $(date +%s%N)\"}"
}
SVC="(select oid from pg_roles where rolname = 'tenantry')"
statements() { $PSQL -d tenantry -c "select coalesce(sum(calls), 0), coalesce(sum(calls) filter (where query ilike 'commit%'), 0) from pg_stat_statements where userid = $SVC" | tr '|' ' '; }
commits() { $PSQL -d tenantry -c "select xact_commit from pg_stat_database where datname = 'tenantry'"; }

round=create
first=${JARS%% *}; start_jar "${first%@*}" off
export -f create; export API TOKEN
log "creating $N tenants, $PARALLEL at a time"
began=$(date +%s)
failed=$(seq 1 "$N" | xargs -P "$PARALLEL" -I{} bash -c 'create {}' | grep -vc '^201$')
log "created $N tenants in $(( $(date +%s) - began )) s ($failed failed)"
stop_app

hz=$(getconf CLK_TCK)
echo "jobs.sh: $N tenants, anchoring and webhook pass every ${EVERY}s, window ${WINDOW}s after ${SETTLE}s, $TOUCH tenants renamed in it"
printf '%-5s | %-44s | %8s | %10s | %8s | %10s | %9s | %s\n' round jar "commits" "statements" "COMMITs" "server ms" "pg ms" "load avg start / end"
round=0
for spec in $JARS; do
  round=$((round + 1)) jar=${spec%@*} every=${EVERY}s
  [ "$spec" = "$jar@off" ] && every=off
  start_jar "$jar" "$every"
  sleep "$SETTLE"
  mapfile -t touched < <($PSQL -d tenantry -c "select id from control.tenants where slug like 'j%' order by random() limit $TOUCH")
  $PSQL -d tenantry -c "select pg_stat_statements_reset()" >/dev/null
  sleep 2
  l0=$(cut -d' ' -f1 /proc/loadavg); c0=$(commits); read -r s0 k0 <<<"$(statements)"
  a0=$(app_ticks); p0=$(pg_ticks); t0=$(date +%s)
  for id in "${touched[@]}"; do
    [ "$(rename "$id")" = 200 ] || log "rename of $id failed"
    sleep "$(echo "$WINDOW / ($TOUCH + 1)" | bc -l)"
  done
  while [ $(( $(date +%s) - t0 )) -lt "$WINDOW" ]; do sleep 0.2; done
  a1=$(app_ticks); p1=$(pg_ticks); c1=$(commits); read -r s1 k1 <<<"$(statements)"
  l1=$(cut -d' ' -f1 /proc/loadavg)
  $PSQL -d tenantry -c "select calls, left(regexp_replace(query, '\s+', ' ', 'g'), 110) from pg_stat_statements where userid = $SVC order by calls desc limit 25" >"$work/top-$round.txt"
  printf '%-5s | %-44s | %8d | %10d | %8d | %10.0f | %9.0f | %s / %s\n' "$round" "$(echo "$spec" | rev | cut -c1-44 | rev)" \
    $((c1 - c0)) $((s1 - s0)) $((k1 - k0)) "$(echo "1000 * ($a1 - $a0) / $hz" | bc -l)" "$(echo "1000 * ($p1 - $p0) / $hz" | bc -l)" "$l0" "$l1"
  stop_app
done
