-- Revert workshop_db:policies/workers from pg
BEGIN;

REVOKE ALL ON workshop.workers FROM anon, authenticated, service_role;  -- column grants too
DROP POLICY workers_select_staff ON workshop.workers;
DROP POLICY workers_insert_admin ON workshop.workers;
DROP POLICY workers_update_admin ON workshop.workers;
DROP POLICY workers_delete_admin ON workshop.workers;
ALTER TABLE workshop.workers DISABLE ROW LEVEL SECURITY;

COMMIT;
