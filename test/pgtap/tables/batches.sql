-- Table workshop.batches: structure, defaults, constraints, indexes, updated_at trigger.
-- Stage moves and completion are business rules (tested with the rules); this file never
-- changes current_stage or completes a batch through the rules.
BEGIN;
SELECT plan(45);

SELECT has_table('workshop', 'batches', 'table batches exists');
SELECT columns_are('workshop', 'batches', ARRAY[
  'id', 'batch_number', 'priority', 'current_stage', 'quality_status', 'is_complete', 'target_completion',
  'actual_completion', 'created_by', 'created_at', 'updated_at']);
SELECT col_type_is('workshop', 'batches', c, t, format('batches.%s is %s', c, t))
  FROM (VALUES ('id', 'uuid'), ('batch_number', 'text'), ('priority', 'workshop.batch_priority'),
               ('current_stage', 'workshop.production_stage'), ('quality_status', 'workshop.quality_status'),
               ('is_complete', 'boolean'), ('target_completion', 'date'), ('actual_completion', 'date'),
               ('created_by', 'uuid'), ('created_at', 'timestamp with time zone'),
               ('updated_at', 'timestamp with time zone')) v(c, t);
SELECT col_not_null('workshop', 'batches', c, format('batches.%s is NOT NULL', c))
  FROM unnest(ARRAY['id', 'batch_number', 'priority', 'current_stage', 'quality_status', 'is_complete',
                    'created_at', 'updated_at']) c;
SELECT col_is_null('workshop', 'batches', c, format('batches.%s is nullable', c))
  FROM unnest(ARRAY['target_completion', 'actual_completion', 'created_by']) c;
SELECT col_default_is('workshop', 'batches', 'current_stage', 'Intake'::workshop.production_stage, 'a batch starts at Intake');
SELECT col_default_is('workshop', 'batches', 'quality_status', 'good'::workshop.quality_status, 'a batch starts with quality good');
SELECT col_default_is('workshop', 'batches', 'is_complete', 'false'::text, 'a batch starts not complete');
SELECT col_default_is('workshop', 'batches', 'priority', 'standard'::workshop.batch_priority, 'a batch starts at standard priority');
SELECT has_pk('workshop', 'batches', 'batches has a primary key');
SELECT col_is_pk('workshop', 'batches', 'id', 'batches.id is the primary key');
SELECT fk_ok('workshop', 'batches', 'created_by', 'workshop', 'workers', 'id');
SELECT is((SELECT count(*)::int FROM pg_catalog.pg_constraint
            WHERE conrelid = 'workshop.batches'::regclass AND contype = 'f'),
          1, 'batches has exactly one foreign key');
-- The whole set (indexes/drop_batches_stage_status dropped the seed's
-- idx_batches_stage_status for indexes/batches_open_stage; indexes/batches_stage_pages
-- replaced idx_batches_open_created_at with one index per stage).
SELECT indexes_are('workshop', 'batches', ARRAY[
  'batches_pkey', 'batches_batch_number_key', 'idx_batches_created_by',
  'idx_batches_open', 'idx_batches_open_stage',
  'idx_batches_open_intake_created_at', 'idx_batches_open_sanding_created_at',
  'idx_batches_open_finishing_created_at', 'idx_batches_open_sub_assembly_created_at',
  'idx_batches_open_final_assembly_created_at', 'idx_batches_open_acoustic_qc_created_at',
  'idx_batches_open_shipping_created_at']);
SELECT hasnt_index('workshop', 'batches', 'idx_batches_stage_status',
                   'idx_batches_stage_status is gone (indexes/drop_batches_stage_status)');
SELECT has_index('workshop', 'batches', 'idx_batches_created_by', 'created_by', 'created_by is indexed');
SELECT is(ARRAY(SELECT conname::text FROM pg_catalog.pg_constraint
                  WHERE conrelid = 'workshop.batches'::regclass AND contype = 'c' ORDER BY conname),
          ARRAY['batches_batch_number_not_blank', 'batches_completion_consistent'],
          'batches has exactly the check constraints tested here');

-- Defaults at work.
INSERT INTO workshop.workers (id, name, email) VALUES ('00000000-0000-4000-8000-0000000000a2', 'Lead Hand', 'lead@workshop.example');
SELECT lives_ok($$INSERT INTO workshop.batches (id, batch_number, created_by)
                  VALUES ('00000000-0000-4000-8000-0000000000e1', 'T-B-1', '00000000-0000-4000-8000-0000000000a2')$$,
                'a batch with a number is accepted');
SELECT row_eq($$SELECT current_stage, quality_status, is_complete, actual_completion, priority, created_at = now(), updated_at = now()
                  FROM workshop.batches WHERE id = '00000000-0000-4000-8000-0000000000e1'$$,
              ROW('Intake'::workshop.production_stage, 'good'::workshop.quality_status, false, NULL::date,
                  'standard'::workshop.batch_priority, true, true),
              'a new batch is at Intake, quality good, not complete, standard priority, created and updated now');

SELECT test_helpers.throws_rule($$INSERT INTO workshop.batches (batch_number) VALUES ('   ')$$,
  '23514', 'batches_batch_number_not_blank', 'a blank batch number is refused');
SELECT test_helpers.throws_rule($$INSERT INTO workshop.batches (batch_number) VALUES ('T-B-1')$$,
  '23505', 'batches_batch_number_key', 'batch numbers are unique');

-- batches_completion_consistent: is_complete exactly when actual_completion is set. The
-- rule triggers (batch_completion) would refuse some of these rows first, so the
-- constraint is exercised alone: with session_replication_role = replica no ordinary
-- trigger fires, while CHECK constraints still do.
SET LOCAL session_replication_role = replica;
SELECT test_helpers.throws_rule($$INSERT INTO workshop.batches (batch_number, is_complete) VALUES ('T-B-2', true)$$,
  '23514', 'batches_completion_consistent', 'a complete batch without actual_completion is refused');
SELECT test_helpers.throws_rule($$INSERT INTO workshop.batches (batch_number, actual_completion) VALUES ('T-B-3', current_date)$$,
  '23514', 'batches_completion_consistent', 'an open batch with actual_completion is refused');
SELECT lives_ok($$INSERT INTO workshop.batches (batch_number, current_stage, is_complete, actual_completion)
                  VALUES ('T-B-4', 'Shipping', true, current_date)$$,
                'a complete batch with its actual_completion passes the check');
SET LOCAL session_replication_role = origin;

-- updated_at trigger (the UPDATE touches neither stage nor completion).
SELECT trigger_is('workshop', 'batches', 'batches_set_updated_at', 'workshop_private', 'set_updated_at',
                  'batches_set_updated_at calls workshop_private.set_updated_at()');
DO $$ BEGIN PERFORM pg_catalog.pg_sleep(0.001); END $$;
WITH u AS (UPDATE workshop.batches SET target_completion = current_date + 14
            WHERE id = '00000000-0000-4000-8000-0000000000e1'
        RETURNING created_at, updated_at, updated_at = pg_catalog.statement_timestamp() AS is_stmt_time)
SELECT ok(u.updated_at > u.created_at AND u.is_stmt_time, 'an UPDATE sets updated_at to the statement''s time')
  FROM u;

SELECT * FROM finish();
ROLLBACK;
