-- Revert workshop_db:triggers/orders_status_logged from pg
BEGIN;
DROP TRIGGER orders_status_logged ON workshop.orders;
DROP TRIGGER orders_status_logged_insert ON workshop.orders;
DROP FUNCTION workshop_private.orders_status_logged();
COMMIT;
