-- Deploy workshop_db:policies/batch_orders to pg
-- requires: tables/batch_orders
-- requires: grants/workshop_private
-- Staff read memberships; managers manage them (add, deactivate, remove).
-- Row level security is enabled, not forced: the owner is the deploying role, whose
-- SECURITY DEFINER triggers and helpers act as the database itself. service_role has
-- BYPASSRLS (as in Supabase) and needs only grants. No TRUNCATE for any API role: it
-- skips row triggers and policies.
BEGIN;

ALTER TABLE workshop.batch_orders ENABLE ROW LEVEL SECURITY;

-- Staff read memberships.
CREATE POLICY batch_orders_select_staff ON workshop.batch_orders
  AS PERMISSIVE FOR SELECT TO authenticated
  USING ((SELECT workshop_private.current_worker_role()) IS NOT NULL);
COMMENT ON POLICY batch_orders_select_staff ON workshop.batch_orders IS 'Staff read memberships.';

-- Managers add orders to batches, as themselves.
CREATE POLICY batch_orders_insert_manager ON workshop.batch_orders
  AS PERMISSIVE FOR INSERT TO authenticated
  WITH CHECK ((SELECT workshop_private.current_worker_role()) IN ('manager', 'admin')
    AND (added_by IS NULL OR added_by = (SELECT workshop_private.current_worker_id())));
COMMENT ON POLICY batch_orders_insert_manager ON workshop.batch_orders IS 'Managers add orders to batches, as themselves.';

-- Managers change memberships.
CREATE POLICY batch_orders_update_manager ON workshop.batch_orders
  AS PERMISSIVE FOR UPDATE TO authenticated
  USING ((SELECT workshop_private.current_worker_role()) IN ('manager', 'admin'))
  WITH CHECK ((SELECT workshop_private.current_worker_role()) IN ('manager', 'admin'));
COMMENT ON POLICY batch_orders_update_manager ON workshop.batch_orders IS 'Managers change memberships.';

-- Managers remove memberships.
CREATE POLICY batch_orders_delete_manager ON workshop.batch_orders
  AS PERMISSIVE FOR DELETE TO authenticated
  USING ((SELECT workshop_private.current_worker_role()) IN ('manager', 'admin'));
COMMENT ON POLICY batch_orders_delete_manager ON workshop.batch_orders IS 'Managers remove memberships.';

-- Exactly these grants, whatever default privileges gave at CREATE TABLE time.
REVOKE ALL ON workshop.batch_orders FROM PUBLIC, anon, authenticated, service_role;
GRANT SELECT, INSERT, UPDATE, DELETE ON workshop.batch_orders TO authenticated, service_role;

COMMIT;
