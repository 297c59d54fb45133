-- Revert workshop_db:functions/advance_batch from pg
BEGIN;
DROP FUNCTION workshop.advance_batch(uuid, text);
COMMIT;
