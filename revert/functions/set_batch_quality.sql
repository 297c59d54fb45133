-- Revert workshop_db:functions/set_batch_quality from pg
BEGIN;
DROP FUNCTION workshop.set_batch_quality(uuid, workshop.quality_status, text);
COMMIT;
