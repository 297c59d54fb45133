-- Revert workshop_db:policies/order_status_transitions from pg
BEGIN;

REVOKE ALL ON workshop.order_status_transitions FROM anon, authenticated, service_role;  -- column grants too
DROP POLICY order_status_transitions_select_staff ON workshop.order_status_transitions;
ALTER TABLE workshop.order_status_transitions DISABLE ROW LEVEL SECURITY;

COMMIT;
