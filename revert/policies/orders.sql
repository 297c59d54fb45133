-- Revert workshop_db:policies/orders from pg
BEGIN;

REVOKE ALL ON workshop.orders FROM anon, authenticated, service_role;  -- column grants too
DROP POLICY orders_select_customer ON workshop.orders;
DROP POLICY orders_select_staff ON workshop.orders;
DROP POLICY orders_insert_manager ON workshop.orders;
DROP POLICY orders_update_manager ON workshop.orders;
ALTER TABLE workshop.orders DISABLE ROW LEVEL SECURITY;

COMMIT;
