-- Deploy workshop_db:policies/orders to pg
-- requires: tables/orders
-- requires: grants/workshop_private
-- A customer reads their own orders, staff read all; managers enter orders and change
-- status and priority. Orders are cancelled, never deleted (service_role excepted).
-- internal_notes is staff only: authenticated may SELECT every column but it (customers
-- and staff share that role, so a policy cannot hide a column); staff read it through
-- workshop.order_internal_notes(). Clients name their columns: select * is refused.
-- Row level security is enabled, not forced: the owner is the deploying role, whose
-- SECURITY DEFINER triggers and helpers act as the database itself. service_role has
-- BYPASSRLS (as in Supabase) and needs only grants. No TRUNCATE for any API role: it
-- skips row triggers and policies.
BEGIN;

ALTER TABLE workshop.orders ENABLE ROW LEVEL SECURITY;

-- Customers read their own orders.
CREATE POLICY orders_select_customer ON workshop.orders
  AS PERMISSIVE FOR SELECT TO authenticated
  USING (customer_id = (SELECT workshop_private.current_customer_id()));
COMMENT ON POLICY orders_select_customer ON workshop.orders IS 'Customers read their own orders.';

-- Staff read all orders.
CREATE POLICY orders_select_staff ON workshop.orders
  AS PERMISSIVE FOR SELECT TO authenticated
  USING ((SELECT workshop_private.current_worker_role()) IS NOT NULL);
COMMENT ON POLICY orders_select_staff ON workshop.orders IS 'Staff read all orders.';

-- Managers enter orders by hand.
CREATE POLICY orders_insert_manager ON workshop.orders
  AS PERMISSIVE FOR INSERT TO authenticated
  WITH CHECK ((SELECT workshop_private.current_worker_role()) IN ('manager', 'admin'));
COMMENT ON POLICY orders_insert_manager ON workshop.orders IS 'Managers enter orders by hand.';

-- Managers change status, priority and notes.
CREATE POLICY orders_update_manager ON workshop.orders
  AS PERMISSIVE FOR UPDATE TO authenticated
  USING ((SELECT workshop_private.current_worker_role()) IN ('manager', 'admin'))
  WITH CHECK ((SELECT workshop_private.current_worker_role()) IN ('manager', 'admin'));
COMMENT ON POLICY orders_update_manager ON workshop.orders IS 'Managers change status, priority and notes.';

-- Exactly these grants, whatever default privileges gave at CREATE TABLE time.
REVOKE ALL ON workshop.orders FROM PUBLIC, anon, authenticated, service_role;
GRANT SELECT (id, order_number, shopify_order_id, shopify_line_item_id, line_unit, customer_id,
              model_id, wood_type, customizations, notes, status, priority, due_date,
              created_at, updated_at)
  ON workshop.orders TO authenticated;
GRANT INSERT, UPDATE ON workshop.orders TO authenticated;
GRANT SELECT, INSERT, UPDATE, DELETE ON workshop.orders TO service_role;

COMMIT;
