-- Revert workshop_db:policies/quality_checks from pg
BEGIN;

REVOKE ALL ON workshop.quality_checks FROM anon, authenticated, service_role;  -- column grants too
DROP POLICY quality_checks_select_staff ON workshop.quality_checks;
DROP POLICY quality_checks_insert_staff ON workshop.quality_checks;
DROP POLICY quality_checks_insert_manager ON workshop.quality_checks;
ALTER TABLE workshop.quality_checks DISABLE ROW LEVEL SECURITY;

COMMIT;
