-- Verify workshop_db:indexes/drop_batches_stage_status on pg
BEGIN;
SELECT 1/(pg_catalog.to_regclass('workshop.idx_batches_stage_status') IS NULL)::int;
ROLLBACK;
