-- MFA in sessions: how a session's user authenticated (the RFC 8176 amr values of its tokens,
-- kept so that a refresh keeps them), carried from a hosted sign-in to the code it issues; and the
-- client an mfa_token was issued to, so that another client cannot finish that login.
-- Null amr (rows older than this step) means a password alone.

ALTER TABLE refresh_tokens ADD COLUMN amr text;

ALTER TABLE authorization_codes ADD COLUMN amr text;

ALTER TABLE one_time_tokens ADD COLUMN client_id text;
