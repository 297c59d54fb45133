-- indexes/batches_open_created_at: open batches oldest first. The "batches at a stage"
-- page (bench/queries/batches_at_stage.sql) walks it under row level security, where
-- current_stage = ... is no index condition (enum equality is not leakproof), and stops
-- after its rows instead of sorting every open batch.
BEGIN;
SELECT plan(3);

SELECT is(pg_catalog.pg_get_indexdef('workshop.idx_batches_open_created_at'::regclass),
  'CREATE INDEX idx_batches_open_created_at ON workshop.batches USING btree (created_at, id) WHERE (NOT is_complete)',
  'idx_batches_open_created_at is on (created_at, id) of open batches');

SELECT test_helpers.policy_fixture();
-- Sequential and bitmap scans off: on a fixture of a few rows they are rightly cheaper.
SET LOCAL enable_seqscan = off;
SET LOCAL enable_bitmapscan = off;
CREATE TEMP VIEW stage_page_sql AS SELECT $q$
  SELECT b.id FROM workshop.batches b
   WHERE b.current_stage = 'Finishing' AND NOT b.is_complete
   ORDER BY b.created_at, b.id LIMIT 50 $q$ AS q;
GRANT SELECT ON stage_page_sql TO authenticated;

SET LOCAL ROLE authenticated;
SELECT test_helpers.sign_in('manager');
SELECT matches(test_helpers.plan_of((SELECT q FROM stage_page_sql)),
  '"Index Name": "idx_batches_open_created_at"',
  'as a manager under row level security, a stage page walks the open batches in its order');
SELECT unalike(test_helpers.plan_of((SELECT q FROM stage_page_sql)), '%"Node Type": "Sort"%',
  'and sorts nothing');
RESET ROLE;

SELECT * FROM finish();
ROLLBACK;
