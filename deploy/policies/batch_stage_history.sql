-- Deploy workshop_db:policies/batch_stage_history to pg
-- requires: tables/batch_stage_history
-- requires: grants/workshop_private
-- Append-only log written by the database's own SECURITY DEFINER triggers: API roles
-- only read it, and only staff do.
-- Row level security is enabled, not forced: the owner is the deploying role, whose
-- SECURITY DEFINER triggers and helpers act as the database itself. service_role has
-- BYPASSRLS (as in Supabase) and needs only grants. No TRUNCATE for any API role: it
-- skips row triggers and policies.
BEGIN;

ALTER TABLE workshop.batch_stage_history ENABLE ROW LEVEL SECURITY;

-- Staff read the log.
CREATE POLICY batch_stage_history_select_staff ON workshop.batch_stage_history
  AS PERMISSIVE FOR SELECT TO authenticated
  USING ((SELECT workshop_private.current_worker_role()) IS NOT NULL);
COMMENT ON POLICY batch_stage_history_select_staff ON workshop.batch_stage_history IS 'Staff read the log.';

-- Exactly these grants, whatever default privileges gave at CREATE TABLE time.
REVOKE ALL ON workshop.batch_stage_history FROM PUBLIC, anon, authenticated, service_role;
GRANT SELECT ON workshop.batch_stage_history TO authenticated, service_role;

COMMIT;
