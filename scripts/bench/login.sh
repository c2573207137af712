#!/usr/bin/env bash
# Login latency and throughput against a running Tenantry (start it with the README's run command).
# Each login verifies an Argon2id hash (OWASP cost), so this measures the cost users feel.
#
#   EMAIL=admin@example.com PASSWORD='change me: a long passphrase' scripts/bench/login.sh
#
# Needs wrk (Debian: apt-get install -y wrk). Sends traffic to $API only (default: localhost).
set -euo pipefail
API=${API:-http://localhost:8080}
TENANT=${TENANT:-system}
EMAIL=${EMAIL:?set EMAIL (and PASSWORD) to an existing account}
PASSWORD=${PASSWORD:?set PASSWORD}
DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-4}

command -v wrk >/dev/null || { echo "wrk is not installed: apt-get install -y wrk" >&2; exit 2; }
status=$(curl -s -o /dev/null -w '%{http_code}' "$API/api/v1/auth/login" -H 'Content-Type: application/json' \
  -d "{\"tenant\":\"$TENANT\",\"email\":\"$EMAIL\",\"password\":\"$PASSWORD\"}")
[ "$status" = 200 ] || { echo "a test login answered $status; check EMAIL/PASSWORD/TENANT" >&2; exit 1; }

script=$(mktemp)
trap 'rm -f "$script"' EXIT
cat >"$script" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"tenant":"$TENANT","email":"$EMAIL","password":"$PASSWORD"}'
LUA
wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s "$script" "$API/api/v1/auth/login"
