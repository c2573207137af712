#!/usr/bin/env bash
# refresh_pg.sh — PostgreSQL's share of a refresh (issue 10): pgbench runs the rotation statement
# (mark the used token, insert its successor) against refresh_tokens with the index set of tenant V20
# ("before": the partial live index names rotated_at, so the mark is never a heap-only update) and of
# V21 ("after": no index names rotated_at or revoked_at, fillfactor 90). Prints per variant: tps, CPU
# of all PostgreSQL processes per rotation (ms), n_tup_hot_upd / n_tup_upd, WAL bytes per rotation, and
# the session-list query's plan for a user with a long session. Not in CI; a throw-away PostgreSQL 15.
#
#   scripts/bench/refresh_pg.sh                    # ~3 min
#   ROUNDS=1 DURATION=10 SYNC=on scripts/bench/refresh_pg.sh
#
# Env (defaults): PG_BIN=/usr/lib/postgresql/15/bin PG_PORT=15435 PG_OS_USER=postgres ROUNDS=3 (variants
#   alternate) DURATION=15 (s per run) CLIENTS=4 SYNC=off (synchronous_commit of the pgbench sessions:
#   off measures CPU rather than this machine's fsync) KEEP=0
set -uo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin} PG_PORT=${PG_PORT:-15435} PG_OS_USER=${PG_OS_USER:-postgres}
ROUNDS=${ROUNDS:-3} DURATION=${DURATION:-15} CLIENTS=${CLIENTS:-4} SYNC=${SYNC:-off}
NAME=refresh-pg; source "$here/lifecycle.sh"
command -v psql >/dev/null || die "missing tool: psql (Debian: apt-get install -y postgresql-client)"
start_pg -c shared_buffers=128MB
P="$PSQL -d tenantry"
PM=$(asdb head -1 "$work/pg/data/postmaster.pid")
BEFORE="create index rt_user_idx on rt (user_id);
 create index rt_live_idx on rt (user_id, issued_at desc) where rotated_at is null and revoked_at is null;"
AFTER="drop index rt_family_idx; create index rt_family_idx on rt (family_id, issued_at desc);
 create index rt_user_idx on rt (user_id);
 create index rt_session_idx on rt (user_id, session_expires_at) where issued_at = session_started_at;"
# CPU ticks of the postmaster, its reaped children and its live children.
cpu() { local t c; t=$(awk '{print $14+$15+$16+$17}' "/proc/$PM/stat")
  for c in $(pgrep -P "$PM"); do t=$((t + $(awk '{print $14+$15}' "/proc/$c/stat" 2>/dev/null || echo 0))); done; echo "$t"; }
run() { # name with idx
  local c0 c1 w0 w1 out tx
  $P -q -v with="$2" -v idx="$3" -f "$here/refresh_pg/setup.sql" >/dev/null 2>&1 || die "setup of $1 failed"
  $P -c checkpoint -c "select pg_stat_reset()" >/dev/null; sleep 1
  c0=$(cpu); w0=$($P -c "select pg_current_wal_lsn()")
  out=$(PGOPTIONS="-c synchronous_commit=$SYNC" "$PG_BIN/pgbench" -h 127.0.0.1 -p "$PG_PORT" -U bench -n -c "$CLIENTS" \
    -j 2 -T "$DURATION" -D g=0 -f "$here/refresh_pg/rotate.sql" tenantry 2>&1)
  sleep 1; c1=$(cpu); w1=$($P -c "select pg_current_wal_lsn()")
  tx=$(awk '/actually processed/{print $NF}' <<<"$out")
  printf '%-7s tps %7.0f | PostgreSQL CPU %.3f ms/rotation | HOT %s | WAL %s B/rotation | load %s\n' "$1" \
    "$(awk '/^tps/{print $3}' <<<"$out")" "$(awk -v a="$c0" -v b="$c1" -v t="$tx" 'BEGIN{print (b-a)*1000/100/t}')" \
    "$($P -c "select n_tup_hot_upd || ' of ' || n_tup_upd from pg_stat_user_tables where relname = 'rt'")" \
    "$($P -c "select round(pg_wal_lsn_diff('$w1', '$w0') / $tx)")" "$(cut -d' ' -f1 /proc/loadavg)"
}
for r in $(seq 1 "$ROUNDS"); do run before "" "$BEFORE"; run after "with (fillfactor = 90)" "$AFTER"; done
echo "--- the session list of a user with a long session (3,000 rotated tokens), after"
$P -c "analyze s.rt" -c "set search_path = s" -c "explain (analyze, costs off)
  select h.* from (select distinct family_id from rt where user_id = md5('u7')::uuid
      and issued_at = session_started_at and session_expires_at > now()) f
    cross join lateral (select * from rt x where x.family_id = f.family_id and x.rotated_at is null
      order by x.issued_at desc limit 1) h
  where h.revoked_at is null and h.expires_at > now() order by h.issued_at desc"
