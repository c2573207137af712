# Shared by perf.sh, refresh_cpu.sh, startup.sh, statements.sh and outbox_latency.sh (sourced, not run): a work dir, a throw-away PostgreSQL 15
# cluster in it, the keys the packaged service needs, and stopping it all on exit. Before sourcing,
# set NAME (the work dir's prefix), PG_BIN, PG_PORT and PG_OS_USER; KEEP=1 keeps the work dir.
# Sets: work, APP_PID (launch_app fills it), PSQL (after start_pg), ANCHOR_KEY, MFA_KEY
# and $work/jwt.pem (after make_keys). After launch_app: login, create_tenant (needs API) and the
# CPU tick counters app_ticks, pg_ticks and busy_ticks.
#
#   NAME=perf; source "$here/lifecycle.sh"; start_pg -c max_connections=200; make_keys

log() { echo "[$(date +%H:%M:%S)] $*" >&2; }
die() { log "ERROR: $*"; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/tenantry-$NAME.XXXXXX"); chmod 755 "$work"
PG_STARTED="" APP_PID=""
# initdb refuses root: as root, the cluster belongs to PG_OS_USER.
asdb() { if [ "$(id -u)" = 0 ]; then runuser -u "$PG_OS_USER" -- "$@"; else "$@"; fi; }
stop_app() {
  [ -n "$APP_PID" ] || return 0
  kill -TERM "$APP_PID" 2>/dev/null
  for _ in $(seq 1 60); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.5; done
  kill -KILL "$APP_PID" 2>/dev/null; wait "$APP_PID" 2>/dev/null; APP_PID=""
}
# Waits (up to a minute) until the service started as APP_PID answers ready on $MGMT; dies with
# the tail of its log ($1) if it exits first.
wait_ready() {
  for _ in $(seq 1 1200); do
    kill -0 "$APP_PID" 2>/dev/null || { tail -20 "$1" >&2; die "the service exited during start-up ($1)"; }
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$MGMT/q/health/ready")" = 200 ] && return 0
    sleep 0.05
  done
  die "the service was not ready within a minute ($1)"
}
cleanup() {
  stop_app
  [ -n "$PG_STARTED" ] && asdb "$PG_BIN/pg_ctl" -D "$work/pg/data" -m fast -w stop >/dev/null 2>&1
  if [ "${KEEP:-0}" = 1 ]; then log "logs kept in $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT; trap 'exit 130' INT TERM

# A fresh cluster in the work dir, trust auth on loopback, with database and role tenantry;
# the arguments are more server options (-c name=value).
start_pg() {
  mkdir -p "$work/pg"; [ "$(id -u)" = 0 ] && chown "$PG_OS_USER" "$work/pg"
  asdb "$PG_BIN/initdb" -D "$work/pg/data" -U bench --auth=trust -E UTF8 --locale=C.UTF-8 >"$work/initdb.log" 2>&1 || die "initdb failed ($work/initdb.log)"
  asdb "$PG_BIN/pg_ctl" -D "$work/pg/data" -l "$work/pg/postgres.log" -w \
    -o "-p $PG_PORT -k $work/pg -c listen_addresses=127.0.0.1 $*" start >/dev/null || die "PostgreSQL did not start"
  PG_STARTED=1
  PSQL="psql -h 127.0.0.1 -p $PG_PORT -U bench -v ON_ERROR_STOP=1 -qAt"
  $PSQL -d postgres -c "create role tenantry login password 'tenantry'" -c "create database tenantry owner tenantry" || die "database setup failed"
}

# The production profile's keys: a JWT signing key, the audit anchor key and the MFA secret key.
# JWT_ALG=ES256 makes an EC P-256 signing key instead of RSA-2048 (the service signs with the key's kind).
make_keys() {
  if [ "${JWT_ALG:-RS256}" = ES256 ]; then
    openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$work/jwt.pem" 2>/dev/null
  else
    openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$work/jwt.pem" 2>/dev/null
  fi
  ANCHOR_KEY=$(openssl rand -base64 32) MFA_KEY=$(openssl rand -base64 32)
}

# The packaged service ($JAR, run from its folder) as the side-by-side comparison starts it: an
# external PostgreSQL, rate limits and lockout off, Argon2id at ARGON2's cost (default Keycloak's,
# m=7168 t=5 p=1); the platform admin is ADMIN / ADMIN_PW. Arguments: the log file, then JVM options.
# Runs in the background: APP_PID. Needs PORT, MGMT_PORT, PG_PORT, JAVA and make_keys first.
launch_app() {
  local log=$1; shift
  local a_mem a_it a_par; read -r a_mem a_it a_par <<<"${ARGON2:-7168 5 1}"
  env QUARKUS_HTTP_PORT="$PORT" QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_MANAGEMENT_PORT="$MGMT_PORT" \
    APP_JWT_SIGNING_KEY="$work/jwt.pem" QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/tenantry" \
    QUARKUS_DATASOURCE_USERNAME=tenantry QUARKUS_DATASOURCE_PASSWORD=tenantry QUARKUS_MAILER_MOCK=true \
    APP_BOOTSTRAP_ADMIN_EMAIL=$ADMIN APP_BOOTSTRAP_ADMIN_PASSWORD="$ADMIN_PW" \
    APP_AUDIT_ANCHOR_KEY="$ANCHOR_KEY" APP_MFA_SECRET_KEY="$MFA_KEY" APP_AUTH_RATE_LIMIT_PER_MINUTE=0 APP_AUTH_LOCKOUT_MAX_FAILURES=1000000 \
    APP_PASSWORD_ARGON2_MEMORY_KIB="$a_mem" APP_PASSWORD_ARGON2_ITERATIONS="$a_it" APP_PASSWORD_ARGON2_PARALLELISM="$a_par" \
    $JAVA "$@" -jar "$(basename "$JAR")" >"$log" 2>&1 </dev/null &
  APP_PID=$!
}

# login TENANT EMAIL PASSWORD: the token response of a password login.
login() { curl -sf "$API/api/v1/auth/login" -H 'Content-Type: application/json' -d "{\"tenant\":\"$1\",\"email\":\"$2\",\"password\":\"$3\"}"; }
# create_tenant SLUG: as the platform admin (ADMIN / ADMIN_PW), tenant SLUG with owner owner@SLUG.test
# whose password is PW; dies unless it answers 201.
create_tenant() {
  local adm code
  adm=$(login system "$ADMIN" "$ADMIN_PW" | jq -r .access_token) || die "platform admin login failed"
  code=$(curl -s -o /dev/null -w '%{http_code}' "$API/api/v1/admin/tenants" -H "Authorization: Bearer $adm" -H 'Content-Type: application/json' \
    -d "{\"slug\":\"$1\",\"name\":\"$1\",\"owner\":{\"email\":\"owner@$1.test\",\"display_name\":\"Owner\",\"password\":\"$PW\"}}")
  [ "$code" = 201 ] || die "creating tenant $1 answered $code"
}

# CPU ticks (utime+stime) of the JVM; of PostgreSQL: the postmaster with its reaped children and every live child.
app_ticks() { awk '{print $14 + $15}' "/proc/$APP_PID/stat"; }
pg_ticks() {
  local pm; pm=$(head -1 "$work/pg/data/postmaster.pid")
  { awk '{print $14 + $15 + $16 + $17}' "/proc/$pm/stat"
    for c in $(ps -o pid= --ppid "$pm"); do awk '{print $14 + $15}' "/proc/$c/stat" 2>/dev/null; done; } | awk '{s += $1} END {print s}'
}
busy_ticks() { awk '/^cpu /{print $2 + $3 + $4 + $7 + $8 + $9}' /proc/stat; }
