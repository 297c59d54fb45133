-- Revert workshop_db:functions/change_order_status from pg
BEGIN;
DROP FUNCTION workshop_private.change_order_status(uuid, workshop.order_status, text);
COMMIT;
