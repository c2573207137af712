-- refresh_pg.sh: a refresh_tokens table like the tenant schema's (psql variables: with = storage
-- parameters, idx = the index set under test), 100,000 background rows (1,000 users x 20 sessions x 5
-- tokens), one user with a long session (3,000 rotated tokens, one every 15 minutes), and the
-- benchmark's 2,000 sessions (4 clients x 500) at their first token.
drop schema if exists s cascade; create schema s; set search_path = s;
create table users (id uuid primary key, email text);
insert into users select md5('u'||n)::uuid, 'u'||n||'@x' from generate_series(0,999) n;
create table rt (
    id uuid NOT NULL primary key,
    user_id uuid NOT NULL references users(id) on delete cascade,
    family_id uuid NOT NULL,
    token_hash text NOT NULL unique,
    issued_at timestamptz NOT NULL, expires_at timestamptz NOT NULL,
    rotated_at timestamptz, revoked_at timestamptz,
    session_started_at timestamptz NOT NULL, session_expires_at timestamptz NOT NULL,
    security_version bigint NOT NULL, client_id text, ip text, user_agent text, scope text, amr text
) :with;
create index rt_family_idx on rt (family_id);
:idx
-- background: 100k rows: 1000 users x 20 families x 5 tokens (4 rotated, head live), expired/unexpired mix
insert into rt select gen_random_uuid(), md5('u'||(f%1000))::uuid, md5('bg'||f)::uuid,
  encode(sha256(convert_to('bg'||f||':'||g,'UTF8')),'hex'), now() - interval '40 days' + (f%40||' days')::interval + (g||' minutes')::interval,
  now() - interval '10 days' + (f%40||' days')::interval + (g||' minutes')::interval,
  case when g < 4 then now() else null end, null, now() - interval '40 days' + (f%40||' days')::interval, now() + interval '50 days' + (f%40||' days')::interval, 1, null,
  '127.0.0.1', 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120 Safari/537.36', null, 'pwd'
 from generate_series(0,19999) f, generate_series(0,4) g;
-- one user with a long session: 3000 rotated unexpired rows + head (refreshing every 15 min for ~31 days)
insert into rt select gen_random_uuid(), md5('u7')::uuid, md5('long')::uuid,
  encode(sha256(convert_to('long:'||g,'UTF8')),'hex'), now() - ((3000-g)*15||' minutes')::interval, now() - ((3000-g)*15||' minutes')::interval + interval '30 days',
  case when g < 3000 then now() else null end, null, now() - interval '45000 minutes', now() - interval '45000 minutes' + interval '90 days', 1, null, '127.0.0.1', 'curl', null, 'pwd'
 from generate_series(0,3000) g;
-- benchmark families: 4 clients x 500 families, generation 0 live
insert into rt select gen_random_uuid(), md5('u'||(f%1000))::uuid, md5('b'||f)::uuid,
  encode(sha256(convert_to(f||':0','UTF8')),'hex'), now(), now() + interval '30 days', null, null, now(), now() + interval '90 days', 1, null,
  '127.0.0.1', 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120 Safari/537.36', null, 'pwd'
 from generate_series(0,1999) f;
vacuum analyze rt; vacuum analyze users;
