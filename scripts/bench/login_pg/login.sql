-- The writes of one password login to users (JpaUserRepository), for user :n of :users:
-- read by e-mail, count the attempt before the hash (COUNT_ATTEMPT), then record the login.
\set n random(1, :users)
select * from users where email = 'user' || lpad(:n::text, 6, '0') || '@x.test';
with prior as (select id, locked_until from users
               where id = (select id from users where email = 'user' || lpad(:n::text, 6, '0') || '@x.test') for update)
update users u set failed_logins = case when prior.locked_until > now() then u.failed_logins
                                        when u.failed_logins + 1 >= 5 then 0 else u.failed_logins + 1 end,
                   locked_until = case when prior.locked_until > now() then u.locked_until
                                       when u.failed_logins + 1 >= 5 then now() + interval '15 minutes'
                                       else u.locked_until end
  from prior where u.id = prior.id returning coalesce(prior.locked_until > now(), false), u.locked_until;
begin;
update users set failed_logins = 0, last_login_at = now()
 where id = (select id from users where email = 'user' || lpad(:n::text, 6, '0') || '@x.test');
\if :narrow
update user_last_logins set last_login_at = now()
 where user_id = (select id from users where email = 'user' || lpad(:n::text, 6, '0') || '@x.test');
\endif
commit;
