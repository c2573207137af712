# Functions of scripts/container_smoke.sh (sourced; not run on its own). Messages go to stderr,
# values to stdout.

MAIN_PID=$BASHPID
ADMIN_PASSWORD='quiet harbour lantern granite 7401'
OWNER_PASSWORD='velvet orchard compass thunder 2958'
PG_PASSWORD=$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')

step() { printf '\n== container smoke: %s\n' "$*" >&2; }
pass() { printf '   ok: %s\n' "$*" >&2; }
fail() {
  printf '\n   FAILED: %s\n' "$*" >&2
  if [ -n "${APP:-}" ] && docker inspect "$APP" >/dev/null 2>&1; then
    docker logs --tail 40 "$APP" 2>&1 | sed 's/^/   app| /' >&2
  fi
  exit 1
}
loud_skip() {
  {
    printf '\n%s\n' '##########################################################################'
    printf '### CONTAINER SMOKE TEST SKIPPED: %s\n' "$*"
    printf '%s\n\n' '##########################################################################'
  } >&2
  exit 0
}

cleanup() {
  local rc=$?
  [ "$BASHPID" = "$MAIN_PID" ] || return 0
  docker rm -f -v "$APP" >/dev/null 2>&1 || true
  if [ -n "${PG_BIN:-}" ] && [ -f "$WORK/pg/data/postmaster.pid" ]; then
    as_postgres "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$WORK"
  if [ -n "${DOCKERD_PID:-}" ]; then
    # Started here, stopped here: nothing of the test outlives it (the base image stays cached).
    kill "$DOCKERD_PID" 2>/dev/null || true
    for _ in $(seq 1 30); do
      kill -0 "$DOCKERD_PID" 2>/dev/null || break
      sleep 1
    done
  fi
  [ "$rc" -eq 0 ] || echo "CONTAINER SMOKE TEST FAILED (exit $rc)" >&2
}

apt_install() {
  [ "$(id -u)" -eq 0 ] || fail "needs the Debian package(s) $*: apt-get install -y $*"
  apt-get update -q >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" >/dev/null || fail "apt-get install $* failed"
}

ensure_docker() {
  if docker info >/dev/null 2>&1; then
    pass "engine answers"
    return
  fi
  if [ "$(id -u)" -ne 0 ]; then
    loud_skip "no Docker engine answers and $(id -un) is not root, so none can be started here." \
      "Start dockerd (or join the docker group), then: bash scripts/container_smoke.sh"
  fi
  command -v dockerd >/dev/null || apt_install docker.io
  local log=/tmp/tenantry-dockerd.log
  setsid nohup dockerd >"$log" 2>&1 </dev/null &
  DOCKERD_PID=$!
  for _ in $(seq 1 60); do
    if docker info >/dev/null 2>&1; then
      pass "started dockerd (pid $DOCKERD_PID, log $log; stopped again at the end)"
      return
    fi
    kill -0 "$DOCKERD_PID" 2>/dev/null \
      || { DOCKERD_PID=; loud_skip "this machine does not let dockerd run; it exited: $(tail -3 "$log" | tr '\n' ' ')"; }
    sleep 1
  done
  fail "dockerd started but did not answer within 60 s (log: $log)"
}

# The Dockerfile's default base when it can be pulled, else a Java 17 base made from Debian packages.
choose_base() {
  if [ -n "${TENANTRY_BASE_IMAGE:-}" ]; then
    echo "$TENANTRY_BASE_IMAGE"
    return
  fi
  local default
  default=$(sed -n 's/^ARG BASE_IMAGE=//p' bootstrap/src/main/docker/Dockerfile.jvm)
  if docker image inspect "$default" >/dev/null 2>&1 || timeout 120 docker pull -q "$default" >/dev/null 2>&1; then
    echo "$default"
    return
  fi
  if docker image inspect "$LOCAL_BASE" >/dev/null 2>&1; then
    pass "$default cannot be pulled: using the cached $LOCAL_BASE"
  else
    build_local_base "$default"
  fi
  echo "$LOCAL_BASE"
}

build_local_base() {
  local started dir="$WORK/base" log="$ROOT/bootstrap/target/debootstrap.log"
  started=$(date +%s)
  pass "$1 cannot be pulled: making $LOCAL_BASE from Debian packages (once, then cached)"
  command -v debootstrap >/dev/null || apt_install debootstrap
  debootstrap --variant=minbase --include=openjdk-17-jre-headless,ca-certificates bookworm \
    "$dir" "$(debian_mirror)" >"$log" 2>&1 || fail "debootstrap failed, see $log"
  tar -C "$dir" -c . | docker import -c 'CMD ["/bin/sh"]' - "$LOCAL_BASE" >/dev/null
  rm -rf "$dir"
  pass "$LOCAL_BASE made in $(( $(date +%s) - started )) s"
}

