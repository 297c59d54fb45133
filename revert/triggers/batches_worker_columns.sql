-- Revert workshop_db:triggers/batches_worker_columns from pg
BEGIN;
DROP TRIGGER batches_worker_columns ON workshop.batches;
DROP FUNCTION workshop_private.batches_worker_columns();
COMMIT;
