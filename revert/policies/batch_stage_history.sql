-- Revert workshop_db:policies/batch_stage_history from pg
BEGIN;

REVOKE ALL ON workshop.batch_stage_history FROM anon, authenticated, service_role;  -- column grants too
DROP POLICY batch_stage_history_select_staff ON workshop.batch_stage_history;
ALTER TABLE workshop.batch_stage_history DISABLE ROW LEVEL SECURITY;

COMMIT;
