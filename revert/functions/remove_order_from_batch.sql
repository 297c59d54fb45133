-- Revert workshop_db:functions/remove_order_from_batch from pg
BEGIN;
DROP FUNCTION workshop.remove_order_from_batch(uuid, uuid, text);
COMMIT;
