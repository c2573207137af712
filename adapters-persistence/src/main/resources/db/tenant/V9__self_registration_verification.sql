-- Self-registered accounts cannot log in before their address is verified; accounts created by
-- an administrator or by accepting an invitation are not affected (false for every existing row).
-- Numbered 9 (not 6) so that it does not collide with migrations written at the same time elsewhere.
ALTER TABLE users ADD COLUMN verification_required boolean NOT NULL DEFAULT false;
