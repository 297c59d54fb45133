-- indexes/batches_open_stage: open batches of a stage, oldest first. The owner's
-- "batches at a stage" page (bench/queries/batches_at_stage.sql) reads its rows in the
-- page's order from it and sorts nothing.
BEGIN;
SELECT plan(5);

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
SELECT matches((SELECT p FROM stage_page_plan), '"Index Name": "idx_batches_open_stage"',
  'the owner''s stage page walks the open batches of its stage');
SELECT unalike((SELECT p FROM stage_page_plan), '%"Node Type": "Sort"%', 'and sorts nothing');

SELECT * FROM finish();
ROLLBACK;
