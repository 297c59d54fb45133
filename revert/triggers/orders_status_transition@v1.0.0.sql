-- Revert workshop_db:triggers/orders_status_transition from pg
BEGIN;
DROP TRIGGER orders_status_transition ON workshop.orders;
DROP TRIGGER orders_status_transition_insert ON workshop.orders;
DROP FUNCTION workshop_private.orders_status_transition();
COMMIT;
