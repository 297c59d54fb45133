-- Table workshop_private.completed_batch_summary: structure and who may touch it. Its
-- rows are written by triggers/batches_completed_summary (tested there).
BEGIN;
SELECT plan(21);

SELECT has_table('workshop_private', 'completed_batch_summary', 'table completed_batch_summary exists');
SELECT columns_are('workshop_private', 'completed_batch_summary', ARRAY[
  'batch_id', 'order_count', 'models', 'model_names', 'estimated_hours']);
-- The types of the summary's columns.
SELECT col_type_is('workshop_private', 'completed_batch_summary', c, t, format('completed_batch_summary.%s is %s', c, t))
  FROM (VALUES ('batch_id', 'uuid'), ('order_count', 'bigint'), ('models', 'uuid[]'),
               ('model_names', 'text[]'), ('estimated_hours', 'numeric')) v(c, t);
SELECT col_not_null('workshop_private', 'completed_batch_summary', c, format('completed_batch_summary.%s is NOT NULL', c))
  FROM unnest(ARRAY['batch_id', 'order_count', 'models', 'model_names', 'estimated_hours']) c;
SELECT col_is_pk('workshop_private', 'completed_batch_summary', 'batch_id', 'one row per batch');
SELECT fk_ok('workshop_private', 'completed_batch_summary', 'batch_id', 'workshop', 'batches', 'id');
SELECT is((SELECT confdeltype FROM pg_catalog.pg_constraint
            WHERE conrelid = 'workshop_private.completed_batch_summary'::regclass AND contype = 'f'),
          'c'::"char", 'the row goes with its batch (ON DELETE CASCADE)');
SELECT is(ARRAY(SELECT conname::text FROM pg_catalog.pg_constraint
                  WHERE conrelid = 'workshop_private.completed_batch_summary'::regclass AND contype = 'c' ORDER BY conname),
          ARRAY['completed_batch_summary_estimated_hours_not_negative', 'completed_batch_summary_order_count_not_negative'],
          'its check constraints');
SELECT ok((SELECT relrowsecurity FROM pg_class WHERE oid = 'workshop_private.completed_batch_summary'::regclass),
  'row level security is enabled');
SELECT is_empty($$SELECT polname FROM pg_policy WHERE polrelid = 'workshop_private.completed_batch_summary'::regclass$$,
  'with no policy: only its owner reads or writes it');
SELECT ok(NOT has_table_privilege('anon', 'workshop_private.completed_batch_summary', 'SELECT, INSERT, UPDATE, DELETE')
          AND NOT has_table_privilege('authenticated', 'workshop_private.completed_batch_summary', 'SELECT, INSERT, UPDATE, DELETE')
          AND NOT has_table_privilege('service_role', 'workshop_private.completed_batch_summary', 'SELECT, INSERT, UPDATE, DELETE'),
  'anon, authenticated and service_role have no privilege on it');
SET LOCAL ROLE authenticated;
SELECT throws_ok($$SELECT * FROM workshop_private.completed_batch_summary$$, '42501', NULL,
  'authenticated cannot read it directly');
RESET ROLE;
SET LOCAL ROLE anon;
SELECT throws_ok($$SELECT * FROM workshop_private.completed_batch_summary$$, '42501', NULL,
  'nor can anon');
RESET ROLE;

SELECT * FROM finish();
ROLLBACK;
