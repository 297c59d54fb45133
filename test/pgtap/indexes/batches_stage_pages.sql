-- indexes/batches_stage_pages: one partial index of open batches per stage serves the
-- "batches at a stage" page, for the owner and, the reason for them, for staff under
-- row level security (where current_stage = ... cannot be an index condition: enum
-- equality is not leakproof).
BEGIN;
SELECT plan(7);

SELECT is_empty($$
  SELECT e.enumlabel FROM pg_catalog.pg_enum e
   WHERE e.enumtypid = 'workshop.production_stage'::regtype
     AND pg_catalog.to_regclass('workshop.idx_batches_open_'
           || pg_catalog.lower(pg_catalog.regexp_replace(e.enumlabel, '[^A-Za-z0-9]+', '_', 'g'))
           || '_created_at') IS NULL
$$, 'every production_stage label has its stage-page index (a new label needs one)');
SELECT test_helpers.online_index_ok('idx_batches_open_acoustic_qc_created_at',
  'CREATE INDEX idx_batches_open_acoustic_qc_created_at ON workshop.batches USING btree (created_at, id) WHERE ((NOT is_complete) AND (current_stage = ''Acoustic QC''::workshop.production_stage))',
  '(created_at, id) of open batches at Acoustic QC');
SELECT hasnt_index('workshop', 'batches', 'idx_batches_open_created_at',
  'idx_batches_open_created_at, whose entries they hold, is gone');

SELECT test_helpers.policy_fixture();
-- Sequential and bitmap scans off: on a fixture of a few rows they are rightly cheaper.
SET LOCAL enable_seqscan = off;
SET LOCAL enable_bitmapscan = off;
-- The stage page of bench/queries/batches_at_stage.sql, the stage as a literal.
CREATE TEMP VIEW stage_page_sql AS SELECT $q$
  SELECT b.id FROM workshop.batches b
   WHERE b.current_stage = 'Finishing' AND NOT b.is_complete
   ORDER BY b.created_at, b.id LIMIT 50 $q$ AS q;
GRANT SELECT ON stage_page_sql TO authenticated;

SET LOCAL ROLE authenticated;
SELECT test_helpers.sign_in('manager');
SELECT matches(test_helpers.plan_of((SELECT q FROM stage_page_sql)),
  '"Index Name": "idx_batches_open_finishing_created_at"',
  'as a manager under row level security, a stage page walks its stage''s index: the stage is the index''s predicate');
SELECT unalike(test_helpers.plan_of((SELECT q FROM stage_page_sql)), '%"Node Type": "Sort"%',
  'and sorts nothing');
RESET ROLE;

SELECT * FROM finish();
ROLLBACK;
