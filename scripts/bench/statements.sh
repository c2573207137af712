#!/usr/bin/env bash
# statements.sh — the SQL statements and transactions of ONE password login, ONE refresh and ONE
# GET /users/me (issue 10), as PostgreSQL's statement log sees them. A functional trace, not a timing
# benchmark: it may run on a busy machine. Starts a throw-away PostgreSQL 15 (Debian binaries) with
# log_statement=all and the packaged service (built when missing, as perf.sh does), creates a tenant
# with its owner, warms each request up once, then brackets each measured request with marker queries
# of its own (application name "statements.sh") and prints what the service ran in between.
#
#   scripts/bench/statements.sh           # from any directory
#   FULL=1 scripts/bench/statements.sh    # statements not shortened to 160 characters
#
# Env (defaults): PG_BIN=/usr/lib/postgresql/15/bin PG_PORT=15434 PG_OS_USER=postgres (initdb refuses
#   root) PORT=18291 (management PORT+100) JAVA=java JAR=bootstrap/target/quarkus-app/quarkus-run.jar
#   SETTLE=1 (seconds to wait after each request, so that work after the response is seen) FULL=0 KEEP=0
# The rate limit and the lockout keep their defaults, so their statements are part of the trace.
# Statements of the service's background jobs that fall in a window are printed (and counted) too:
# their backend pid tells them apart.
set -uo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin} PG_PORT=${PG_PORT:-15434} PG_OS_USER=${PG_OS_USER:-postgres}
PORT=${PORT:-18291} MGMT_PORT=$((${PORT:-18291} + 100)) JAVA=${JAVA:-java}
SETTLE=${SETTLE:-1} FULL=${FULL:-0} KEEP=${KEEP:-0}
JAR=${JAR:-$root/bootstrap/target/quarkus-app/quarkus-run.jar}
API=http://127.0.0.1:$PORT MGMT=http://127.0.0.1:$MGMT_PORT
NAME=statements; source "$here/lifecycle.sh"

for t in curl jq psql awk ss openssl; do command -v $t >/dev/null || die "missing tool: $t (Debian: apt-get install -y curl jq postgresql-client gawk iproute2 openssl)"; done
[ -x "$PG_BIN/initdb" ] || die "no PostgreSQL binaries in $PG_BIN (Debian: apt-get install -y postgresql-15)"
if [ ! -f "$JAR" ]; then
  log "no $JAR: building it"
  (cd "$root" && mvn -B -q package -DskipTests -pl bootstrap -am -Dit.test=none -DskipITs -Dcontainer-smoke.skip=true) || die "build failed"
fi
for p in $PG_PORT $PORT $MGMT_PORT; do ss -Hltn "sport = :$p" | grep -q . && die "port $p is busy"; done

# Every statement in the log, with its backend pid and client name.
start_pg -c log_statement=all "-c log_line_prefix='%p|%a|'"
make_keys
cd "$(dirname "$JAR")" || die "no folder of $JAR"

# ---- the service, as perf.sh starts it but with the default rate limit and lockout
ADMIN=root@platform.test ADMIN_PW='Platform-Admin-Pass-2026!' PW='Statements-Password-2026!'
env QUARKUS_HTTP_PORT="$PORT" QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_MANAGEMENT_PORT="$MGMT_PORT" \
  APP_JWT_SIGNING_KEY="$work/jwt.pem" QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/tenantry" \
  QUARKUS_DATASOURCE_USERNAME=tenantry QUARKUS_DATASOURCE_PASSWORD=tenantry QUARKUS_MAILER_MOCK=true \
  APP_BOOTSTRAP_ADMIN_EMAIL=$ADMIN APP_BOOTSTRAP_ADMIN_PASSWORD="$ADMIN_PW" \
  APP_AUDIT_ANCHOR_KEY="$ANCHOR_KEY" APP_MFA_SECRET_KEY="$MFA_KEY" \
  $JAVA ${JAVA_OPTS:-} -jar "$(basename "$JAR")" >"$work/app.log" 2>&1 </dev/null &
APP_PID=$!
wait_ready "$work/app.log"
log "service ready"

