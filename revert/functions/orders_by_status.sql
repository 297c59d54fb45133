-- Revert workshop_db:functions/orders_by_status from pg
BEGIN;
DROP FUNCTION workshop.orders_by_status(workshop.order_status, timestamptz, uuid, integer);
COMMIT;
