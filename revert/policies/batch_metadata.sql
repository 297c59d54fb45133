-- Revert workshop_db:policies/batch_metadata from pg
BEGIN;

REVOKE ALL ON workshop.batch_metadata FROM anon, authenticated, service_role;  -- column grants too
DROP POLICY batch_metadata_select_staff ON workshop.batch_metadata;
DROP POLICY batch_metadata_insert_manager ON workshop.batch_metadata;
DROP POLICY batch_metadata_update_manager ON workshop.batch_metadata;
ALTER TABLE workshop.batch_metadata DISABLE ROW LEVEL SECURITY;

COMMIT;
