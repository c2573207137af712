#!/usr/bin/env bash
# Container smoke test (issue 16): the packaged application (bootstrap/target/quarkus-app) in the
# JVM image, run the way deploy/kubernetes runs it, against a real PostgreSQL.
#
#   - makes sure a Docker engine runs (as root: installs docker.io and starts dockerd when missing;
#     skips with a LOUD message only where this machine forbids running one);
#   - builds bootstrap/src/main/docker/Dockerfile.jvm on the default base image, or, when that cannot
#     be pulled, on a Java 17 base made from Debian packages (debootstrap; built once, then cached);
#   - starts PostgreSQL from Debian's binaries (installing the postgresql package when missing);
#   - runs the image read-only (tmpfs /tmp), as user 185, without capabilities, under the memory
#     limit of the Deployment, and checks: readiness, AWS-LC signing tokens, login and a token,
#     /q/metrics on the management port, a restart keeps data and keys, the one-line error for an
#     unwritable embedded database folder, a graceful shutdown: SIGTERM during a stream of logins
#     loses none of them, and a start with JFR recording from the first instant.
#
# Run by `mvn verify` (bootstrap, verify phase; -DskipITs or -Dcontainer-smoke.skip=true leave it
# out) after the jar is packaged; by hand: mvn -B package -DskipTests && bash scripts/container_smoke.sh
# Figures (image size, ready time, RSS) are printed at the end and kept in
# bootstrap/target/container-smoke.txt. All traffic stays on 127.0.0.1 (host networking).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
SMOKE_START=$(date +%s)
# shellcheck source=scripts/container_smoke_lib.sh
source scripts/container_smoke_lib.sh

TAG=$(sed -n 's/^ *newTag: *//p' deploy/kubernetes/kustomization.yaml | head -1)
IMAGE="tenantry/tenantry:${TAG:?no newTag in deploy/kubernetes/kustomization.yaml}"
LOCAL_BASE=tenantry/base-jre17:bookworm
MEMORY=$(awk '/limits:/{l=1} l&&/memory:/{print $2; exit}' deploy/kubernetes/kubernetes.yml)
JAVA_OPTS_K8S=$(awk '/name: JAVA_OPTS/{getline; sub(/^ *value: */,""); print; exit}' deploy/kubernetes/kubernetes.yml)
APP=tenantry-smoke-$$
WORK=$(mktemp -d /tmp/tenantry-smoke.XXXXXX)
chmod 755 "$WORK"
REPORT=bootstrap/target/container-smoke.txt
trap cleanup EXIT

[ -f bootstrap/target/quarkus-app/quarkus-run.jar ] \
  || fail "bootstrap/target/quarkus-app/quarkus-run.jar is missing: run 'mvn -B package -DskipTests' first"

step "Docker engine"
ensure_docker

step "Image $IMAGE"
BASE=$(choose_base)
docker build -f bootstrap/src/main/docker/Dockerfile.jvm --build-arg "BASE_IMAGE=$BASE" \
  -t "$IMAGE" bootstrap >"$WORK/build.log" 2>&1 || fail "docker build: $(tail -20 "$WORK/build.log")"
IMAGE_MB=$(( $(docker image inspect -f '{{.Size}}' "$IMAGE") / 1024 / 1024 ))
pass "built on $BASE: ${IMAGE_MB} MiB"

step "Unwritable embedded database folder"
check_unwritable_data_folder

step "PostgreSQL"
start_postgres
pass "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT"

step "Tenantry: read-only root, user 185, -m $MEMORY, no capabilities"
choose_app_ports
make_keys
run_app
READY_MS=$(wait_ready)
pass "ready in ${READY_MS} ms (container start to /q/health/ready UP)"
RSS_START=$(rss_mib)
SIGNER=$(signer_line)
[ -z "$SIGNER" ] || fail "the signing provider was loaded during the start (${SIGNER}), not at the first signature"

step "Login, token, metrics"
ADMIN=$(login system admin@smoke.test "$ADMIN_PASSWORD")
# The first signature starts loading the signing provider (a few hundred ms, on a thread of its own).
for _ in $(seq 1 30); do
  SIGNER=$(signer_line)
  [ -n "$SIGNER" ] && break
  sleep 0.5
done
case $SIGNER in
  "Tokens are signed by AWS-LC"*) pass "${SIGNER} (its JNI library from the image, /tmp noexec), loaded at the first signature" ;;
  *) fail "tokens are not signed by AWS-LC in the image: ${SIGNER:-no signing line in the log}" ;;
esac
expect 200 "$API/api/v1/users/me" -H "Authorization: Bearer $ADMIN"
TENANT_ID=$(create_tenant "$ADMIN")
OWNER=$(login smoke owner@smoke.test "$OWNER_PASSWORD")
expect 200 "$API/api/v1/tenants/current" -H "Authorization: Bearer $OWNER"
check_metrics
pass "admin and owner logged in; tenant smoke created; /q/metrics on management port $MGMT_PORT"

step "Traffic"
login_burst 40 4
RSS_TRAFFIC=$(rss_mib)
pass "40 logins (4 at a time); RSS ${RSS_START} MiB after start, ${RSS_TRAFFIC} MiB after traffic"

step "Restart keeps data and keys"
docker stop -t 30 "$APP" >/dev/null
STARTED_NS=$(date +%s%N)
docker start "$APP" >/dev/null
RESTART_MS=$(wait_ready)
expect 200 "$API/api/v1/users/me" -H "Authorization: Bearer $ADMIN"
expect 200 "$API/api/v1/admin/tenants/$TENANT_ID" -H "Authorization: Bearer $ADMIN"
login smoke owner@smoke.test "$OWNER_PASSWORD" >/dev/null
pass "ready again in ${RESTART_MS} ms; tenant, owner and the earlier token still valid"

step "Graceful shutdown: SIGTERM during a stream of logins"
graceful_shutdown

step "A flight recording from the start (JAVA_OPTS -XX:StartFlightRecording)"
# Java 17 crashes at start when it meets the image's archive: the entry point leaves the archive out.
docker rm -f "$APP" >/dev/null
EXTRA_JAVA_OPTS="-XX:StartFlightRecording=filename=/tmp/start.jfr" run_app
JFR_READY_MS=$(wait_ready)
pass "ready in ${JFR_READY_MS} ms with JFR recording from the start (without the start-up archive)"

SMOKE_SECONDS=$(( $(date +%s) - SMOKE_START ))
{
  echo "image: $IMAGE on $BASE, ${IMAGE_MB} MiB"
  echo "ready: ${READY_MS} ms (first start), ${RESTART_MS} ms (restart)"
  echo "rss: ${RSS_START} MiB after start, ${RSS_TRAFFIC} MiB after the smoke traffic (limit $MEMORY)"
  echo "shutdown: $SHUTDOWN_SUMMARY"
  echo "smoke test time: ${SMOKE_SECONDS} s"
} | tee "$REPORT"
echo "CONTAINER SMOKE TEST PASSED"
