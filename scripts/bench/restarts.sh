#!/usr/bin/env bash
# Start to ready of the packaged service on an existing database (e.g. the 10,000 tenants
# tenants.sh made), JARS alternating, RUNS rounds: per start the seconds from `java` to a 200 on
# /q/health/ready, Quarkus's "started in", the JVM's CPU ms at ready and PostgreSQL's CPU ms
# during the start (postmaster, its reaped children and live backends, from /proc), and, when the
# database has pg_stat_statements, the statements of the start and their time. Not in CI.
#
#   PGURL=jdbc:postgresql://127.0.0.1:15700/tenantry PGUSER=postgres PGDATA=/path/to/data \
#     JARS="/tmp/a/quarkus-run.jar bootstrap/target/quarkus-app/quarkus-run.jar" RUNS=3 \
#     APP_JWT_SIGNING_KEY=key.pem APP_AUDIT_ANCHOR_KEY_FILE=anchor.key APP_MFA_SECRET_KEY_FILE=mfa.key \
#     scripts/bench/restarts.sh
#
# PGDATA (the cluster's data dir, for the postmaster's pid) is needed for PostgreSQL's CPU; psql
# reaches the database at PGURL's host, port and database as PGUSER. KEEP_LOGS=dir keeps each
# start's log, its statements (pg_stat_statements) and the JVM's CPU ms at ready by thread there.
# The jobs that visit tenants are left as configured: none of them runs before ready.
: "${PGURL:?PGURL=jdbc:postgresql://host:port/db}" "${JARS:?JARS=\"a.jar b.jar\"}"
RUNS=${RUNS:-3}
PORT=${PORT:-18300}
MGMT_PORT=${MGMT_PORT:-$((PORT + 100))}
JAR=${JARS%% *}
# For its tool checks, work dir and clean-up on exit (app_pid); its bench_start is not used.
NAME=restarts
source "$(dirname "$0")/lib.sh"
hostport=${PGURL#jdbc:postgresql://}; hostport=${hostport%%/*}
PSQL="psql -h ${hostport%:*} -p ${hostport#*:} -U ${PGUSER:-postgres} -d ${PGURL##*/} -qAt -v ON_ERROR_STOP=1"
pg_ticks() {
  [ -n "${PGDATA:-}" ] || { echo 0; return; }
  local pm; pm=$(head -1 "$PGDATA/postmaster.pid")
  { awk '{print $14 + $15 + $16 + $17}' "/proc/$pm/stat"
    for c in $(ps -o pid= --ppid "$pm"); do awk '{print $14 + $15}' "/proc/$c/stat" 2>/dev/null; done; } | awk '{s += $1} END {print s}'
}
pgss=$($PSQL -c "select count(*) from pg_extension where extname = 'pg_stat_statements'")
hz=$(getconf CLK_TCK)

export QUARKUS_HTTP_PORT=$PORT QUARKUS_MANAGEMENT_PORT=$MGMT_PORT QUARKUS_MAILER_MOCK=true
export QUARKUS_DATASOURCE_JDBC_URL=$PGURL QUARKUS_DATASOURCE_USERNAME=${PGUSER:-postgres}
export QUARKUS_DATASOURCE_PASSWORD=${PGPASSWORD:-}
export APP_BOOTSTRAP_ADMIN_EMAIL=${APP_BOOTSTRAP_ADMIN_EMAIL:-admin@tenants.test}
export APP_BOOTSTRAP_ADMIN_PASSWORD=${APP_BOOTSTRAP_ADMIN_PASSWORD:-first platform passphrase for the tenants}

echo "tenants: $($PSQL -c 'select count(*) from control.tenants')"
printf '%-5s %-50s %9s %9s %12s %10s %11s %13s\n' round jar ready_s quarkus_s server_cpu_ms pg_cpu_ms statements statement_ms
for round in $(seq 1 "$RUNS"); do
  j=0
  for jar in $JARS; do
    j=$((j + 1))
    [ "$pgss" = 1 ] && $PSQL -c 'select pg_stat_statements_reset()' >/dev/null
    pg0=$(pg_ticks)
    start=$(date +%s.%N)
    java ${JAVA_OPTS:-} -jar "$jar" >"$work/app.log" 2>&1 &
    app_pid=$!
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$MGMT_PORT/q/health/ready")" = 200 ]; do
      kill -0 "$app_pid" 2>/dev/null || { echo "the service exited:" >&2; tail -20 "$work/app.log" >&2; exit 1; }
      sleep 0.05
    done
    ready=$(echo "$(date +%s.%N) - $start" | bc)
    app_cpu=$(awk '{print $14 + $15}' "/proc/$app_pid/stat")
    pg1=$(pg_ticks)
    quarkus=$(grep -a -o 'started in [0-9.]*s' "$work/app.log" | head -1 | tr -dc '0-9.')
    statements=- statement_ms=-
    if [ "$pgss" = 1 ]; then
      read -r statements statement_ms < <($PSQL -F ' ' -c \
        "select coalesce(sum(calls), 0), round(coalesce(sum(total_exec_time), 0)::numeric, 1) from pg_stat_statements
          where query not like '%pg_stat_statements%'")
      [ -z "${KEEP_LOGS:-}" ] || $PSQL -F ' | ' -c \
        "select calls, round(total_exec_time::numeric, 1), left(regexp_replace(query, '\s+', ' ', 'g'), 160)
           from pg_stat_statements order by total_exec_time desc" >"$KEEP_LOGS/statements-$round-$j.txt"
    fi
    if [ -n "${KEEP_LOGS:-}" ]; then
      cp "$work/app.log" "$KEEP_LOGS/app-$round-$j.log"
      # CPU ms at ready by thread name (digits folded: "C2 CompilerThread0" and 1 are one line).
      for t in /proc/"$app_pid"/task/*; do
        printf '%s\t%s\n' "$(tr -d '0-9' <"$t/comm")" "$(awk '{print $14 + $15}' "$t/stat")"
      done | awk -F'\t' -v hz="$hz" '{ms[$1] += $2 * 1000 / hz} END {for (n in ms) if (ms[n] > 0) printf "%8d  %s\n", ms[n], n}' |
        sort -rn >"$KEEP_LOGS/threads-$round-$j.txt"
    fi
    printf '%-5s %-50s %9.2f %9s %12d %10d %11s %13s\n' "$round" "$jar" "$ready" "$quarkus" \
      $((app_cpu * 1000 / hz)) $(((pg1 - pg0) * 1000 / hz)) "$statements" "$statement_ms"
    kill "$app_pid" && wait "$app_pid" 2>/dev/null || true
    app_pid=
  done
done
