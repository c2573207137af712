#!/usr/bin/env bash
# Bench data (not in CI): adds N rows to the tenant registry (control.tenants) in one SQL statement,
# for the tenant LIST benchmark only: the rows have no schema, no owner and no users. Anything that
# enters such a tenant (a login, the jobs that visit every audit trail) fails for it, so use a
# throw-away database. For real tenants (schema, owner, start-up at many tenants) use the bulk
# creator of the tenant-creation benchmark instead. Slugs are bench-000001 …, names "Bench
# tenant 000001" …, every 20th suspended.
#
#   PSQL_URL=postgresql://postgres:postgres@localhost:5432/postgres scripts/bench/fill_tenants.sh [N]
#
# Needs psql.
set -euo pipefail
n=${1:-10000}
: "${PSQL_URL:?set PSQL_URL to a libpq URI of the service database}"
sql() { psql "$PSQL_URL" -v ON_ERROR_STOP=1 -qAtX "$@"; }
start=$(date +%s)
sql <<SQL
insert into control.tenants (id, slug, name, status, self_registration, schema_name,
                             schema_version, settings, created_at, updated_at)
select gen_random_uuid(), format('bench-%s', lpad(g::text, 6, '0')),
       format('Bench tenant %s', lpad(g::text, 6, '0')),
       case when g % 20 = 0 then 'suspended' else 'active' end, false,
       format('t_bench_%s', lpad(g::text, 6, '0')),
       -- Recorded as current, so start-up does not try to migrate the missing schemas.
       (select max(schema_version) from control.tenants), '{}',
       now() - (g || ' seconds')::interval, now() - (g || ' seconds')::interval
  from generate_series(1, $n) g;
analyze control.tenants;
SQL
echo "added $n registry rows in $(( $(date +%s) - start )) s;" \
  "$(sql -c "select count(*) from control.tenants") tenants now"
