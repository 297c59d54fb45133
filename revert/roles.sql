-- Revert workshop_db:roles from pg
-- Deliberately keeps the roles: they are cluster-wide and other databases (or a
-- Supabase project) may use them. Their privileges in this database went with the
-- objects that the later reverts dropped.
BEGIN;
-- (nothing to do)
COMMIT;
