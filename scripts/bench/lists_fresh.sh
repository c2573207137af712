#!/usr/bin/env bash
# lists_fresh.sh — the user list right after a bulk insert, as side-by-side.sh PART=2 measures it (issue
# 10 Must 7, not in CI): a throw-away PostgreSQL 15 and the packaged service started as perf.sh starts
# it, tenant "big" created through the API, USERS-1 users inserted by the same SQL as side-by-side's
# part2() (ANALYZE, no VACUUM), then after SETTLE seconds a 10 s warm-up and ROUNDS measured runs of
# each request in turn (a 3 s re-prime before each), and with AFTER_VACUUM=1 the same again after a
# VACUUM of users and user_roles. Per run: req/s, p50/p99, the CPU ms per request of the service and of
# PostgreSQL (/proc), and what PostgreSQL was doing meanwhile (autovacuum workers seen in
# pg_stat_activity, the users table's all-visible pages). Before the first run and after the last one:
# EXPLAIN (ANALYZE, BUFFERS) of the list's page and count statements, and pg_stat_statements per run.
#
#   scripts/bench/lists_fresh.sh                                       # the side-by-side row, ~3 min
#   JAR=/tmp/ci19/bootstrap/target/quarkus-app/quarkus-run.jar scripts/bench/lists_fresh.sh
#   ROUNDS=3 AFTER_VACUUM=1 QS="4242 user" scripts/bench/lists_fresh.sh
#
# Env (defaults): JAR (this checkout's), JAVA_OPTS ("-Xms64m -Xmx512m"), USERS=100000, SETTLE=10 (s
#   between the insert and the warm-up, as side-by-side), ROUNDS=2, DURATION=15s, THREADS=2, CONNS=4,
#   QS="" (searches measured after the list, e.g. "4242 user"), AFTER_VACUUM=0, AUTOVACUUM=on (off: the
#   cluster's autovacuum off, to tell its work apart), PG_BIN, PG_PORT=15437, PG_OS_USER=postgres,
#   PORT=18097 (management PORT+100), ARGON2="7168 5 1", KEEP=0. Run it under `flock` of a shared
#   lock when several people load one machine.
set -uo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin} PG_PORT=${PG_PORT:-15437} PG_OS_USER=${PG_OS_USER:-postgres}
PORT=${PORT:-18097} MGMT_PORT=$((PORT + 100)) JAVA=${JAVA:-java} JAVA_OPTS=${JAVA_OPTS-"-Xms64m -Xmx512m"}
USERS=${USERS:-100000} SETTLE=${SETTLE:-10} ROUNDS=${ROUNDS:-2} DURATION=${DURATION:-15s}
THREADS=${THREADS:-2} CONNS=${CONNS:-4} QS=${QS:-} AFTER_VACUUM=${AFTER_VACUUM:-0}
AUTOVACUUM=${AUTOVACUUM:-on} KEEP=${KEEP:-0}
JAR=${JAR:-$root/bootstrap/target/quarkus-app/quarkus-run.jar}
API=http://127.0.0.1:$PORT MGMT=http://127.0.0.1:$MGMT_PORT

NAME=lists-fresh; source "$here/lifecycle.sh"
for t in curl jq wrk psql awk ss openssl; do command -v $t >/dev/null || die "missing tool: $t"; done
[ -f "$JAR" ] || die "no $JAR (mvn -B -q -pl bootstrap -am package -DskipTests)"
for p in $PG_PORT $PORT $MGMT_PORT; do ss -Hltn "sport = :$p" | grep -q . && die "port $p is busy"; done
start_pg -c max_connections=200 -c shared_preload_libraries=pg_stat_statements -c autovacuum="$AUTOVACUUM"
$PSQL -d tenantry -c 'create extension pg_stat_statements' || die "no pg_stat_statements"
make_keys
cd "$(dirname "$JAR")" || die "no folder of $JAR"

