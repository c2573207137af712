#!/usr/bin/env bash
# start_cache.sh — start to ready with the JDK's start-up caches (not in CI): Java 17 with the build's
# AppCDS archive, Java 17 with a class-data archive recorded at the exit of a whole start, and Java 25
# with the AOT cache (JEP 483/515), each recorded once by an exercised run (a tenant, sign-ins,
# /users/me, refreshes, a list), then ROUNDS starts of each, alternating, on a throw-away PostgreSQL
# 15. The packaged service in the aot-jar layout (docs/operations/memory-and-start-up.md, "Start-up
# cache").
#
#   scripts/bench/start_cache.sh
#   ROUNDS=5 APP=/tmp/other/quarkus-app J25=/opt/jdk-25/bin/java scripts/bench/start_cache.sh
#
# Env (defaults): APP=bootstrap/target/quarkus-app (copied, so the build's folder gets no cache)
#   ROUNDS=3 J17=java J25=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
#   JAVA_OPTS="-Xms64m -Xmx512m -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError"
#   PG_BIN=/usr/lib/postgresql/15/bin PG_PORT=15800 PG_OS_USER=postgres PORT=18800 (management +100)
set -uo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
APP=${APP:-$root/bootstrap/target/quarkus-app} ROUNDS=${ROUNDS:-3}
J17=${J17:-java} J25=${J25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
JAVA_OPTS=${JAVA_OPTS:--Xms64m -Xmx512m -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError}
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin} PG_PORT=${PG_PORT:-15800} PG_OS_USER=${PG_OS_USER:-postgres}
PORT=${PORT:-18800} MGMT_PORT=$((${PORT:-18800} + 100))
MGMT=http://127.0.0.1:$MGMT_PORT API=http://127.0.0.1:$PORT
ADMIN=root@platform.test ADMIN_PW='Platform-Admin-Pass-2026!' PW='Bench-Password-2026!'
NAME=startcache; source "$here/lifecycle.sh"
[ -f "$APP/quarkus-run.jar" ] || die "no $APP/quarkus-run.jar: build it first"
[ -x "$J25" ] || die "no Java 25 at $J25 (J25=...)"
start_pg -c max_connections=100; make_keys
cp -r "$APP" "$work/app"; JAR=$work/app/quarkus-run.jar; cd "$work/app" || die "no copy"
hz=$(getconf CLK_TCK)

start() { # label java options... -> one line
  local label=$1 java=$2; shift 2
  local t0 t1
  t0=$(date +%s.%N); JAVA=$java launch_app "$work/$label.log" "$@"; wait_ready "$work/$label.log"; t1=$(date +%s.%N)
  printf '%-22s ready %5.2f s  started-in %-8s CPU %5.2f s  RSS %4d MB\n' "$label" "$(echo "$t1 - $t0" | bc)" \
    "$(grep -a -o 'started in [0-9.]*s' "$work/$label.log" | head -1 | awk '{print $3}')" \
    "$(awk -v hz="$hz" '{print ($14 + $15) / hz}' "/proc/$APP_PID/stat")" "$(awk '/VmRSS/{print int($2 / 1024)}' "/proc/$APP_PID/status")"
  stop_app
}
exercise() { # a recording run's work: a tenant, 20 sign-ins, each with 50 /users/me, a refresh and a list
  local body at rt
  create_tenant "rec$1"
  for _ in $(seq 1 20); do
    body=$(login "rec$1" "owner@rec$1.test" "$PW") || die "login failed"
    at=$(jq -r .access_token <<<"$body") rt=$(jq -r .refresh_token <<<"$body")
    for _ in $(seq 1 50); do curl -sf -o /dev/null "$API/api/v1/users/me" -H "Authorization: Bearer $at"; done
    curl -sf -o /dev/null "$API/api/v1/auth/refresh" -H 'Content-Type: application/json' -d "{\"refresh_token\":\"$rt\"}"
    curl -sf -o /dev/null "$API/api/v1/users?sort=email" -H "Authorization: Bearer $at"
  done
}
record() { # label java options...
  local label=$1 java=$2; shift 2
  JAVA=$java launch_app "$work/$label.log" "$@"; wait_ready "$work/$label.log"; exercise "$label"; stop_app
}

# shellcheck disable=SC2086 # option lists
{
  start schema "$J17" $JAVA_OPTS >/dev/null # the first start creates the schema: not counted
  record j17rec "$J17" $JAVA_OPTS -XX:ArchiveClassesAtExit=app-start.jsa "-Xlog:cds*=error"
  record j25rec "$J25" $JAVA_OPTS -XX:AOTCacheOutput=app.aot "-Xlog:aot*=error" "-Xlog:cds*=error"
  ls -la app-cds.jsa app-start.jsa app.aot >&2
  for r in $(seq 1 "$ROUNDS"); do
    start "$r java17 app-cds.jsa" "$J17" $JAVA_OPTS -XX:SharedArchiveFile=app-cds.jsa
    start "$r java17 app-start.jsa" "$J17" $JAVA_OPTS -XX:SharedArchiveFile=app-start.jsa "-Xlog:cds*=error"
    start "$r java25 app.aot" "$J25" $JAVA_OPTS -XX:AOTCache=app.aot "-Xlog:aot*=error" "-Xlog:cds*=error"
  done
}
