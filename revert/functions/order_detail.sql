-- Revert workshop_db:functions/order_detail from pg
BEGIN;
DROP FUNCTION workshop.order_detail(uuid);
COMMIT;
