-- Revert workshop_db:triggers/batches_created_by from pg
BEGIN;
DROP TRIGGER batches_created_by ON workshop.batches;
DROP FUNCTION workshop_private.batches_created_by();
COMMIT;
