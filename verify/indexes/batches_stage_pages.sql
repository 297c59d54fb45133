-- Verify workshop_db:indexes/batches_stage_pages on pg
-- Every production_stage label has its valid stage-page index (a failed CONCURRENTLY
-- build leaves an invalid one behind), named from the label: 'Acoustic QC' ->
-- idx_batches_open_acoustic_qc_created_at.
BEGIN;
SELECT 1/(count(*) = 0)::int
  FROM pg_catalog.pg_enum e
 WHERE e.enumtypid = 'workshop.production_stage'::regtype
   AND NOT EXISTS (SELECT FROM pg_catalog.pg_index i
                    WHERE i.indexrelid = pg_catalog.to_regclass(
                            'workshop.idx_batches_open_'
                            || pg_catalog.lower(pg_catalog.regexp_replace(e.enumlabel, '[^A-Za-z0-9]+', '_', 'g'))
                            || '_created_at')
                      AND i.indisvalid AND i.indisready);
ROLLBACK;
