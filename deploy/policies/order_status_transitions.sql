-- Deploy workshop_db:policies/order_status_transitions to pg
-- requires: tables/order_status_transitions
-- requires: grants/workshop_private
-- The status graph is part of the schema: staff read it, migrations change it.
-- Row level security is enabled, not forced: the owner is the deploying role, whose
-- SECURITY DEFINER triggers and helpers act as the database itself. service_role has
-- BYPASSRLS (as in Supabase) and needs only grants. No TRUNCATE for any API role: it
-- skips row triggers and policies.
BEGIN;

ALTER TABLE workshop.order_status_transitions ENABLE ROW LEVEL SECURITY;

-- Staff read the graph.
CREATE POLICY order_status_transitions_select_staff ON workshop.order_status_transitions
  AS PERMISSIVE FOR SELECT TO authenticated
  USING ((SELECT workshop_private.current_worker_role()) IS NOT NULL);
COMMENT ON POLICY order_status_transitions_select_staff ON workshop.order_status_transitions IS 'Staff read the graph.';

-- Exactly these grants, whatever default privileges gave at CREATE TABLE time.
REVOKE ALL ON workshop.order_status_transitions FROM PUBLIC, anon, authenticated, service_role;
GRANT SELECT ON workshop.order_status_transitions TO authenticated, service_role;

COMMIT;
