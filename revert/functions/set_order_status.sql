-- Revert workshop_db:functions/set_order_status from pg
BEGIN;
DROP FUNCTION workshop.set_order_status(uuid, workshop.order_status, text);
COMMIT;
