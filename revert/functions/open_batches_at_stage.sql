-- Revert workshop_db:functions/open_batches_at_stage from pg
BEGIN;
DROP FUNCTION workshop.open_batches_at_stage(workshop.production_stage, timestamptz, uuid, integer);
COMMIT;
