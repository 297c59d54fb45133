-- Revert workshop_db:functions/order_internal_notes from pg
BEGIN;
DROP FUNCTION workshop.order_internal_notes(uuid);
DROP FUNCTION workshop_private.order_internal_notes(uuid);
COMMIT;
