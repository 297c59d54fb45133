-- Deploy workshop_db:policies/order_status_history to pg
-- requires: tables/order_status_history
-- requires: grants/workshop_private
-- Append-only audit trail written by the database's own SECURITY DEFINER triggers: API
-- roles only read it, and only staff do (a reason may be internal).
-- Row level security is enabled, not forced: the owner is the deploying role, whose
-- SECURITY DEFINER triggers and helpers act as the database itself. service_role has
-- BYPASSRLS (as in Supabase) and needs only grants. No TRUNCATE for any API role: it
-- skips row triggers and policies.
BEGIN;

ALTER TABLE workshop.order_status_history ENABLE ROW LEVEL SECURITY;

-- Staff read the trail.
CREATE POLICY order_status_history_select_staff ON workshop.order_status_history
  AS PERMISSIVE FOR SELECT TO authenticated
  USING ((SELECT workshop_private.current_worker_role()) IS NOT NULL);
COMMENT ON POLICY order_status_history_select_staff ON workshop.order_status_history IS 'Staff read the trail.';

-- Exactly these grants, whatever default privileges gave at CREATE TABLE time.
REVOKE ALL ON workshop.order_status_history FROM PUBLIC, anon, authenticated, service_role;
GRANT SELECT ON workshop.order_status_history TO authenticated, service_role;

COMMIT;
