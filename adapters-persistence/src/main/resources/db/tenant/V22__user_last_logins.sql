-- Login at lower PostgreSQL cost (issue #10). A login writes last_login_at, and V20's sort index
-- users_last_login_at_id_idx named it, so that UPDATE could never be HOT: every login put a new
-- entry into all nine indexes of users, two of them trigram GINs. The sort index now lives on a
-- narrow table of its own, one row per user (written with the user), which the list by last login
-- walks in order and joins to users by primary key; users keeps the value it shows. No index of
-- users names last_login_at, so a login's users update stays on its page (heap-only), and only the
-- narrow row's two small indexes take a new entry. Pages of users keep 10 % free for those updates.

ALTER TABLE users SET (fillfactor = 90);

CREATE TABLE user_last_logins (
    user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    last_login_at timestamptz
);

INSERT INTO user_last_logins (user_id, last_login_at) SELECT id, last_login_at FROM users;

CREATE INDEX user_last_logins_order_idx ON user_last_logins (last_login_at, user_id);

DROP INDEX users_last_login_at_id_idx;

ANALYZE user_last_logins;
