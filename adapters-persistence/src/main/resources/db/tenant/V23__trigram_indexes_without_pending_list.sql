-- User search right after many inserts (issue #10). A GIN index with fastupdate (PostgreSQL's
-- default) queues new entries in an unsorted pending list of up to gin_pending_list_limit (4 MB)
-- that every search reads whole, until VACUUM, autoanalyze or an insert that overflows it merges
-- the list into the index. After 100,000 users inserted in bulk the two trigram indexes held 745
-- pending pages: q=4242 read 775 buffers per statement (4.7 ms) instead of 30 (0.07 ms), until
-- autovacuum came by; an insert that overflows the list pays the merge inside a user's request.
-- Without the list each insert updates the index itself (about 0.07 ms more per user inserted).
ALTER INDEX users_email_trgm_idx SET (fastupdate = off);
ALTER INDEX users_display_name_trgm_idx SET (fastupdate = off);
-- Turning fastupdate off keeps the entries already queued: merge them now.
SELECT gin_clean_pending_list('users_email_trgm_idx'::regclass);
SELECT gin_clean_pending_list('users_display_name_trgm_idx'::regclass);
