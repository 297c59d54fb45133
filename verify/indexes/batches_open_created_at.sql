-- Verify workshop_db:indexes/batches_open_created_at on pg
-- A failed CONCURRENTLY build leaves an invalid index behind: it must be valid, unless
-- indexes/batches_stage_pages has replaced it by one partial index per stage (its own
-- verify checks every stage's index; here the first stage's stands for the change).
BEGIN;
SELECT 1/(EXISTS (SELECT FROM pg_catalog.pg_index
                   WHERE indexrelid = pg_catalog.to_regclass('workshop.idx_batches_open_created_at')
                     AND indisvalid AND indisready)
          OR pg_catalog.to_regclass('workshop.idx_batches_open_intake_created_at') IS NOT NULL)::int;
ROLLBACK;
