-- Revert workshop_db:policies/order_status_history from pg
BEGIN;

REVOKE ALL ON workshop.order_status_history FROM anon, authenticated, service_role;  -- column grants too
DROP POLICY order_status_history_select_staff ON workshop.order_status_history;
ALTER TABLE workshop.order_status_history DISABLE ROW LEVEL SECURITY;

COMMIT;
