-- Revert workshop_db:statistics/batches_stage_complete from pg
BEGIN;
SET LOCAL lock_timeout = '5s';

DROP STATISTICS IF EXISTS workshop.batches_stage_complete;

COMMIT;
