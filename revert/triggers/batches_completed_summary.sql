-- Revert workshop_db:triggers/batches_completed_summary from pg
BEGIN;
DROP TRIGGER batches_completed_summary ON workshop.batches;
DROP FUNCTION workshop_private.batches_completed_summary();
DROP FUNCTION workshop_private.completed_batch_summary_of(uuid[]);
-- Its rows were written by this change (the backfill and the trigger).
TRUNCATE workshop_private.completed_batch_summary;
COMMIT;
