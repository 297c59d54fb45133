-- Revert workshop_db:triggers/batches_completion from pg
BEGIN;
DROP TRIGGER batches_completion_cascade ON workshop.batches;
DROP TRIGGER batches_completion_guard ON workshop.batches;
DROP FUNCTION workshop_private.batches_completion_cascade();
DROP FUNCTION workshop_private.batches_completion_guard();
COMMIT;
