#!/usr/bin/env bash
# List benchmark (not in CI), issue #10 Must 7: starts the packaged service (embedded database, or
# PGURL), creates a tenant, fills it with USERS users and EVENTS audit events and the registry
# with TENANTS list-only rows (fill_users.sh, fill_audit.sh, fill_tenants.sh: SQL, see their
# headers), vacuums and checkpoints the load away, loads every request PREWARM seconds (the JIT),
# then measures each list request with wrk and prints req/s, p50 and p99. Goal: p99 ≤ 20 ms for
# every row at 100,000 users, 10,000 tenants and 1,000,000 events.
#
#   scripts/bench/lists.sh                                     # the goal's sizes, 15 s per row
#   USERS=10000 EVENTS=100000 TENANTS=1000 DURATION=3 WARMUP=1 scripts/bench/lists.sh   # a smoke run
#   PGURL=jdbc:postgresql://db:5432/tenantry PGUSER=tenantry PGPASSWORD=secret scripts/bench/lists.sh
#   ONLY='role=admin|q=0042' EVENTS=1000 scripts/bench/lists.sh   # only the rows whose path matches
#
# Needs Java 17, curl, jq, wrk and psql. Builds the jar if it is missing. The registry rows of
# fill_tenants.sh have no schema: run it on a throw-away database only (the embedded one is).
set -euo pipefail
cd "$(dirname "$0")/../.."
USERS=${USERS:-100000}
EVENTS=${EVENTS:-1000000}
TENANTS=${TENANTS:-10000}
DURATION=${DURATION:-15}      # seconds measured per request
WARMUP=${WARMUP:-5}           # seconds of unmeasured load per request first
PREWARM=${PREWARM:-3}         # seconds of unmeasured load per request in a pass over all before
CONNECTIONS=${CONNECTIONS:-4}
ONLY=${ONLY:-}                # an extended regular expression: measure only the paths it matches
THREADS=${THREADS:-2}
NAME=lists
command -v psql >/dev/null || { echo "psql is not installed (apt-get install -y postgresql-client)" >&2; exit 2; }
source scripts/bench/lib.sh
bench_start
bench_tenant

# psql's address of the service's database: PGURL's, or the embedded one's (its port is in the
# data folder's postmaster.pid).
if [ -n "${PGURL:-}" ]; then
  export PSQL_URL="postgresql://${PGUSER:-postgres}:${PGPASSWORD:-}@${PGURL#jdbc:postgresql://}"
else
  pid_file=$(find "$work/data" -name postmaster.pid | head -1)
  export PSQL_URL="postgresql://postgres:postgres@localhost:$(sed -n 4p "$pid_file")/postgres"
fi
scripts/bench/fill_users.sh "$slug" "$USERS"
scripts/bench/fill_audit.sh "$slug" "$EVENTS"
scripts/bench/fill_tenants.sh "$TENANTS"
# A bulk load leaves work behind: autovacuum visits the new million rows and a checkpoint writes
# them out, for a minute or more, on the same cores as the first rows measured (the first row was
# 2-3 times slower than page 100 of the same sort for that reason, not its plan). Done here first.
schema=$(psql "$PSQL_URL" -qAtX -c "select schema_name from control.tenants where slug = '$slug'")
for table in control.tenants "$schema.users" "$schema.user_roles" "$schema.user_last_logins" "$schema.audit_events"; do
  psql "$PSQL_URL" -qAtX -v ON_ERROR_STOP=1 -c "vacuum (analyze) $table"
done
psql "$PSQL_URL" -qAtX -c checkpoint 2>/dev/null || echo "(no CHECKPOINT: not a superuser or pg_checkpoint)" >&2

owner=$(post /api/v1/auth/login "$login_body" | jq -r .access_token)
admin=$(post /api/v1/auth/login "{\"tenant\":\"system\",\"email\":\"$ADMIN_EMAIL\",\"password\":\"$ADMIN_PASSWORD\"}" | jq -r .access_token)
printf 'wrk.headers["Authorization"] = "Bearer %s"\n' "$owner" >"$work/owner.lua"
printf 'wrk.headers["Authorization"] = "Bearer %s"\n' "$admin" >"$work/admin.lua"

p99_ms() { # wrk's "50%"/"99%" latency line, in milliseconds
  awk -v p="$2" '$1 == p { v = $2; u = v; gsub(/[0-9.]/, "", u); gsub(/[a-z]/, "", v);
       if (u == "us") v /= 1000; else if (u == "s") v *= 1000; else if (u == "m") v *= 60000;
       printf "%.2f", v }' "$1"; }
rps() { awk '/^Requests\/sec/ { printf "%.0f", $2 }' "$1"; }
errors() { awk '/Non-2xx/ { n += $NF } /Socket errors/ { n += 1 } END { printf "%d", n }' "$1"; }

# measure WHO PATH: checks the answer once (status, total), warms up, measures; prints one row.
measure() {
  local url=$API$2 out=$work/run.out answer
  if [ -n "$ONLY" ] && ! grep -qE -- "$ONLY" <<<"$2"; then return 0; fi
  answer=$(curl -sf "$url" -H "Authorization: Bearer $([ "$1" = admin ] && echo "$admin" || echo "$owner")" \
    | jq -r '"\(.total)\(if .total_exact then "" else "+" end)"') || { echo "GET $2 failed" >&2; exit 1; }
  if [ "$WARMUP" -gt 0 ]; then
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" -s "$work/$1.lua" "$url" >/dev/null
  fi
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$work/$1.lua" "$url" >"$out"
  printf '%-62s %9s %8s %8s %8s %7s\n' "$2" "$answer" "$(rps "$out")" "$(p99_ms "$out" 50%)" \
    "$(p99_ms "$out" 99%)" "$(errors "$out")"
}

# rows FUNCTION: calls FUNCTION WHO PATH for every request measured, in table order.
rows() {
  for sort in email display_name status created_at,desc last_login_at,desc; do
    "$1" owner "/api/v1/users?page=0&size=20&sort=$sort"
  done
  "$1" owner "/api/v1/users?page=0&size=20&status=disabled"
  "$1" owner "/api/v1/users?page=0&size=20&role=admin"
  "$1" owner "/api/v1/users?page=100&size=20&sort=email"
  for q in 4242 user; do
    "$1" owner "/api/v1/users?q=$q&page=0&size=20&sort=email,asc"
  done
  "$1" admin "/api/v1/admin/tenants?page=0&size=20"
  "$1" admin "/api/v1/admin/tenants?page=0&size=20&sort=name,desc"
  "$1" admin "/api/v1/admin/tenants?q=0042&page=0&size=20"
  "$1" owner "/api/v1/audit-events?page=0&size=20"
  "$1" owner "/api/v1/audit-events?page=0&size=20&type=auth.login.failed"
  "$1" owner "/api/v1/audit-events?page=0&size=20&sort=type"
}
# warm WHO PATH: unmeasured load, so the first rows do not pay for the JIT compiling the list path.
warm() {
  if [ -n "$ONLY" ] && ! grep -qE -- "$ONLY" <<<"$2"; then return 0; fi
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${PREWARM}s" -s "$work/$1.lua" "$API$2" >/dev/null
}
if [ "$PREWARM" -gt 0 ]; then rows warm; fi
printf '%-62s %9s %8s %8s %8s %7s\n' request total rps p50_ms p99_ms errors
rows measure
echo "(total: exact, or a lower bound when followed by +; CONNECTIONS=$CONNECTIONS THREADS=$THREADS DURATION=${DURATION}s)"
