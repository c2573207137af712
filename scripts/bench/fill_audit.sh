#!/usr/bin/env bash
# Bench data (not in CI): adds N audit events to one tenant's trail in a single SQL statement
# (generate_series), a million rows in about a minute, then ANALYZE. For list benchmarks only: the
# rows carry placeholder hashes, so the tenant's hash chain does NOT verify afterwards
# (GET /api/v1/audit-events/verify reports it broken); do not run it against a trail you keep.
# Events are one second apart, ending now, over five types and 1,000 actors.
#
#   PSQL_URL=postgresql://postgres:postgres@localhost:5432/postgres scripts/bench/fill_audit.sh SLUG [N]
#
# Needs psql. The tenant must exist (created through the API, so its schema is migrated).
set -euo pipefail
slug=${1:?usage: fill_audit.sh SLUG [N]}
n=${2:-1000000}
: "${PSQL_URL:?set PSQL_URL to a libpq URI of the service database}"
sql() { psql "$PSQL_URL" -v ON_ERROR_STOP=1 -qAtX "$@"; }
schema=$(sql -c "select schema_name from control.tenants where slug = '$slug'")
[ -n "$schema" ] || { echo "no tenant $slug" >&2; exit 1; }
start=$(date +%s)
sql <<SQL
insert into $schema.audit_events (id, occurred_at, type, actor_id, actor_email, target_type,
                                  target_id, ip, details, prev_hash, hash)
select gen_random_uuid(), now() - (g || ' seconds')::interval,
       (array['auth.login.succeeded', 'auth.login.failed', 'user.created', 'user.updated',
              'auth.logout'])[1 + g % 5],
       md5((g % 1000)::text)::uuid, format('actor%s@$slug.test', g % 1000), 'user',
       md5((g % 5000)::text)::uuid::text, '192.0.2.1', '{}', 'bench-not-chained', 'bench-not-chained'
  from generate_series($n, 1, -1) g;
analyze $schema.audit_events;
SQL
echo "added $n audit events to $schema in $(( $(date +%s) - start )) s;" \
  "$(sql -c "select count(*) from $schema.audit_events") events now"
