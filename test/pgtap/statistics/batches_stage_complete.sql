-- statistics/batches_stage_complete: joint counts of current_stage and is_complete, so
-- the open batches of a stage are not estimated from all of the stage's batches. The
-- estimate it corrects is checked on the benchmark's data set in
-- python/tests/test_query_plans.py (a fixture of a few batches has no skew to correct).
BEGIN;
SELECT plan(2);

SELECT is(
  (SELECT pg_catalog.pg_get_statisticsobjdef(oid) FROM pg_catalog.pg_statistic_ext
    WHERE stxnamespace = 'workshop'::regnamespace AND stxname = 'batches_stage_complete'),
  'CREATE STATISTICS workshop.batches_stage_complete (mcv) ON current_stage, is_complete FROM workshop.batches',
  'an MCV list of (current_stage, is_complete) on batches');

SELECT isnt(
  (SELECT pg_catalog.obj_description(oid, 'pg_statistic_ext') FROM pg_catalog.pg_statistic_ext
    WHERE stxnamespace = 'workshop'::regnamespace AND stxname = 'batches_stage_complete'),
  NULL, 'it says why it exists');

SELECT * FROM finish();
ROLLBACK;