ADMIN=root@platform.test ADMIN_PW='Platform-Admin-Pass-2026!' PW='Bench-Password-2026!'
launch_app "$work/app.log" $JAVA_OPTS
wait_ready "$work/app.log"
create_tenant big
sql() { $PSQL -d tenantry "$@"; }
schema=$(sql -c "select schema_name from control.tenants where slug = 'big'")

# side-by-side.sh part2()'s fill, word for word.
t0=$(date +%s)
sql -c "
  insert into $schema.users (id, email, display_name, status, email_verified, password_hash, created_at, updated_at)
    select gen_random_uuid(), format('user%s@big.test', lpad(g::text, 6, '0')), format('User %s', lpad(g::text, 6, '0')),
           'active', true, (select password_hash from $schema.users where email = 'owner@big.test'),
           now() - (g || ' seconds')::interval, now() - (g || ' seconds')::interval
    from generate_series(1, $((USERS - 1))) g;
  insert into $schema.user_roles (user_id, role) select id, 'member' from $schema.users where email like 'user%@big.test';
  analyze $schema.users; analyze $schema.user_roles;" || die "bulk insert failed"
log "inserted $((USERS - 1)) users into $schema in $(( $(date +%s) - t0 ))s"
TOKEN=$(login big owner@big.test "$PW" | jq -r .access_token)
printf 'wrk.headers["Authorization"] = "Bearer %s"\n' "$TOKEN" >"$work/owner.lua"

