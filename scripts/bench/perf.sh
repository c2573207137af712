#!/usr/bin/env bash
# perf.sh — issue 10's table for Tenantry in one command (not in CI): starts a throw-away PostgreSQL 15
# (Debian binaries) and the packaged service with the JVM settings we ship (scripts/jvm.options),
# creates the data (platform admin, tenant "bench" with its owner), warms up, measures with wrk and
# prints start to ready, RSS, login/s, /users/me/s and refresh/s. Figures on a shared machine are
# noisy: run it when nothing else runs, and compare runs on the same machine only.
#
#   scripts/bench/perf.sh                                  # from any directory
#   JAVA_OPTS="-Xms64m -Xmx512m" scripts/bench/perf.sh     # other JVM settings than the shipped ones
#   NMT=1 scripts/bench/perf.sh                            # + native memory and thread counts
#
# Env (defaults): PG_BIN=/usr/lib/postgresql/15/bin PG_PORT=15433 PG_OS_USER=postgres (initdb refuses
#   root) PORT=18091 (management PORT+100) JAVA=java JAVA_OPTS=(the lines of scripts/jvm.options)
#   STARTS=3 (measured, after one throw-away) DURATION=15s THREADS=2 CONNS=16 WRK_TIMEOUT=10s
#   WARMUP=20s WARMUP_ROUNDS=2 ARGON2="7168 5 1" (Keycloak's default cost) NMT=0 KEEP=0 (keep the work dir)
#   KINDS="login me refresh" (the request kinds warmed up and measured; KINDS=login for the login alone)
#   LOAD=1 (0: start-up and RSS after start only) CDS=1 (use quarkus-app/app-cds.jsa when the build made
#   one, as scripts/run.sh does; 0: a plain java -jar, as the side-by-side comparison launches it)
# Hooks: every executable scripts/bench/lists*.sh and scripts/bench/tenants.sh runs after the table
#   with BENCH_API, BENCH_MGMT, BENCH_ADMIN_TOKEN, BENCH_JDBC_URL, BENCH_PSQL (a psql command line);
#   what they print is appended. HOOKS=0 skips them.
set -uo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin} PG_PORT=${PG_PORT:-15433} PG_OS_USER=${PG_OS_USER:-postgres}
PORT=${PORT:-18091} MGMT_PORT=$((PORT + 100)) JAVA=${JAVA:-java}
JAVA_OPTS=${JAVA_OPTS-$(grep -v '^#' "$root/scripts/jvm.options" | tr '\n' ' ')}
STARTS=${STARTS:-3} DURATION=${DURATION:-15s} THREADS=${THREADS:-2} CONNS=${CONNS:-16}
WRK_TIMEOUT=${WRK_TIMEOUT:-10s} WARMUP=${WARMUP:-20s} WARMUP_ROUNDS=${WARMUP_ROUNDS:-2}
read -r A_MEM A_IT A_PAR <<<"${ARGON2:-7168 5 1}"
NMT=${NMT:-0} PGSS=${PGSS:-0} KEEP=${KEEP:-0} HOOKS=${HOOKS:-1} LOAD=${LOAD:-1} CDS=${CDS:-1}
KINDS=${KINDS:-login me refresh}
JAR=${JAR:-$root/bootstrap/target/quarkus-app/quarkus-run.jar}
API=http://127.0.0.1:$PORT MGMT=http://127.0.0.1:$MGMT_PORT

NAME=perf; source "$here/lifecycle.sh"
for t in curl jq wrk psql awk ss openssl; do command -v $t >/dev/null || die "missing tool: $t (Debian: apt-get install -y curl jq wrk postgresql-client gawk iproute2 openssl)"; done
[ -x "$PG_BIN/initdb" ] || die "no PostgreSQL binaries in $PG_BIN (Debian: apt-get install -y postgresql-15)"
if [ ! -f "$JAR" ]; then
  log "no $JAR: building it"
  (cd "$root" && mvn -B -q -pl bootstrap -am package -DskipTests -Dit.test=none -DskipITs -Dcontainer-smoke.skip=true) || die "build failed"
