#!/usr/bin/env bash
# login_pg.sh — PostgreSQL's share of a password login's writes to users (issue 10): pgbench runs what
# one login sends about the user (read by e-mail, count the attempt, record the login) against a tenant
# schema made from the real migrations up to V21 ("before": users_last_login_at_id_idx names
# last_login_at, so recording a login is never a heap-only update and writes all nine indexes of
# users) and up to V22 ("after": the sort index on user_last_logins, users at fillfactor 90, the
# login also updates that narrow row). USERS users filled by SQL as fill_users.sh does; logins pick a
# user at random (USERS=1: every login is the same user's, as perf.sh's login load is). Per run: logins/s,
# CPU of all PostgreSQL processes per login (ms), HOT updates of users, WAL bytes per login. Not in CI.
#
#   scripts/bench/login_pg.sh                       # ~3 min; prepared statements, as the service sends them
#   USERS=1 ROUNDS=2 scripts/bench/login_pg.sh      # one hot user
#
# Env (defaults): PG_BIN=/usr/lib/postgresql/15/bin PG_PORT=15437 PG_OS_USER=postgres USERS=10000
#   ROUNDS=2 (variants alternate) DURATION=15 (s per run) CLIENTS=4 SYNC=off (synchronous_commit of
#   the pgbench sessions: off measures CPU rather than this machine's fsync) KEEP=0
set -uo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
migrations=$here/../../adapters-persistence/src/main/resources/db/tenant
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin} PG_PORT=${PG_PORT:-15437} PG_OS_USER=${PG_OS_USER:-postgres}
USERS=${USERS:-10000} ROUNDS=${ROUNDS:-2} DURATION=${DURATION:-15} CLIENTS=${CLIENTS:-4} SYNC=${SYNC:-off}
NAME=login-pg; source "$here/lifecycle.sh"
command -v psql >/dev/null || die "missing tool: psql (Debian: apt-get install -y postgresql-client)"
start_pg -c shared_buffers=128MB
P="$PSQL -d tenantry"
PM=$(asdb head -1 "$work/pg/data/postmaster.pid")
$PSQL -d postgres -c "alter role tenantry superuser" >/dev/null
$P -c "create schema control" -c "create extension pg_trgm schema control" >/dev/null || die "no pg_trgm"
cpu() { local t c; t=$(awk '{print $14+$15+$16+$17}' "/proc/$PM/stat")
  for c in $(pgrep -P "$PM"); do t=$((t + $(awk '{print $14+$15}' "/proc/$c/stat" 2>/dev/null || echo 0))); done; echo "$t"; }
setup() { # schema, last migration version
  local files; files=$(cd "$migrations" && ls V*__*.sql | sort -t_ -k1.2n | awk -F__ -v v="$2" 'substr($1, 2) + 0 <= v')
  $P -c "drop schema if exists $1 cascade" -c "create schema $1" >/dev/null
  { echo "set search_path to $1;"; for f in $files; do cat "$migrations/$f"; echo; done; } | $P >/dev/null || die "migrating $1 failed"
  $P >/dev/null <<SQL || die "filling $1 failed"
set search_path to $1;
insert into users (id, email, display_name, status, email_verified, password_hash, last_login_at, created_at, updated_at)
select gen_random_uuid(), format('user%s@x.test', lpad(g::text, 6, '0')), format('User %s', lpad(g::text, 6, '0')),
       'active', true, 'x', case when g % 2 = 0 then now() - (g || ' minutes')::interval end,
       now() - (g || ' seconds')::interval, now() - (g || ' seconds')::interval
  from generate_series(1, $USERS) g;
insert into user_roles (user_id, role) select id, 'member' from users;
SQL
  [ "$2" -ge 22 ] && $P -c "insert into $1.user_last_logins select id, last_login_at from $1.users" >/dev/null
  $P -c "vacuum analyze $1.users" -c "vacuum analyze $1.user_roles" >/dev/null
  [ "$2" -ge 22 ] && $P -c "vacuum analyze $1.user_last_logins" >/dev/null
}
run() { # name schema narrow
  local c0 c1 w0 w1 out tx
  $P -c checkpoint -c "select pg_stat_reset()" >/dev/null; sleep 1
  c0=$(cpu); w0=$($P -c "select pg_current_wal_lsn()")
  out=$(PGOPTIONS="-c synchronous_commit=$SYNC -c search_path=$2" "$PG_BIN/pgbench" -h 127.0.0.1 -p "$PG_PORT" -U tenantry -n -M prepared \
    -c "$CLIENTS" -j 2 -T "$DURATION" -D users="$USERS" -D narrow="$3" -f "$here/login_pg/login.sql" tenantry 2>&1)
  sleep 1; c1=$(cpu); w1=$($P -c "select pg_current_wal_lsn()")
  tx=$(awk '/actually processed/{print $NF}' <<<"$out")
  [ -n "$tx" ] && [ "$tx" -gt 0 ] || { echo "$out" >&2; die "pgbench failed"; }
  printf '%-7s logins/s %6.0f | PostgreSQL CPU %.3f ms/login | users HOT %s | WAL %s B/login | load %s\n' "$1" \
    "$(awk '/^tps/{print $3}' <<<"$out")" "$(awk -v a="$c0" -v b="$c1" -v t="$tx" -v hz="$(getconf CLK_TCK)" 'BEGIN{print (b-a)*1000/hz/t}')" \
    "$($P -c "select n_tup_hot_upd || ' of ' || n_tup_upd from pg_stat_user_tables where relname = 'users' and schemaname = '$2'")" \
    "$($P -c "select round(pg_wal_lsn_diff('$w1', '$w0') / $tx)")" "$(cut -d' ' -f1 /proc/loadavg)"
}
log "filling $USERS users into a V21 schema and a V22 schema"
setup before 21; setup after 22
for r in $(seq 1 "$ROUNDS"); do run before before 0; run after after 1; done
echo "--- index sizes after the runs"
$P -c "select n.nspname, i.relname, pg_size_pretty(pg_relation_size(i.oid)) from pg_class i join pg_index x on x.indexrelid = i.oid
  join pg_class t on t.oid = x.indrelid join pg_namespace n on n.oid = t.relnamespace
  where t.relname in ('users', 'user_last_logins') and n.nspname in ('before', 'after') order by n.nspname desc, i.relname" \
  -F' ' | sed 's/^/  /'
