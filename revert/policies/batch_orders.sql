-- Revert workshop_db:policies/batch_orders from pg
BEGIN;

REVOKE ALL ON workshop.batch_orders FROM anon, authenticated, service_role;  -- column grants too
DROP POLICY batch_orders_select_staff ON workshop.batch_orders;
DROP POLICY batch_orders_insert_manager ON workshop.batch_orders;
DROP POLICY batch_orders_update_manager ON workshop.batch_orders;
DROP POLICY batch_orders_delete_manager ON workshop.batch_orders;
ALTER TABLE workshop.batch_orders DISABLE ROW LEVEL SECURITY;

COMMIT;
