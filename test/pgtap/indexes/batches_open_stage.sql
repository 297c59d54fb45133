-- indexes/batches_open_stage: open batches of a stage, oldest first. The owner's
-- "batches at a stage" page (bench/queries/batches_at_stage.sql) reads its rows in the
-- page's order and sorts nothing. With the stage's value known the planner may take the
-- stage's own partial index (indexes/batches_stage_pages); a plan made without it (a
-- prepared statement's generic plan, as pgbench -M prepared, psycopg and PostgREST keep
-- them) has only this one, with the stage as an index condition.
BEGIN;
SELECT plan(7);

SELECT test_helpers.online_index_ok('idx_batches_open_stage',
  'CREATE INDEX idx_batches_open_stage ON workshop.batches USING btree (current_stage, created_at, id) WHERE (NOT is_complete)',
  '(current_stage, created_at, id) of open batches');

-- Sequential and bitmap scans off: on a fixture of a few rows they are rightly cheaper.
SET LOCAL enable_seqscan = off;
SET LOCAL enable_bitmapscan = off;
CREATE TEMP TABLE stage_page_plan AS SELECT test_helpers.plan_of($q$
  SELECT b.* FROM workshop.batches b
   WHERE b.current_stage = 'Finishing' AND NOT b.is_complete
   ORDER BY b.created_at, b.id LIMIT 50 $q$) AS p;
SELECT matches((SELECT p FROM stage_page_plan),
  '"Index Name": "(idx_batches_open_stage|idx_batches_open_finishing_created_at)"',
  'the owner''s stage page walks the open batches of its stage');
SELECT unalike((SELECT p FROM stage_page_plan), '%"Node Type": "Sort"%', 'and sorts nothing');

PREPARE stage_page(workshop.production_stage) AS
  SELECT b.* FROM workshop.batches b
   WHERE b.current_stage = $1 AND NOT b.is_complete
   ORDER BY b.created_at, b.id LIMIT 50;
SET LOCAL plan_cache_mode = force_generic_plan;
CREATE TEMP TABLE generic_plan AS
  SELECT test_helpers.plan_of($q$EXECUTE stage_page('Finishing')$q$) AS p;
SELECT matches((SELECT p FROM generic_plan),
  '"Index Name": "idx_batches_open_stage".*"Index Cond": "\(current_stage = \$1\)"',
  'its generic plan finds the stage in idx_batches_open_stage');
SELECT unalike((SELECT p FROM generic_plan), '%"Node Type": "Sort"%', 'and sorts nothing');
DEALLOCATE stage_page;

SELECT * FROM finish();
ROLLBACK;
