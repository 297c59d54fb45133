-- Revert workshop_db:functions/change_orders_status from pg
BEGIN;
DROP FUNCTION workshop_private.change_orders_status(uuid[], workshop.order_status, text);
COMMIT;
