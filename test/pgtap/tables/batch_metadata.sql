-- Table workshop.batch_metadata: structure and constraints. Its totals are derived data
-- kept by the database (tested with the rules); here only the table itself.
BEGIN;
SELECT plan(29);

SELECT has_table('workshop', 'batch_metadata', 'table batch_metadata exists');
SELECT columns_are('workshop', 'batch_metadata', ARRAY[
  'batch_id', 'total_estimated_hours', 'actual_hours_spent', 'defect_rate', 'notes', 'tags']);
SELECT col_type_is('workshop', 'batch_metadata', c, t, format('batch_metadata.%s is %s', c, t))
  FROM (VALUES ('batch_id', 'uuid'), ('total_estimated_hours', 'numeric(8,2)'), ('actual_hours_spent', 'numeric(8,2)'),
               ('defect_rate', 'numeric(5,2)'), ('notes', 'text'), ('tags', 'text[]')) v(c, t);
SELECT col_not_null('workshop', 'batch_metadata', c, format('batch_metadata.%s is NOT NULL', c))
  FROM unnest(ARRAY['batch_id', 'total_estimated_hours', 'actual_hours_spent', 'tags']) c;
SELECT col_is_null('workshop', 'batch_metadata', 'defect_rate', 'defect_rate is NULL before the first quality check');
SELECT col_is_null('workshop', 'batch_metadata', 'notes', 'notes are optional');
SELECT col_default_is('workshop', 'batch_metadata', 'total_estimated_hours', '0'::text, 'total_estimated_hours defaults to 0');
SELECT col_default_is('workshop', 'batch_metadata', 'actual_hours_spent', '0'::text, 'actual_hours_spent defaults to 0');
SELECT col_default_is('workshop', 'batch_metadata', 'tags', '{}'::text, 'tags default to an empty array');
SELECT has_pk('workshop', 'batch_metadata', 'batch_metadata has a primary key');
SELECT col_is_pk('workshop', 'batch_metadata', 'batch_id', 'one row per batch');
SELECT fk_ok('workshop', 'batch_metadata', 'batch_id', 'workshop', 'batches', 'id');
SELECT is((SELECT confdeltype FROM pg_catalog.pg_constraint
            WHERE conrelid = 'workshop.batch_metadata'::regclass AND contype = 'f'),
          'c'::"char", 'a batch''s metadata is deleted with it (its only foreign key, ON DELETE CASCADE)');
SELECT indexes_are('workshop', 'batch_metadata', ARRAY['batch_metadata_pkey']);
SELECT is(ARRAY(SELECT conname::text FROM pg_catalog.pg_constraint
                  WHERE conrelid = 'workshop.batch_metadata'::regclass AND contype = 'c' ORDER BY conname),
          ARRAY['batch_metadata_actual_hours_spent_not_negative', 'batch_metadata_defect_rate_percent',
                'batch_metadata_total_estimated_hours_not_negative'],
          'batch_metadata has exactly the check constraints tested here');

-- Fixture: a batch and its metadata row (the database may already have created it).
INSERT INTO workshop.batches (id, batch_number) VALUES ('00000000-0000-4000-8000-0000000000e2', 'T-BM-1');
INSERT INTO workshop.batch_metadata (batch_id) VALUES ('00000000-0000-4000-8000-0000000000e2') ON CONFLICT (batch_id) DO NOTHING;
SELECT row_eq($$SELECT total_estimated_hours, actual_hours_spent, defect_rate, tags
                  FROM workshop.batch_metadata WHERE batch_id = '00000000-0000-4000-8000-0000000000e2'$$,
              ROW(0::numeric, 0::numeric, NULL::numeric, '{}'::text[]),
              'an empty batch has no hours, no defect rate and no tags');

-- The checks alone: derived-data triggers may recompute these columns, so they are off
-- here (session_replication_role = replica keeps CHECK constraints on).
SET LOCAL session_replication_role = replica;
SELECT test_helpers.throws_rule(format($$UPDATE workshop.batch_metadata SET %I = %s
                                          WHERE batch_id = '00000000-0000-4000-8000-0000000000e2'$$, c, v),
  '23514', rule, descr)
  FROM (VALUES
    ('total_estimated_hours', '-0.01', 'batch_metadata_total_estimated_hours_not_negative', 'negative estimated hours are refused'),
    ('actual_hours_spent', '-0.01', 'batch_metadata_actual_hours_spent_not_negative', 'negative hours spent are refused'),
    ('defect_rate', '-0.01', 'batch_metadata_defect_rate_percent', 'a negative defect rate is refused'),
    ('defect_rate', '100.01', 'batch_metadata_defect_rate_percent', 'a defect rate above 100 % is refused')
  ) v(c, v, rule, descr);
SELECT lives_ok($$UPDATE workshop.batch_metadata SET total_estimated_hours = 12.5, actual_hours_spent = 0,
                         defect_rate = 100, notes = 'walnut lot 7', tags = '{walnut}'
                   WHERE batch_id = '00000000-0000-4000-8000-0000000000e2'$$,
                'hours from 0 and a defect rate up to 100 % pass the checks');
SET LOCAL session_replication_role = origin;

SELECT * FROM finish();
ROLLBACK;