fi
for p in $PG_PORT $PORT $MGMT_PORT; do ss -Hltn "sport = :$p" | grep -q . && die "port $p is busy"; done

# ---- PostgreSQL: a fresh cluster in the work dir, trust auth on loopback
if [ "$PGSS" = 1 ]; then
  start_pg -c max_connections=200 -c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.track=all
  $PSQL -d tenantry -c 'create extension pg_stat_statements' || die "no pg_stat_statements"
else
  start_pg -c max_connections=200
fi
make_keys
# The archive lists the class path as the build saw it (quarkus-run.jar, relative): java runs from its folder.
cd "$(dirname "$JAR")" || die "no folder of $JAR"
[ "$CDS" = 1 ] && [ -f app-cds.jsa ] && CDS_OPT=-XX:SharedArchiveFile=app-cds.jsa
log "PostgreSQL $($PSQL -d postgres -c 'show server_version') on 127.0.0.1:$PG_PORT; work dir $work"

# ---- the service: the side-by-side comparison's environment, the shipped JVM settings
ADMIN=root@platform.test ADMIN_PW='Platform-Admin-Pass-2026!' PW='Bench-Password-2026!'
start_app() { # log -> APP_PID, READY_S
  local t0; t0=$(date +%s.%N)
  launch_app "$1" $JAVA_OPTS ${NMT_OPT:-} ${CDS_OPT:-}
  wait_ready "$1"
  READY_S=$(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN{printf "%.2f", b-a}')
}
rss_mb() { awk '/VmRSS/{printf "%.0f", $2/1024}' "/proc/$APP_PID/status"; }
threads() { awk '/^Threads/{print $2}' "/proc/$APP_PID/status"; }
HZ=$(getconf CLK_TCK)
# app_ticks, pg_ticks (CPU ticks of the service and of PostgreSQL) and login: lifecycle.sh
per_req() { awk -v t="$1" -v n="$2" -v hz="$HZ" 'BEGIN{ if (n > 0) printf "%.2f", t / hz / n * 1000; else print "-" }'; }
pgss() { # label: the statements PostgreSQL spent most time on since the last reset
  [ "$PGSS" = 1 ] || return 0
  { echo "===== pg_stat_statements, $1 (calls, total ms, mean ms, rows, shared blocks hit+read per call)"
    $PSQL -d tenantry -F' | ' -c "select calls, round(total_exec_time::numeric, 1), round(mean_exec_time::numeric, 3), rows,
      round((shared_blks_hit + shared_blks_read)::numeric / calls, 1), left(regexp_replace(query, '\s+', ' ', 'g'), 160)
      from pg_stat_statements where dbid = (select oid from pg_database where datname = 'tenantry')
      order by total_exec_time desc limit 15"; } >>"$work/pgss.txt" 2>&1
}
median() { sort -g | awk '{a[NR]=$1} END{if(NR%2) print a[(NR+1)/2]; else printf "%.2f\n", (a[NR/2]+a[NR/2+1])/2}'; }
nmt() { # label
  [ "$NMT" = 1 ] || return 0
  pmap -x "$APP_PID" >"$work/pmap-${1// /-}.txt" 2>&1
  { echo "===== $1: RSS $(rss_mb) MB, $(threads) threads"; jcmd "$APP_PID" GC.heap_info | sed -n '2,4p'
    jcmd "$APP_PID" VM.native_memory summary scale=MB | grep -E '^(Total|-| +\()' | grep -v -E '^ +\((malloc|mmap|arena)' ;
    echo "thread names:"; jcmd "$APP_PID" Thread.print | awk -F'"' '/^"/{n=$2; gsub(/[-#]?[0-9]+$/, "", n); gsub(/[0-9]+/, "N", n); c[n]++} END{for(k in c) printf "  %3d %s\n", c[k], k}' | sort -rn; } >>"$work/nmt.txt" 2>&1
}
[ "$NMT" = 1 ] && NMT_OPT=-XX:NativeMemoryTracking=summary

# ---- start-up: one throw-away start (creates the schema and the data), then STARTS measured ones
starts=()
for i in $(seq 0 "$STARTS"); do
  start_app "$work/app-start$i.log"
  log "start $i: ready in ${READY_S}s ($(grep -o 'started in [0-9.]*s' "$work/app-start$i.log" | tail -1))"
  if [ "$i" = 0 ]; then
    ADM=$(login system "$ADMIN" "$ADMIN_PW" | jq -r .access_token) || die "platform admin login failed"
    code=$(curl -s -o /dev/null -w '%{http_code}' "$API/api/v1/admin/tenants" -H "Authorization: Bearer $ADM" -H 'Content-Type: application/json' \
      -d "{\"slug\":\"bench\",\"name\":\"bench\",\"owner\":{\"email\":\"owner@bench.test\",\"display_name\":\"Owner\",\"password\":\"$PW\"}}")
    [ "$code" = 201 ] || die "creating tenant bench answered $code"
  else
    starts+=("$READY_S")
  fi
  [ "$i" -lt "$STARTS" ] && stop_app
done
START_MED=$(printf '%s\n' "${starts[@]}" | median)
sleep 2; RSS_START=$(rss_mb) THREADS_START=$(threads); nmt "after start"

if [ "$LOAD" != 1 ]; then
  echo "start to ready, s (median of $STARTS): $START_MED [${starts[*]}]; RSS after start $RSS_START MB, $THREADS_START threads; JVM settings: ${JAVA_OPTS:-none} ${CDS_OPT:-(no AppCDS)}"
  [ "$NMT" = 1 ] && cat "$work/nmt.txt"
  exit 0
fi
# ---- load: warm-up, then one wrk run per request kind
export T_TENANT=bench T_EMAIL=owner@bench.test T_PASS=$PW T_THREADS=$THREADS T_RT_FILE=$work/rt.txt
prep_me() { export T_ACCESS; T_ACCESS=$(login bench owner@bench.test "$PW" | jq -r .access_token); }
prep_refresh() { local i; for i in $(seq 1 $((CONNS * 4))); do login bench owner@bench.test "$PW" | jq -r .refresh_token; done >"$T_RT_FILE"; }
wrk_run() { wrk --timeout "$WRK_TIMEOUT" -t"$THREADS" -c"$CONNS" -d"$1" --latency -s "$here/wrk-$2.lua" "$3" 2>&1; }
declare -A RES
wants() { [[ " $KINDS " == *" $1 "* ]]; }
# Rows of every tenant's users table updated so far, and how many of those heap-only (HOT).
user_updates() { $PSQL -d tenantry -F' ' -c "select coalesce(sum(n_tup_upd), 0), coalesce(sum(n_tup_hot_upd), 0) from pg_stat_user_tables where relname = 'users'"; }
for r in $(seq 1 "$WARMUP_ROUNDS"); do
  log "warm-up $r/$WARMUP_ROUNDS: $KINDS x $WARMUP"
  wants login && wrk_run "$WARMUP" login "$API/api/v1/auth/login" >/dev/null
  wants me && { prep_me; wrk_run "$WARMUP" me "$API/api/v1/users/me" >/dev/null; }
  wants refresh && { prep_refresh; wrk_run "$WARMUP" refresh "$API/api/v1/auth/refresh" >/dev/null; }
done
declare -A UPD
for kind in $KINDS; do
  case $kind in login) url=$API/api/v1/auth/login ;; me) prep_me; url=$API/api/v1/users/me ;; refresh) prep_refresh; url=$API/api/v1/auth/refresh ;; esac
  [ "$PGSS" = 1 ] && $PSQL -d tenantry -c 'select pg_stat_statements_reset()' >/dev/null
  read -r u0 h0 <<<"$(user_updates)"; a0=$(app_ticks) p0=$(pg_ticks)
  o=$(wrk_run "$DURATION" "$kind" "$url"); echo "===== $kind"$'\n'"$o" >>"$work/wrk.txt"
  a1=$(app_ticks) p1=$(pg_ticks); pgss "$kind"
  n=$(awk '/requests in/{print $1}' <<<"$o")
  sleep 1; read -r u1 h1 <<<"$(user_updates)" # statistics reach the view within a second
  UPD[$kind]=$(awk -v u=$((u1 - u0)) -v h=$((h1 - h0)) -v n="$n" 'BEGIN{ if (n > 0) printf "%.2f / %.2f", u / n, h / n; else print "-" }')
  RES[$kind]="$(awk '/^Requests\/sec/{r=$2} $1=="50%"{p50=$2} $1=="99%"{p99=$2} /Non-2xx/{e=$NF} END{printf "%s|%s|%s|%s", r, p50, p99, e+0}' <<<"$o")|$(per_req $((a1 - a0)) "$n")|$(per_req $((p1 - p0)) "$n")"
  log "$kind: ${RES[$kind]} (req/s|p50|p99|non-2xx|service CPU ms|PostgreSQL CPU ms per request)"
  [ "$kind" = refresh ] || nmt "after $kind"
