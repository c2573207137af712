-- refresh_pg.sh: the service's rotation statement (RefreshTokenRotation). Each pgbench client
-- rotates its 500 sessions in turn (variable g counts its refreshes), so a rotated row is ~2,000 rows old.
\set k :g % 500
\set fam (:client_id % 4) * 500 + :k
\set gen :g / 500
\set g :g + 1
with used as (update s.rt set rotated_at = now() where token_hash = encode(sha256(convert_to(:fam || ':' || :gen, 'UTF8')), 'hex')
  and rotated_at is null and revoked_at is null and expires_at > now() and client_id is null
  returning family_id, user_id, session_started_at, session_expires_at, security_version, client_id, scope, amr)
insert into s.rt (id, user_id, family_id, token_hash, issued_at, expires_at, session_started_at, session_expires_at, security_version, client_id, scope, amr, ip, user_agent)
select gen_random_uuid(), user_id, family_id, encode(sha256(convert_to(:fam || ':' || (:gen + 1), 'UTF8')), 'hex'), now(), least(now() + interval '30 days', session_expires_at),
  session_started_at, session_expires_at, security_version, client_id, scope, amr, '127.0.0.1', 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120 Safari/537.36'
from used returning user_id, family_id, issued_at, expires_at, session_started_at, session_expires_at, security_version, client_id, scope, amr;
