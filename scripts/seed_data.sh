#!/usr/bin/env bash
# Creates demo data through the API of a running Tenantry: tenants "acme" and "globex", each with
# an owner (password below) and three invited users. Safe to re-run: existing tenants are skipped.
#
#   ADMIN_EMAIL=admin@example.com ADMIN_PASSWORD='change me: a long passphrase' scripts/seed_data.sh
#
# Environment: API (default http://localhost:8080), ADMIN_EMAIL, ADMIN_PASSWORD (the platform admin
# of tenant "system"), DEMO_PASSWORD (the owners' password). Needs curl and jq.
set -euo pipefail
API=${API:-http://localhost:8080}
ADMIN_EMAIL=${ADMIN_EMAIL:?set ADMIN_EMAIL and ADMIN_PASSWORD to the platform admin}
ADMIN_PASSWORD=${ADMIN_PASSWORD:?set ADMIN_PASSWORD}
DEMO_PASSWORD=${DEMO_PASSWORD:-demo passphrase 4 tenantry}
for tool in curl jq; do command -v $tool >/dev/null || { echo "$tool is not installed" >&2; exit 2; }; done

login() { # tenant email password -> access token
  curl -sf "$API/api/v1/auth/login" -H 'Content-Type: application/json' \
    -d "$(jq -n --arg t "$1" --arg e "$2" --arg p "$3" '{tenant:$t,email:$e,password:$p}')" | jq -r .access_token
}

ADMIN=$(login system "$ADMIN_EMAIL" "$ADMIN_PASSWORD") || { echo "admin login failed" >&2; exit 1; }

seed_tenant() { # slug name
  local slug=$1 name=$2 owner="owner@$1.test" status token
  status=$(curl -s -o /dev/null -w '%{http_code}' "$API/api/v1/admin/tenants" \
    -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' \
    -d "$(jq -n --arg s "$slug" --arg n "$name" --arg e "$owner" --arg p "$DEMO_PASSWORD" \
      '{slug:$s,name:$n,owner:{email:$e,display_name:"Owner",password:$p}}')")
  case $status in
    201) echo "tenant $slug created (owner $owner)";;
    409) echo "tenant $slug exists, skipped"; return;;
    *) echo "creating tenant $slug answered $status" >&2; exit 1;;
  esac
  token=$(login "$slug" "$owner" "$DEMO_PASSWORD")
  for user in alice bob carol; do
    curl -sf -o /dev/null "$API/api/v1/users" -H "Authorization: Bearer $token" \
      -H 'Content-Type: application/json' \
      -d "$(jq -n --arg e "$user@$slug.test" --arg d "${user^}" '{email:$e,display_name:$d,roles:["member"]}')"
    echo "  invited $user@$slug.test"
  done
}

seed_tenant acme "Acme Corp"
seed_tenant globex "Globex Corporation"
echo "Done. Log in as owner@acme.test / '$DEMO_PASSWORD' in tenant acme."
