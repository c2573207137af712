#!/usr/bin/env bash
# outbox_latency.sh — how long queued mail and webhook deliveries wait before they leave (not in CI):
# a throw-away PostgreSQL 15 and the packaged service, a tenant with a webhook (user.created) to a
# local receiver answering 204, then 20 invitations 300 ms apart; prints, per invitation, the ms from
# queued to sent (control.mail_outbox: created_at -> sent_at, the mailer mocked) and from queued to
# the first try (webhook_deliveries: created_at -> last_attempt_at). Since the dispatchers are woken
# at commit (docs/api/webhooks.md, "Dispatcher") both are tens of ms; before, up to the 5 s poll.
#
#   scripts/bench/outbox_latency.sh
#   APP=/tmp/other/quarkus-app scripts/bench/outbox_latency.sh   # another build
#
# Env (defaults): APP=bootstrap/target/quarkus-app JAVA=java PG_BIN=/usr/lib/postgresql/15/bin
#   PG_PORT=15830 PG_OS_USER=postgres PORT=18830 (management +100) RECEIVER_PORT=18999
set -uo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
APP=${APP:-$root/bootstrap/target/quarkus-app} JAVA=${JAVA:-java}
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin} PG_PORT=${PG_PORT:-15830} PG_OS_USER=${PG_OS_USER:-postgres}
PORT=${PORT:-18830} MGMT_PORT=$((${PORT:-18830} + 100)) RECEIVER_PORT=${RECEIVER_PORT:-18999}
MGMT=http://127.0.0.1:$MGMT_PORT API=http://127.0.0.1:$PORT
ADMIN=root@platform.test ADMIN_PW='Platform-Admin-Pass-2026!' PW='Bench-Password-2026!'
NAME=outbox; source "$here/lifecycle.sh"
[ -f "$APP/quarkus-run.jar" ] || die "no $APP/quarkus-run.jar: build it first (mvn -B -q package -DskipTests)"
start_pg -c max_connections=100; make_keys
JAR=$APP/quarkus-run.jar; cd "$APP"
python3 -c '
import http.server, sys
class H(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length",0))); self.send_response(204); self.end_headers()
    def log_message(self,*a): pass
http.server.HTTPServer(("127.0.0.1",int(sys.argv[1])),H).serve_forever()' "$RECEIVER_PORT" & RECV=$!
trap 'kill $RECV 2>/dev/null; cleanup' EXIT
export APP_WEBHOOKS_ALLOW_HTTP=true APP_WEBHOOKS_ALLOW_PRIVATE_TARGETS=true
launch_app "$work/app.log" -Xms64m -Xmx512m; wait_ready "$work/app.log"
create_tenant wake
owner=$(login wake owner@wake.test "$PW" | jq -r .access_token)
curl -sf -o /dev/null "$API/api/v1/webhooks" -H "Authorization: Bearer $owner" -H 'Content-Type: application/json' \
  -d '{"url":"http://127.0.0.1:'"$RECEIVER_PORT"'/hook","events":["user.created"]}' || die "webhook"
sleep 6 # past the dispatchers' first poll
for i in $(seq 1 20); do
  curl -sf -o /dev/null "$API/api/v1/users" -H "Authorization: Bearer $owner" -H 'Content-Type: application/json' \
    -d "{\"email\":\"u$i@wake.test\",\"display_name\":\"U $i\",\"roles\":[\"member\"]}" || die "invite $i"
  sleep 0.3
done
sleep 8
schema=$($PSQL -d tenantry -qAtX -c "select schema_name from control.tenants where slug='wake'")
echo "mail: ms from queued to sent (20 invitations)"
$PSQL -d tenantry -qAtX -c "select round(extract(epoch from sent_at - created_at)*1000) from control.mail_outbox where recipient like 'u%@wake.test' order by 1" | tr '\n' ' '; echo
echo "webhooks: ms from queued to first try"
$PSQL -d tenantry -qAtX -c "select round(extract(epoch from last_attempt_at - created_at)*1000) from $schema.webhook_deliveries order by 1" | tr '\n' ' '; echo
$PSQL -d tenantry -qAtX -c "select status, count(*) from $schema.webhook_deliveries group by 1"
