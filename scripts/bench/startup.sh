#!/usr/bin/env bash
# startup.sh — what one start of the packaged service costs, in figures that other work on the
# machine changes little (not in CI): classes loaded (and how many came from the AppCDS archive), CPU
# seconds of the JVM until /q/health/ready answers 200 (and per thread, in threadsN.txt with KEEP=1), RSS
# and the native-memory summary 2 s after.
# Wall time is printed too but means nothing on a busy machine. Starts a throw-away PostgreSQL 15
# (Debian binaries) unless BENCH_JDBC_URL points at one; the first start creates the schema and is
# not counted. The pool waits up to 30 s for a connection (not 3 s): a busy machine is slow to connect.
#
#   scripts/bench/startup.sh                       # 3 measured starts with scripts/jvm.options + AppCDS
#   RUNS=5 JAVA_OPTS="-Xms32m -Xmx512m -XX:+UseSerialGC" scripts/bench/startup.sh
#   APP=/tmp/other/quarkus-app scripts/bench/startup.sh   # another build (a copy keeps the archive valid)
#
# Env (defaults): APP=bootstrap/target/quarkus-app RUNS=3 CDS=1 NMT=1 JAVA=java
#   JAVA_OPTS=(the lines of scripts/jvm.options) ENV_PREFIX (e.g. "MALLOC_ARENA_MAX=2")
#   PG_BIN=/usr/lib/postgresql/15/bin PG_PORT=15491 PG_OS_USER=postgres PORT=18391 (management +100)
#   FIRST=1 (0: no uncounted first start, for a database that already has the schema)
#   KEEP=0 (1: keep the work dir with the logs, class lists and NMT summaries)
set -uo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
APP=${APP:-$root/bootstrap/target/quarkus-app} RUNS=${RUNS:-3} CDS=${CDS:-1} NMT=${NMT:-1} JAVA=${JAVA:-java}
JAVA_OPTS=${JAVA_OPTS-$(grep -v '^#' "$root/scripts/jvm.options" | tr '\n' ' ')}
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin} PG_PORT=${PG_PORT:-15491} PG_OS_USER=${PG_OS_USER:-postgres}
PORT=${PORT:-18391} MGMT=http://127.0.0.1:$((${PORT:-18391} + 100))
NAME=startup; source "$here/lifecycle.sh"
[ -f "$APP/quarkus-run.jar" ] || die "no $APP/quarkus-run.jar: build it first"

if [ -z "${BENCH_JDBC_URL:-}" ]; then
  start_pg
  BENCH_JDBC_URL=jdbc:postgresql://127.0.0.1:$PG_PORT/tenantry
fi
make_keys
cd "$APP" || die "no $APP"
CDS_OPT=""; [ "$CDS" = 1 ] && [ -f app-cds.jsa ] && CDS_OPT=-XX:SharedArchiveFile=app-cds.jsa
NMT_OPT=""; [ "$NMT" = 1 ] && NMT_OPT=-XX:NativeMemoryTracking=summary
hz=$(getconf CLK_TCK)

thread_cpu() { # pid -> CPU seconds per thread name (digits folded but C1/C2 kept: "executor-thread-#"), most first
  for t in /proc/"$1"/task/*; do
    printf '%s\t%s\n' "$(tr -d '\n' <"$t/comm" | perl -pe 's/(?<!^C)[0-9]/#/g')" "$(awk '{print $14 + $15}' "$t/stat")"
  done | awk -F'\t' -v hz="$hz" '{s[$1] += $2; n[$1]++} END {for (k in s) printf "%7.2f s %3d× %s\n", s[k] / hz, n[k], k}' | sort -rn
}

start_app() { # n -> one result line on stdout
  local n=$1 t0 cpu="" wall
  t0=$(date +%s.%N)
  # shellcheck disable=SC2086 # option lists
  env ${ENV_PREFIX:-} QUARKUS_HTTP_PORT="$PORT" QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_MANAGEMENT_PORT="$((PORT + 100))" \
    APP_JWT_SIGNING_KEY="$work/jwt.pem" QUARKUS_DATASOURCE_JDBC_URL="$BENCH_JDBC_URL" \
    QUARKUS_DATASOURCE_USERNAME=tenantry QUARKUS_DATASOURCE_PASSWORD=tenantry QUARKUS_MAILER_MOCK=true \
    QUARKUS_DATASOURCE_JDBC_ACQUISITION_TIMEOUT=30S APP_BOOTSTRAP_ADMIN_EMAIL=root@platform.test APP_BOOTSTRAP_ADMIN_PASSWORD='Platform-Admin-Pass-2026!' \
    APP_AUDIT_ANCHOR_KEY="$ANCHOR_KEY" APP_MFA_SECRET_KEY="$MFA_KEY" \
    $JAVA $JAVA_OPTS $NMT_OPT $CDS_OPT "-Xlog:class+load=info:file=$work/classes$n.txt" \
    -jar quarkus-run.jar >"$work/app$n.log" 2>&1 </dev/null &
  APP_PID=$!
  for _ in $(seq 1 3000); do
    kill -0 "$APP_PID" 2>/dev/null || { tail -c 2000 "$work/app$n.log" >&2; die "the service exited during start-up"; }
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "$MGMT/q/health/ready")" = 200 ]; then
      cpu=$(awk -v hz="$hz" '{printf "%.2f", ($14 + $15) / hz}' "/proc/$APP_PID/stat")
      thread_cpu "$APP_PID" >"$work/threads$n.txt"; break
    fi
    sleep 0.05
  done
  wall=$(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN{printf "%.2f", b-a}')
  local ready_classes; ready_classes=$(wc -l <"$work/classes$n.txt")
  sleep 2
  local rss shared nmt=""
  rss=$(awk '/VmRSS/{printf "%.0f", $2/1024}' "/proc/$APP_PID/status")
  shared=$(grep -c 'shared objects file' "$work/classes$n.txt")
  if [ "$NMT" = 1 ]; then
    jcmd "$APP_PID" VM.native_memory summary scale=MB >"$work/nmt$n.txt" 2>&1
    nmt=$(awk '/^Total:/{c=$0; sub(/.*committed=/, "", c); printf "NMT committed %s", c}
      /^-/{l=$0; sub(/^- */, "", l); n=l; sub(/ *\(.*/, "", n); c=l; sub(/.*committed=/, "", c); sub(/\).*/, "", c); printf ", %s %s", n, c}' "$work/nmt$n.txt")
  fi
  printf 'classes at ready %s (from the archive %s, 2 s later %s) | CPU s to ready %s | wall s %s | RSS MB %s | %s\n' \
    "$ready_classes" "$shared" "$(wc -l <"$work/classes$n.txt")" "${cpu:-?}" "$wall" "$rss" "$nmt"
}

log "APP=$APP JAVA_OPTS=$JAVA_OPTS $CDS_OPT ENV_PREFIX=${ENV_PREFIX:-}"
[ "${FIRST:-1}" = 1 ] && { start_app 0 >/dev/null; stop_app; }
for i in $(seq 1 "$RUNS"); do start_app "$i"; stop_app; done
exit 0
