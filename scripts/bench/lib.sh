# Shared start-up of the benchmark scripts (sourced, not run): checks the tools, builds the jar if
# it is missing, starts the packaged service on a throw-away embedded database (or on PGURL), waits
# until it is ready and creates a tenant with its owner. Sets: work, app_pid, API, MGMT, slug,
# owner_email, login_body (the owner's login), and the function post PATH BODY [curl args].
#
#   NAME=soak; source "$(dirname "$0")/lib.sh"; bench_start; bench_tenant
set -euo pipefail
PORT=${PORT:-8080}
MGMT_PORT=${MGMT_PORT:-9000}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd) # from any directory (perf.sh's hooks run in quarkus-app)
JAR=${JAR:-$root/bootstrap/target/quarkus-app/quarkus-run.jar}
API=http://localhost:$PORT
MGMT=http://localhost:$MGMT_PORT
ADMIN_EMAIL=admin@$NAME.test
ADMIN_PASSWORD="first platform passphrase for the $NAME"
OWNER_PASSWORD="tenant passphrase for the $NAME run"

for tool in wrk curl jq java; do
  command -v $tool >/dev/null || { echo "$tool is not installed (wrk: apt-get install -y wrk)" >&2; exit 2; }
done
[ -f "$JAR" ] || (cd "$root" && mvn -B -q package -DskipTests)

work=$(mktemp -d)
app_pid=
cleanup() {
  if [ -n "$app_pid" ]; then kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

# The README's run command, with a throw-away data folder; readiness is on the management port.
bench_start() {
  export APP_BOOTSTRAP_ADMIN_EMAIL=$ADMIN_EMAIL APP_BOOTSTRAP_ADMIN_PASSWORD=$ADMIN_PASSWORD
  export QUARKUS_HTTP_PORT=$PORT QUARKUS_MANAGEMENT_PORT=$MGMT_PORT APP_AUTH_RATE_LIMIT_PER_MINUTE=0 APP_AUTH_ACCESS_TOKEN_TTL=PT2H
  export QUARKUS_MAILER_MOCK=true QUARKUS_LOG_CATEGORY__IO_QUARKUS_MAILER__LEVEL=WARN
  export APP_DB_EMBEDDED_DIR=$work/data
  if [ -n "${PGURL:-}" ]; then
    export QUARKUS_DATASOURCE_JDBC_URL=$PGURL QUARKUS_DATASOURCE_USERNAME=${PGUSER:-postgres}
    export QUARKUS_DATASOURCE_PASSWORD=${PGPASSWORD:-}
    # With a real database the production profile insists on a signing key, an audit anchor key
    # and an MFA secret key: throw-away ones unless given.
    if [ -z "${APP_JWT_SIGNING_KEY:-}" ]; then
      openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$work/signing-key.pem" 2>/dev/null
      export APP_JWT_SIGNING_KEY=$work/signing-key.pem
    fi
    if [ -z "${APP_AUDIT_ANCHOR_KEY:-}${APP_AUDIT_ANCHOR_KEY_FILE:-}" ]; then
      openssl rand -base64 32 >"$work/audit-anchor.key"
      export APP_AUDIT_ANCHOR_KEY_FILE=$work/audit-anchor.key
    fi
    if [ -z "${APP_MFA_SECRET_KEY:-}${APP_MFA_SECRET_KEY_FILE:-}" ]; then
      openssl rand -base64 32 >"$work/mfa-secret.key"
      export APP_MFA_SECRET_KEY_FILE=$work/mfa-secret.key
    fi
  fi
  java ${JAVA_OPTS:-} -jar "$JAR" >"$work/app.log" 2>&1 &
  app_pid=$!
  for _ in $(seq 1 180); do
    curl -sf "$MGMT/q/health/ready" >/dev/null && return 0
    kill -0 "$app_pid" 2>/dev/null || { echo "the service exited:" >&2; tail -20 "$work/app.log" >&2; exit 1; }
    sleep 1
  done
  echo "not ready after 180 s" >&2
  exit 1
}

post() { curl -sf "$API$1" -H 'Content-Type: application/json' "${@:3}" -d "$2"; }

# A fresh tenant whose owner has OWNER_PASSWORD: the load's accounts.
bench_tenant() {
  slug=$NAME-$(date +%s)
  owner_email=owner@$slug.test
  local admin
  admin=$(post /api/v1/auth/login "{\"tenant\":\"system\",\"email\":\"$ADMIN_EMAIL\",\"password\":\"$ADMIN_PASSWORD\"}" | jq -r .access_token)
  post /api/v1/admin/tenants "{\"slug\":\"$slug\",\"name\":\"$NAME\",\"owner\":{\"email\":\"$owner_email\",\"display_name\":\"Owner\",\"password\":\"$OWNER_PASSWORD\"}}" \
    -H "Authorization: Bearer $admin" >/dev/null
  login_body="{\"tenant\":\"$slug\",\"email\":\"$owner_email\",\"password\":\"$OWNER_PASSWORD\"}"
}
