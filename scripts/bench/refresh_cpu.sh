#!/usr/bin/env bash
# refresh_cpu.sh — the CPU one refresh costs (issue 10, not in CI): a throw-away PostgreSQL 15 and the
# packaged service started as perf.sh starts it, tenant "bench" with its owner, then only the refresh
# load (wrk-refresh.lua: rotation as a client does it). Per measured run it prints refresh/s, p50/p99,
# and the CPU milliseconds per refresh of the service's JVM and of PostgreSQL (all its processes), read
# from /proc before and after the run, plus the machine's other load. CPU per request moves far less
# with a shared machine's load than requests per second: compare builds with it (A, B, A, B).
#
#   JAR=/other/build/bootstrap/target/quarkus-app/quarkus-run.jar scripts/bench/refresh_cpu.sh
#   JAVA_OPTS="-Xms64m -Xmx512m -XX:StartFlightRecording=filename=/tmp/r.jfr,settings=profile" \
#     scripts/bench/refresh_cpu.sh                    # a JFR profile of the warm-up and the runs
#
# Env (defaults): JAR (this checkout's), JAVA_OPTS ("-Xms64m -Xmx512m": the side-by-side comparison's
#   heap cap), RUNS=3 (measured runs), DURATION=15s, WARMUP=20s, WARMUP_ROUNDS=2, THREADS=2,
#   CONNS=16, PG_BIN, PG_PORT=15436, PG_OS_USER=postgres, PORT=18095 (management PORT+100),
#   ARGON2="7168 5 1", JWT_ALG=RS256 (ES256: an EC P-256 signing key), KEEP=0. Hold `flock` of a shared lock when several people load one machine.
set -uo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin} PG_PORT=${PG_PORT:-15436} PG_OS_USER=${PG_OS_USER:-postgres}
PORT=${PORT:-18095} MGMT_PORT=$((PORT + 100)) JAVA=${JAVA:-java} JAVA_OPTS=${JAVA_OPTS-"-Xms64m -Xmx512m"}
RUNS=${RUNS:-3} DURATION=${DURATION:-15s} WARMUP=${WARMUP:-20s} WARMUP_ROUNDS=${WARMUP_ROUNDS:-2}
THREADS=${THREADS:-2} CONNS=${CONNS:-16} KEEP=${KEEP:-0}
JAR=${JAR:-$root/bootstrap/target/quarkus-app/quarkus-run.jar}
API=http://127.0.0.1:$PORT MGMT=http://127.0.0.1:$MGMT_PORT

NAME=refresh-cpu; source "$here/lifecycle.sh"
for t in curl jq wrk psql awk ss openssl; do command -v $t >/dev/null || die "missing tool: $t"; done
[ -f "$JAR" ] || die "no $JAR (mvn -B -q -pl bootstrap -am package -DskipTests)"
for p in $PG_PORT $PORT $MGMT_PORT; do ss -Hltn "sport = :$p" | grep -q . && die "port $p is busy"; done
start_pg -c max_connections=200
make_keys
cd "$(dirname "$JAR")" || die "no folder of $JAR"

ADMIN=root@platform.test ADMIN_PW='Platform-Admin-Pass-2026!' PW='Bench-Password-2026!'
launch_app "$work/app.log" $JAVA_OPTS
wait_ready "$work/app.log"
create_tenant bench

# Ticks per thread of the JVM, by thread name without its number (the JIT, the GC, the event loops, workers).
thread_ticks() { for t in /proc/$APP_PID/task/*/stat; do sed -E 's/^[0-9]+ \((.*)\) /\1\t/' "$t" 2>/dev/null; done |
  awk -F'\t' '{split($2, f, " "); n = $1; gsub(/[-#]?[0-9]+$/, "", n); gsub(/[0-9]+/, "N", n); print n "\t" f[12] + f[13]}'; }
export T_THREADS=$THREADS T_RT_FILE=$work/rt.txt
prep() { local i; for i in $(seq 1 $((CONNS * 4))); do login bench owner@bench.test "$PW" | jq -r .refresh_token; done >"$T_RT_FILE"; }
wrk_run() { wrk --timeout 10s -t"$THREADS" -c"$CONNS" -d"$1" --latency -s "$here/wrk-refresh.lua" "$API/api/v1/auth/refresh" 2>&1; }
for r in $(seq 1 "$WARMUP_ROUNDS"); do prep; log "warm-up $r/$WARMUP_ROUNDS: refresh x $WARMUP"; wrk_run "$WARMUP" >/dev/null; done

hz=$(getconf CLK_TCK)
echo "Tenantry refresh CPU: $JAR ($(stat -c %y "$JAR" | cut -c1-19)), JVM: $JAVA_OPTS; wrk -t$THREADS -c$CONNS -d$DURATION after $WARMUP_ROUNDS x $WARMUP"
printf '%-4s | %9s | %8s | %8s | %7s | %13s | %9s | %s\n' run "refresh/s" "p50" "p99" "non-2xx" "server ms/req" "pg ms/req" "cores: server / pg / rest of machine"
for run in $(seq 1 "$RUNS"); do
  prep
  thread_ticks >"$work/threads0"; a0=$(app_ticks) p0=$(pg_ticks) b0=$(busy_ticks) t0=$(date +%s.%N)
  o=$(wrk_run "$DURATION")
  a1=$(app_ticks) p1=$(pg_ticks) b1=$(busy_ticks) t1=$(date +%s.%N); thread_ticks >"$work/threads1"
  awk -F'\t' -v n="$(awk '/ requests in /{print $1}' <<<"$o")" -v hz="$hz" 'NR == FNR {a[$1] -= $2; next} {a[$1] += $2}
    END {for (k in a) if (a[k] > 0) printf "%s\t%.4f\n", k, 1000 * a[k] / hz / n}' "$work/threads0" "$work/threads1" >>"$work/threads.txt"
  echo "===== run $run"$'\n'"$o" >>"$work/wrk.txt"
  read -r rps p50 p99 errs total <<<"$(awk '/^Requests\/sec/{r=$2} $1=="50%"{p50=$2} $1=="99%"{p99=$2} /Non-2xx/{e=$NF} / requests in /{n=$1} END{print r, p50, p99, e+0, n}' <<<"$o")"
  awk -v run="$run" -v rps="$rps" -v p50="$p50" -v p99="$p99" -v e="$errs" -v n="$total" -v hz="$hz" \
    -v a=$((a1 - a0)) -v p=$((p1 - p0)) -v b=$((b1 - b0)) -v t0="$t0" -v t1="$t1" 'BEGIN {
      s = t1 - t0; printf "%-4s | %9s | %8s | %8s | %7s | %13.3f | %9.3f | %.2f / %.2f / %.2f\n", run, rps, p50, p99, e,
        1000 * a / hz / n, 1000 * p / hz / n, a / hz / s, p / hz / s, (b - a - p) / hz / s }'
done
echo "server CPU ms per refresh by thread name, mean of the runs (a thread that ends during a run is missed):"
awk -F'\t' -v runs="$RUNS" '{s[$1] += $2} END {for (k in s) printf "%8.3f  %s\n", s[k] / runs, k}' "$work/threads.txt" | sort -rn | head -15
