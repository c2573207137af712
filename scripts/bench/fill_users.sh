#!/usr/bin/env bash
# Bench data (not in CI): adds N users to one tenant in a single SQL statement (generate_series),
# about 100,000 rows in a few seconds, then ANALYZE. The users are active members
# user000001@<slug>.test … with display names "User 000001" …, created one second apart; every 100th
# is disabled, every 10th is an admin, every other one has logged in. They share the password hash
# of the tenant's first owner, so any of them can log in with the owner's password.
#
#   PSQL_URL=postgresql://postgres:postgres@localhost:5432/postgres scripts/bench/fill_users.sh SLUG [N]
#
# Needs psql. The tenant must exist (created through the API, so its schema is migrated).
set -euo pipefail
slug=${1:?usage: fill_users.sh SLUG [N]}
n=${2:-100000}
: "${PSQL_URL:?set PSQL_URL to a libpq URI of the service database}"
sql() { psql "$PSQL_URL" -v ON_ERROR_STOP=1 -qAtX "$@"; }
schema=$(sql -c "select schema_name from control.tenants where slug = '$slug'")
[ -n "$schema" ] || { echo "no tenant $slug" >&2; exit 1; }
start=$(date +%s)
sql <<SQL
begin;
insert into $schema.users (id, email, display_name, status, email_verified, password_hash,
                           last_login_at, created_at, updated_at)
select gen_random_uuid(), format('user%s@$slug.test', lpad(g::text, 6, '0')),
       format('User %s', lpad(g::text, 6, '0')),
       case when g % 100 = 0 then 'disabled' else 'active' end, true,
       (select password_hash from $schema.users where password_hash is not null
         order by created_at limit 1),
       case when g % 2 = 0 then now() - (g || ' minutes')::interval end,
       now() - (g || ' seconds')::interval, now() - (g || ' seconds')::interval
  from generate_series(1, $n) g;
-- The list by last login walks this table (tenant V22); the service writes its row with each user.
insert into $schema.user_last_logins (user_id, last_login_at)
select id, last_login_at from $schema.users where email like 'user%@$slug.test';
insert into $schema.user_roles (user_id, role)
select id, case when right(split_part(email, '@', 1), 1) = '0' then 'admin' else 'member' end
  from $schema.users where email like 'user%@$slug.test';
commit;
analyze $schema.users;
analyze $schema.user_roles;
analyze $schema.user_last_logins;
SQL
echo "added $n users to $schema in $(( $(date +%s) - start )) s;" \
  "$(sql -c "select count(*) from $schema.users") users now"
