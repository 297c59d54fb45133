-- Deploy workshop_db:policies/work_logs to pg
-- requires: tables/work_logs
-- requires: grants/workshop_private
-- Staff read work logs and log their own hours; managers may log hours for any worker
-- (staff without a login). Corrections go through service_role.
-- Row level security is enabled, not forced: the owner is the deploying role, whose
-- SECURITY DEFINER triggers and helpers act as the database itself. service_role has
-- BYPASSRLS (as in Supabase) and needs only grants. No TRUNCATE for any API role: it
-- skips row triggers and policies.
BEGIN;

ALTER TABLE workshop.work_logs ENABLE ROW LEVEL SECURITY;

-- Staff read work logs.
CREATE POLICY work_logs_select_staff ON workshop.work_logs
  AS PERMISSIVE FOR SELECT TO authenticated
  USING ((SELECT workshop_private.current_worker_role()) IS NOT NULL);
COMMENT ON POLICY work_logs_select_staff ON workshop.work_logs IS 'Staff read work logs.';

-- Staff log their own hours.
CREATE POLICY work_logs_insert_staff ON workshop.work_logs
  AS PERMISSIVE FOR INSERT TO authenticated
  WITH CHECK ((SELECT workshop_private.current_worker_role()) IS NOT NULL
    AND worker_id = (SELECT workshop_private.current_worker_id()));
COMMENT ON POLICY work_logs_insert_staff ON workshop.work_logs IS 'Staff log their own hours.';

-- Managers log hours for anyone.
CREATE POLICY work_logs_insert_manager ON workshop.work_logs
  AS PERMISSIVE FOR INSERT TO authenticated
  WITH CHECK ((SELECT workshop_private.current_worker_role()) IN ('manager', 'admin'));
COMMENT ON POLICY work_logs_insert_manager ON workshop.work_logs IS 'Managers log hours for anyone.';

-- Exactly these grants, whatever default privileges gave at CREATE TABLE time.
REVOKE ALL ON workshop.work_logs FROM PUBLIC, anon, authenticated, service_role;
GRANT SELECT, INSERT ON workshop.work_logs TO authenticated;
GRANT SELECT, INSERT, UPDATE, DELETE ON workshop.work_logs TO service_role;

COMMIT;