hz=$(getconf CLK_TCK)
# The users table as the planner and the index-only scans see it.
table_state() {
  sql -F' ' -c "select 'pages', c.relpages, 'all-visible', c.relallvisible, 'vacuumed', coalesce(to_char(greatest(s.last_vacuum, s.last_autovacuum), 'HH24:MI:SS'), 'never'),
      'inserted-since-vacuum', s.n_ins_since_vacuum from pg_class c join pg_stat_user_tables s on s.relid = c.oid
      where c.oid = '$schema.users'::regclass"
}
# The statements of one list request, as the service sends them (Hibernate's SQL, parameters inlined).
explain() {
  { echo "===== $1: $(table_state)"
    sql -c "set search_path = $schema" \
      -c "explain (analyze, buffers, costs off) select ue1_0.id, ue1_0.created_at, ue1_0.display_name, ue1_0.email, ue1_0.email_verified,
            ue1_0.failed_logins, ue1_0.last_login_at, ue1_0.locked_until, ue1_0.password_hash, ue1_0.status, ue1_0.updated_at, ue1_0.version
          from users ue1_0 order by ue1_0.email, ue1_0.id offset 0 rows fetch first 20 rows only" \
      -c "explain (analyze, buffers, costs off) select count(*) from (select ue1_0.id from users ue1_0 order by ue1_0.id
          fetch first 1001 rows only) m"; } >>"$work/plans.txt" 2>&1
}
# Samples pg_stat_activity every second until killed: the autovacuum workers and what they do.
watch_activity() {
  while :; do
    sql -F' ' -c "select to_char(now(), 'HH24:MI:SS'), backend_type, left(query, 80) from pg_stat_activity
      where backend_type = 'autovacuum worker' or query ilike 'autovacuum%'" 2>/dev/null
    sleep 1
  done
}
wrk_run() { wrk --timeout 10s -t"$THREADS" -c"$CONNS" -d"$1" --latency -s "$work/owner.lua" "$2" 2>&1; }
paths=("/api/v1/users?page=0&size=20&sort=email,asc")
for q in $QS; do paths+=("/api/v1/users?q=$q&page=0&size=20&sort=email,asc"); done

measure_all() { # label
  local path round o a0 a1 p0 p1 b0 b1 t0 t1 seen
  for round in $(seq 1 "$ROUNDS"); do
    for path in "${paths[@]}"; do
      wrk_run 3s "$API$path" >/dev/null
      sql -c 'select pg_stat_statements_reset()' >/dev/null
      watch_activity >"$work/activity" & local watcher=$!
      a0=$(app_ticks) p0=$(pg_ticks) b0=$(busy_ticks) t0=$(date +%s.%N)
      o=$(wrk_run "$DURATION" "$API$path")
      a1=$(app_ticks) p1=$(pg_ticks) b1=$(busy_ticks) t1=$(date +%s.%N)
      kill "$watcher" 2>/dev/null; wait "$watcher" 2>/dev/null
      { echo "== $1 round $round $path"; cat "$work/activity"; } >>"$work/activity.all"
      { echo "===== $1 round $round $path $(date +%T)"; echo "$o"; } >>"$work/wrk.txt"
      { echo "===== $1 round $round $path"; sql -F' | ' -c "select calls, round(total_exec_time::numeric, 1), round(mean_exec_time::numeric, 3),
          rows, round((shared_blks_hit + shared_blks_read)::numeric / calls, 1), left(regexp_replace(query, '\s+', ' ', 'g'), 140)
          from pg_stat_statements where dbid = (select oid from pg_database where datname = 'tenantry')
          order by total_exec_time desc limit 6"; } >>"$work/pgss.txt" 2>&1
      seen=$(awk '$2 == "autovacuum" {n++} END {print n + 0}' "$work/activity")
      read -r rps p50 p99 n <<<"$(awk '/^Requests\/sec/{r=$2} $1=="50%"{p50=$2} $1=="99%"{p99=$2} / requests in /{n=$1} END{print r, p50, p99, n}' <<<"$o")"
      awk -v l="$1/$round" -v path="${path#/api/v1/users?}" -v rps="$rps" -v p50="$p50" -v p99="$p99" -v n="$n" -v hz="$hz" \
        -v a=$((a1 - a0)) -v p=$((p1 - p0)) -v b=$((b1 - b0)) -v t0="$t0" -v t1="$t1" -v av="$seen" -v vis="$(table_state | awk '{print $4 "/" $2}')" 'BEGIN {
          s = t1 - t0; printf "%-9s %-36s | %7s | %7s | %8s | %7.3f | %7.3f | %.2f / %.2f / %.2f | %3s | %s\n", l, path, rps, p50, p99,
            1000 * a / hz / n, 1000 * p / hz / n, a / hz / s, p / hz / s, (b - a - p) / hz / s, av, vis }'
    done
  done
}

echo "Tenantry list after a bulk insert: $JAR ($(stat -c %y "$JAR" | cut -c1-19)), JVM: $JAVA_OPTS; $USERS users; autovacuum=$AUTOVACUUM;"
echo "wrk -t$THREADS -c$CONNS -d$DURATION after a ${SETTLE}s pause, a 10 s warm-up and a 3 s re-prime per run"
sleep "$SETTLE"
explain "after the insert (ANALYZE, no VACUUM)"
wrk_run 10s "$API${paths[0]}" >/dev/null
printf '%-9s %-36s | %7s | %7s | %8s | %7s | %7s | %s | %3s | %s\n' run request "req/s" p50 p99 "srv ms" "pg ms" "cores: server / pg / rest" "av" "all-visible/pages"
measure_all fresh
explain "after the runs"
if [ "$AFTER_VACUUM" = 1 ]; then
  sql -c "vacuum $schema.users" -c "vacuum $schema.user_roles"
  explain "after VACUUM"
  measure_all vacuumed
fi
echo "(srv ms / pg ms: CPU per request of the service's JVM and of all PostgreSQL processes; av: seconds of the run an autovacuum"
echo " worker was seen; all-visible/pages: the users table's after the run)"
echo; cat "$work/plans.txt"; echo; cat "$work/pgss.txt"
echo; echo "===== autovacuum workers seen during the runs (pg_stat_activity, once a second)"; cat "$work/activity.all"