done
RSS_LOAD=$(rss_mb) THREADS_LOAD=$(threads); nmt "after load"

# ---- the table
f() { cut -d'|' -f"$2" <<<"${RES[$1]:-}"; }
echo
echo "Tenantry $(cd "$root" && git describe --always --dirty 2>/dev/null), $($JAVA -version 2>&1 | head -1), $(nproc) cores (shared by the service, PostgreSQL and wrk)"
echo "JVM settings: ${JAVA_OPTS:-(none: the JVM defaults)} ${CDS_OPT:-(no AppCDS archive)}"
echo "Argon2id m=$A_MEM t=$A_IT p=$A_PAR; wrk --timeout $WRK_TIMEOUT -t$THREADS -c$CONNS -d$DURATION after $WARMUP_ROUNDS x $WARMUP warm-up per request kind"
printf '%-40s | %s\n' "figure" "Tenantry"
printf '%-40s | %s\n' "start to ready, s (median of $STARTS)" "$START_MED [${starts[*]}]"
printf '%-40s | %s\n' "RSS after start / after load, MB" "$RSS_START / $RSS_LOAD"
printf '%-40s | %s\n' "threads after start / after load" "$THREADS_START / $THREADS_LOAD"
printf '%-40s | %s\n' "password login/s (p50 / p99)" "$(f login 1) ($(f login 2) / $(f login 3))"
printf '%-40s | %s\n' "GET /users/me/s (p50 / p99)" "$(f me 1) ($(f me 2) / $(f me 3))"
printf '%-40s | %s\n' "refresh/s, rotating (p50 / p99)" "$(f refresh 1) ($(f refresh 2) / $(f refresh 3))"
printf '%-40s | %s\n' "non-2xx (login / me / refresh)" "$(f login 4) / $(f me 4) / $(f refresh 4)"
printf '%-40s | %s\n' "service CPU ms per login / me / refresh" "$(f login 5) / $(f me 5) / $(f refresh 5)"
printf '%-40s | %s\n' "PostgreSQL CPU ms per login / me / refresh" "$(f login 6) / $(f me 6) / $(f refresh 6)"
printf '%-40s | %s\n' "users rows updated / HOT per login" "${UPD[login]:--}"
[ "$NMT" = 1 ] && { echo; cat "$work/nmt.txt"; }
[ "$PGSS" = 1 ] && { echo; cat "$work/pgss.txt"; }

# ---- optional hooks of other benchmarks (lists, tenant scale) on the same running service
if [ "$HOOKS" = 1 ]; then
  export BENCH_API=$API BENCH_MGMT=$MGMT BENCH_JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/tenantry" BENCH_PSQL="$PSQL -d tenantry"
  export BENCH_ADMIN_TOKEN; BENCH_ADMIN_TOKEN=$(login system "$ADMIN" "$ADMIN_PW" | jq -r .access_token)
  for hook in "$here"/lists*.sh "$here"/tenants.sh; do
    [ -x "$hook" ] || continue
    echo; echo "--- $(basename "$hook")"; "$hook" || log "$(basename "$hook") failed (exit $?)"
  done
fi
