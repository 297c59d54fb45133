-- Revert workshop_db:policies/batches from pg
BEGIN;

REVOKE ALL ON workshop.batches FROM anon, authenticated, service_role;  -- column grants too
DROP POLICY batches_select_staff ON workshop.batches;
DROP POLICY batches_insert_manager ON workshop.batches;
DROP POLICY batches_update_staff ON workshop.batches;
ALTER TABLE workshop.batches DISABLE ROW LEVEL SECURITY;

COMMIT;
