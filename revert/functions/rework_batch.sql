-- Revert workshop_db:functions/rework_batch from pg
BEGIN;
DROP FUNCTION workshop.rework_batch(uuid, workshop.production_stage, text);
COMMIT;
