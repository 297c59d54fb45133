-- Revert workshop_db:functions/add_order_to_batch from pg
BEGIN;
DROP FUNCTION workshop.add_order_to_batch(uuid, uuid);
COMMIT;
