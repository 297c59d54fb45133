-- Revert workshop_db:functions/create_batch from pg
BEGIN;
DROP FUNCTION workshop.create_batch(text, workshop.batch_priority, date);
COMMIT;
