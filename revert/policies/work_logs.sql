-- Revert workshop_db:policies/work_logs from pg
BEGIN;

REVOKE ALL ON workshop.work_logs FROM anon, authenticated, service_role;  -- column grants too
DROP POLICY work_logs_select_staff ON workshop.work_logs;
DROP POLICY work_logs_insert_staff ON workshop.work_logs;
DROP POLICY work_logs_insert_manager ON workshop.work_logs;
ALTER TABLE workshop.work_logs DISABLE ROW LEVEL SECURITY;

COMMIT;