# This machine's own Debian source: the base comes from where its packages come from.
debian_mirror() {
  local uri
  uri=$(cat /etc/apt/sources.list.d/*.sources 2>/dev/null | awk '/^URIs:/ && $2 ~ /\/debian\/?$/ {print $2; exit}')
  [ -n "$uri" ] || uri=$(awk '$1 == "deb" && $2 ~ /\/debian\/?$/ {print $2; exit}' /etc/apt/sources.list 2>/dev/null)
  [ -n "$uri" ] || fail "no Debian source in /etc/apt: set TENANTRY_BASE_IMAGE to an image with Java 17"
  echo "$uri"
}

check_unwritable_data_folder() {
  local out code=0
  out=$(docker run --rm --read-only --tmpfs /tmp --user 185 \
    -e APP_DB_EMBEDDED_DIR=/deployments/data "$IMAGE" 2>&1) || code=$?
  [ "$code" -eq 1 ] || fail "expected exit code 1 for an unwritable folder, got $code: $out"
  [ "$(printf '%s\n' "$out" | wc -l)" -eq 1 ] || fail "expected one line, got: $out"
  [[ "$out" == "Tenantry: the embedded database folder /deployments/data is not writable"* ]] \
    || fail "unexpected message: $out"
  pass "exit 1 with: $out"
}

as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start_postgres() {
  PG_BIN=$(find /usr/lib/postgresql -maxdepth 2 -name bin -type d 2>/dev/null | sort -V | tail -1)
  if [ -z "$PG_BIN" ]; then
    apt_install postgresql
    PG_BIN=$(find /usr/lib/postgresql -maxdepth 2 -name bin -type d | sort -V | tail -1)
  fi
  mkdir -p "$WORK/pg"
  printf '%s\n' "$PG_PASSWORD" >"$WORK/pg/pwfile"
  [ "$(id -u)" -ne 0 ] || chown -R postgres "$WORK/pg"
  as_postgres "$PG_BIN/initdb" -D "$WORK/pg/data" -U tenantry --auth=scram-sha-256 \
    --pwfile="$WORK/pg/pwfile" >"$WORK/pg/initdb.log" 2>&1 || fail "initdb: $(tail -3 "$WORK/pg/initdb.log")"
  PG_PORT=$(free_port)
  as_postgres "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -l "$WORK/pg/log" -w -t 60 \
    -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -k $WORK/pg" start >/dev/null \
    || fail "PostgreSQL did not start: $(tail -5 "$WORK/pg/log")"
  PGPASSWORD=$PG_PASSWORD "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U tenantry -d postgres -qc \
    'CREATE DATABASE tenantry' || fail "CREATE DATABASE failed"
}

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

free_port() {
  local port
  for _ in $(seq 1 100); do
    port=$((20000 + RANDOM % 20000))
    if port_free "$port"; then
      echo "$port"
      return
    fi
  done
  fail "no free port found"
}

# The image's own ports (8080 API, 9000 management, as in deploy/kubernetes) unless taken here.
choose_app_ports() {
  HTTP_PORT=8080
  MGMT_PORT=9000
  port_free "$HTTP_PORT" || HTTP_PORT=$(free_port)
  port_free "$MGMT_PORT" || MGMT_PORT=$(free_port)
  [ "$MGMT_PORT" = 9000 ] || pass "NOTE: port 9000 is taken on this machine; management on $MGMT_PORT"
  API=http://127.0.0.1:$HTTP_PORT
  MGMT=http://127.0.0.1:$MGMT_PORT
}

make_keys() {
  mkdir -p "$WORK/keys"
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/keys/signing-key.pem" 2>/dev/null
  chmod 755 "$WORK/keys"
  chmod 644 "$WORK/keys/signing-key.pem"
  AUDIT_KEY=$(openssl rand -base64 32)
  MFA_KEY=$(openssl rand -base64 32)
}

# Host networking keeps every connection on 127.0.0.1; the rate limits are off for the load below.
run_app() {
  local memory=${MEMORY/Mi/m}
  memory=${memory/Gi/g}
  STARTED_NS=$(date +%s%N)
  docker run -d --name "$APP" --network host --read-only --tmpfs /tmp:rw,size=64m \
    --user 185 --memory "$memory" --memory-swap "$memory" --cap-drop ALL \
    --security-opt no-new-privileges -v "$WORK/keys:/deployments/keys:ro" \
    -e QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/tenantry" \
    -e QUARKUS_DATASOURCE_USERNAME=tenantry -e QUARKUS_DATASOURCE_PASSWORD="$PG_PASSWORD" \
    -e APP_JWT_SIGNING_KEY=/deployments/keys/signing-key.pem -e APP_AUDIT_ANCHOR_KEY="$AUDIT_KEY" \
    -e APP_MFA_SECRET_KEY="$MFA_KEY" \
    -e APP_BOOTSTRAP_ADMIN_EMAIL=admin@smoke.test -e APP_BOOTSTRAP_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
    -e JAVA_OPTS="$JAVA_OPTS_K8S${EXTRA_JAVA_OPTS:+ $EXTRA_JAVA_OPTS}" \
    -e QUARKUS_HTTP_HOST=127.0.0.1 -e QUARKUS_HTTP_PORT="$HTTP_PORT" \
    -e QUARKUS_MANAGEMENT_HOST=127.0.0.1 -e QUARKUS_MANAGEMENT_PORT="$MGMT_PORT" \
    -e APP_AUTH_RATE_LIMIT_PER_MINUTE=0 -e APP_AUTH_RATE_LIMIT_PER_ACCOUNT_PER_MINUTE=0 \
    -e APP_AUTH_RATE_LIMIT_PER_TENANT_PER_MINUTE=0 \
    "$IMAGE" >/dev/null
}

# Milliseconds from STARTED_NS until /q/health/ready answers UP (at most 180 s).
wait_ready() {
  local deadline=$(( $(date +%s) + 180 ))
  while [ "$(date +%s)" -lt "$deadline" ]; do
    if curl -sf --max-time 2 "$MGMT/q/health/ready" 2>/dev/null | grep -q '"status": *"UP"'; then
      echo $(( ($(date +%s%N) - STARTED_NS) / 1000000 ))
      return
    fi
    [ "$(docker inspect -f '{{.State.Running}}' "$APP")" = true ] || fail "the container exited"
    sleep 0.1
  done
  fail "not ready within 180 s"
}

# The service's line saying who signs tokens (`Tokens are signed by …`), empty until it is logged.
signer_line() { docker logs "$APP" 2>&1 | grep -o 'Tokens are signed by [^"]*' | head -1 || true; }
rss_mib() {
  local pid
  pid=$(docker inspect -f '{{.State.Pid}}' "$APP")
  awk '/^VmRSS:/ {print int($2 / 1024)}' "/proc/$pid/status"
}

expect() {
  local want=$1 code
  shift
  code=$(curl -sS -o "$WORK/body" -w '%{http_code}' --max-time 30 "$@") || true
  [ "$code" = "$want" ] || fail "$* answered $code, expected $want: $(head -c 300 "$WORK/body")"
}

json_field() { sed -n "s/.*\"$1\":\"\\([^\"]*\\)\".*/\\1/p" | head -1; }

login() {
  local body token
  body=$(curl -sS --max-time 30 "$API/api/v1/auth/login" -H 'Content-Type: application/json' \
    -d "{\"tenant\":\"$1\",\"email\":\"$2\",\"password\":\"$3\"}") || true
  token=$(printf '%s' "$body" | json_field access_token)
  [ -n "$token" ] || fail "login of $2 in $1 failed: $body"
  echo "$token"
}

create_tenant() {
  expect 201 "$API/api/v1/admin/tenants" -H "Authorization: Bearer $1" \
    -H 'Content-Type: application/json' \
    -d "{\"slug\":\"smoke\",\"name\":\"Smoke\",\"owner\":{\"email\":\"owner@smoke.test\",\"display_name\":\"Owner\",\"password\":\"$OWNER_PASSWORD\"}}"
  json_field id <"$WORK/body"
}

check_metrics() {
  expect 200 "$MGMT/q/metrics"
  grep -q '^http_server_requests_seconds_count' "$WORK/body" || fail "no HTTP metrics in /q/metrics"
  grep -q '^auth_logins_total{outcome="success"' "$WORK/body" || fail "no login metrics in /q/metrics"
  expect 404 "$API/q/metrics"
}

# N logins, C at a time, every one answered 200.
login_burst() {
  local codes
  codes=$(seq "$1" | xargs -P "$2" -I{} curl -s -o /dev/null -w '%{http_code}\n' --max-time 30 \
    "$API/api/v1/auth/login" -H 'Content-Type: application/json' \
    -d "{\"tenant\":\"smoke\",\"email\":\"owner@smoke.test\",\"password\":\"$OWNER_PASSWORD\"}")
  [ "$(printf '%s\n' "$codes" | grep -c '^200$')" -eq "$1" ] \
    || fail "logins answered: $(printf '%s\n' "$codes" | sort | uniq -c | tr '\n' ' ')"
}

source "$(dirname "${BASH_SOURCE[0]}")/container_smoke_shutdown.sh"
