-- Verify workshop_db:indexes/batches_open_created_at on pg
-- A failed CONCURRENTLY build leaves an invalid index behind: it must be valid. Once
-- indexes/batches_stage_pages has replaced it by one partial index per stage, those
-- serve the stage pages instead (each must then be valid).
BEGIN;
SELECT 1/(EXISTS (SELECT FROM pg_catalog.pg_index
                   WHERE indexrelid = pg_catalog.to_regclass('workshop.idx_batches_open_created_at')
                     AND indisvalid AND indisready)
          OR NOT EXISTS (SELECT FROM pg_catalog.pg_enum e
                          WHERE e.enumtypid = 'workshop.production_stage'::regtype
                            AND NOT EXISTS (SELECT FROM pg_catalog.pg_index i
                                             WHERE i.indexrelid = pg_catalog.to_regclass(
                                                     'workshop.idx_batches_open_'
                                                     || pg_catalog.lower(pg_catalog.regexp_replace(e.enumlabel, '[^A-Za-z0-9]+', '_', 'g'))
                                                     || '_created_at')
                                               AND i.indisvalid AND i.indisready)))::int;
ROLLBACK;