json() { curl -sf "$API$1" -H 'Content-Type: application/json' "${@:3}" -d "$2"; }
login() { json /api/v1/auth/login "{\"tenant\":\"$1\",\"email\":\"$2\",\"password\":\"$3\"}"; }
ADM=$(login system "$ADMIN" "$ADMIN_PW" | jq -r .access_token) || die "platform admin login failed"
json /api/v1/admin/tenants "{\"slug\":\"trace\",\"name\":\"trace\",\"owner\":{\"email\":\"owner@trace.test\",\"display_name\":\"Owner\",\"password\":\"$PW\"}}" \
  -H "Authorization: Bearer $ADM" >/dev/null || die "creating tenant trace failed"

do_login() { PAIR=$(login trace owner@trace.test "$PW") || die "login failed"; }
do_refresh() { PAIR=$(json /api/v1/auth/refresh "{\"refresh_token\":\"$(jq -r .refresh_token <<<"$PAIR")\"}") || die "refresh failed"; }
do_me() { curl -sf -o /dev/null "$API/api/v1/users/me" -H "Authorization: Bearer $(jq -r .access_token <<<"$PAIR")" || die "/users/me failed"; }
mark() { PGAPPNAME=statements.sh $PSQL -d tenantry -c "select 'statements.sh $1'" >/dev/null; }
# Each request runs once untraced right before its traced run: a login changes the user (last login),
# which empties the security cache a refresh or /users/me reads, so each is traced in its steady state.
for op in login refresh me; do
  log "$op: warm-up, then traced"
  "do_$op"; sleep "$SETTLE"
  mark "begin $op"; "do_$op"; sleep "$SETTLE"; mark "end $op"
done
sleep 0.5

# ---- the log: join continuation lines; between each pair of markers, the statements per backend in
# order, a transaction (or statement outside one) printed when it ends. A transaction of a background
# job (its statements name one of BACKGROUND's tables) is printed and counted apart.
BACKGROUND=${BACKGROUND:-mail_outbox|webhook_deliveries|outbox_events|rate_limit_buckets where expires_at}
awk '
  function flush() { if (line != "") print line; line = "" }
  /^\t/ { sub(/^\t+/, " "); line = line $0; next }
  { flush(); line = $0 }
  END { flush() }' "$work/pg/postgres.log" |
  awk -F'|' -v full="$FULL" -v bg="$BACKGROUND" '
    function emit(pid,   kind, i) {
      if (cnt[pid] == 0) return
      kind = (buf[pid] ~ bg) ? "background" : "request"
      for (i = 1; i <= cnt[pid]; i++) {
        if (kind == "request") { n++; printf "%3d  pid %-6s %s\n", n, pid, stmt[pid, i] }
        else { b++; printf "  -  pid %-6s (background) %s\n", pid, stmt[pid, i] }
      }
      if (kind == "request") tx += txs[pid]; else btx += txs[pid]
      cnt[pid] = 0; buf[pid] = ""; txs[pid] = 0; open_[pid] = 0
    }
    /statements\.sh (begin|end) / {
      if ($0 ~ /begin /) { match($0, /begin [a-z]+/); op = substr($0, RSTART + 6, RLENGTH - 6); n = b = tx = btx = 0; print "===== " op }
      else {
        for (p in cnt) emit(p)
        printf "----- %s: %d statements in %d transactions (+ %d statements in %d transactions of background jobs)\n\n", op, n, tx, b, btx
        op = ""
      }
      next
    }
    op == "" || $2 == "statements.sh" { next }
    {
      pid = $1; rest = substr($0, length($1) + length($2) + 3)
      if (rest !~ /^LOG:  (statement|execute [^:]*): /) next
      sub(/^LOG:  (statement|execute [^:]*): ?/, "", rest); gsub(/  +/, " ", rest)
      if (rest == "") rest = "(empty query: the pool validating a connection)"
      up = toupper(rest)
      if (up ~ /^BEGIN/) { txs[pid]++; open_[pid] = 1 }
      if (full != 1 && length(rest) > 160) rest = substr(rest, 1, 157) "..."
      stmt[pid, ++cnt[pid]] = rest; buf[pid] = buf[pid] " " rest
      # A statement in auto-commit is its own transaction; a validation query waits for what follows.
      if (up ~ /^(COMMIT|ROLLBACK)/) emit(pid)
      else if (!open_[pid] && rest !~ /^\(empty query/) { txs[pid]++; emit(pid) }
    }'
