-- Verify workshop_db:statistics/batches_stage_complete on pg
BEGIN;
SELECT 1/count(*) FROM pg_catalog.pg_statistic_ext
 WHERE stxnamespace = 'workshop'::regnamespace
   AND stxname = 'batches_stage_complete'
   AND stxrelid = 'workshop.batches'::regclass
   AND stxkind = '{m}';
ROLLBACK;
