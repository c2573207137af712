#!/usr/bin/env bash
# Tenant creation latency and start-up time at many tenants, on the packaged service (embedded
# PostgreSQL in a throw-away folder, or PGURL): starts it, times a restart with only tenant system,
# creates N tenants through POST /api/v1/admin/tenants, prints create p50/p99/max, then restarts it
# and times start to ready again (flat is the goal). Not in CI.
#
#   N=200 scripts/bench/tenants.sh
#   PGURL=jdbc:postgresql://localhost:5432/bench PGUSER=postgres N=10000 PARALLEL=4 scripts/bench/tenants.sh
#
# Through the API, not SQL: every tenant is made the way production makes it (schema from the
# baseline, Flyway history, registry row, owner, invitation, audit entries), so nothing drifts
# from the real path when migrations change, and the same run measures what a create costs. The
# first SAMPLE (100) creates run one at a time and give the latency; the rest run PARALLEL (4) at
# a time (about 10,000 in 5 minutes on 2 cores). Owners are invited (no password, so no Argon2
# hash in the timing); invitation mails go to the mock mailer. PASSWORDS=1 gives the timed (first
# SAMPLE) owners a password instead, as side-by-side.sh PART=2 does: then each of those creates
# includes one Argon2 hash at the configured cost (APP_PASSWORD_ARGON2_*). SAMPLE_LAST=1 times the
# last SAMPLE creates instead, at N tenants (e.g. N=1000 SAMPLE=50 SAMPLE_LAST=1 PASSWORDS=1).
NAME=tenants
source "$(dirname "$0")/lib.sh"
N=${N:-1000}
SAMPLE=${SAMPLE:-100}
PARALLEL=${PARALLEL:-4}
[ "$SAMPLE" -le "$N" ] || SAMPLE=$N

# Stops the service and starts it again on the same data; sets restarted to the seconds to ready
# (0.1 s steps) and Quarkus's own "started in". Not called in $(...): app_pid must survive.
restart() {
  kill "$app_pid" && wait "$app_pid" 2>/dev/null || true
  local start
  start=$(date +%s.%N)
  java ${JAVA_OPTS:-} -jar "$JAR" >"$work/app.log" 2>&1 &
  app_pid=$!
  until curl -sf "$MGMT/q/health/ready" >/dev/null; do
    kill -0 "$app_pid" 2>/dev/null || { echo "the service exited:" >&2; tail -20 "$work/app.log" >&2; exit 1; }
    sleep 0.1
  done
  local ready quarkus
  ready=$(echo "$(date +%s.%N) - $start" | bc)
  quarkus=$(grep -a -o 'started in [0-9.]*s' "$work/app.log" | head -1)
  restarted=$(printf '%.2f s to ready (Quarkus: %s)' "$ready" "${quarkus#started in }")
}

admin_token() {
  post /api/v1/auth/login \
    "{\"tenant\":\"system\",\"email\":\"$ADMIN_EMAIL\",\"password\":\"$ADMIN_PASSWORD\"}" |
    jq -r .access_token
}

# One create; prints "http_code seconds". A second argument is the owner's password.
create() {
  local slug=$run-$1 password=
  [ -z "${2:-}" ] || password=",\"password\":\"$2\""
  curl -s -o /dev/null -w '%{http_code} %{time_total}\n' "$API/api/v1/admin/tenants" \
    -H 'Content-Type: application/json' -H "Authorization: Bearer $token" \
    -d "{\"slug\":\"$slug\",\"name\":\"Bench $1\",\"owner\":{\"email\":\"owner@$slug.test\",\"display_name\":\"Owner\"$password}}"
}

bench_start
restart
echo "restart with tenant system only: $restarted"
token=$(admin_token)
run=b$(date +%s)
export -f create
export API token run

times=$work/create-times
sample_password=
[ "${PASSWORDS:-0}" = 1 ] && sample_password=$OWNER_PASSWORD
sample() { for i in $(seq "$1" "$2"); do create "$i" "$sample_password"; done >"$times"; }
bulk() {
  began=$(date +%s.%N)
  seq "$1" "$2" | xargs -r -P "$PARALLEL" -I{} bash -c 'create {}' >"$work/bulk-times"
  took=$(echo "$(date +%s.%N) - $began" | bc)
}
if [ "${SAMPLE_LAST:-0}" = 1 ]; then
  bulk 1 $((N - SAMPLE))
  sample $((N - SAMPLE + 1)) "$N"
else
  sample 1 "$SAMPLE"
  bulk $((SAMPLE + 1)) "$N"
fi

failed=$(cat "$times" "$work/bulk-times" | grep -vc '^201 ' || true)
sort -k2 -n "$times" | awk -v n="$SAMPLE" '
  { t[NR] = $2 * 1000 }
  END {
    p50 = t[int((n - 1) * 0.50) + 1]; p99 = t[int((n - 1) * 0.99) + 1]
    printf "create, one at a time (%d): p50 %.0f ms, p99 %.0f ms, max %.0f ms\n", n, p50, p99, t[n]
  }'
if [ "$N" -gt "$SAMPLE" ]; then
  printf 'create, %d at a time (%d): %.1f tenants/s\n' "$PARALLEL" $((N - SAMPLE)) \
    "$(echo "($N - $SAMPLE) / $took" | bc -l)"
fi
echo "failed creates: $failed"
restart
echo "restart with $N more tenants: $restarted"
