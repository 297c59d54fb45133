-- Revert workshop_db:triggers/batches_stage_progression from pg
BEGIN;
DROP TRIGGER batches_stage_logged ON workshop.batches;
DROP TRIGGER batches_stage_progression ON workshop.batches;
DROP TRIGGER batches_stage_progression_insert ON workshop.batches;
DROP FUNCTION workshop_private.batches_stage_logged();
DROP FUNCTION workshop_private.batches_stage_progression();
COMMIT;
