-- A stand-in for the next tenant migration: TenantBaselineEquivalenceTest applies it with Flyway to
-- a schema made from the baseline, as a start-up upgrade would.
CREATE TABLE upgrade_probe (id integer PRIMARY KEY);
INSERT INTO upgrade_probe VALUES (1);
