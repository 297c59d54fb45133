-- Revert workshop_db:functions/complete_batch from pg
BEGIN;
DROP FUNCTION workshop.complete_batch(uuid);
COMMIT;
