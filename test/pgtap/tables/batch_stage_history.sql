-- Table workshop.batch_stage_history: structure and its two checks. The database writes
-- it on every stage move (tested with the rules); here the table itself.
BEGIN;
SELECT plan(38);

SELECT has_table('workshop', 'batch_stage_history', 'table batch_stage_history exists');
SELECT columns_are('workshop', 'batch_stage_history', ARRAY[
  'id', 'batch_id', 'from_stage', 'to_stage', 'kind', 'moved_by', 'reason', 'moved_at']);
SELECT col_type_is('workshop', 'batch_stage_history', c, t, format('batch_stage_history.%s is %s', c, t))
  FROM (VALUES ('id', 'bigint'), ('batch_id', 'uuid'), ('from_stage', 'workshop.production_stage'),
               ('to_stage', 'workshop.production_stage'), ('kind', 'workshop.stage_move_kind'),
               ('moved_by', 'uuid'), ('reason', 'text'), ('moved_at', 'timestamp with time zone')) v(c, t);
SELECT col_not_null('workshop', 'batch_stage_history', c, format('batch_stage_history.%s is NOT NULL', c))
  FROM unnest(ARRAY['id', 'batch_id', 'from_stage', 'to_stage', 'kind', 'moved_at']) c;
SELECT col_is_null('workshop', 'batch_stage_history', c, format('batch_stage_history.%s is nullable', c))
  FROM unnest(ARRAY['moved_by', 'reason']) c;
SELECT col_default_is('workshop', 'batch_stage_history', 'moved_at', 'now()'::text, 'moved_at defaults to the transaction time');
SELECT is((SELECT attidentity FROM pg_catalog.pg_attribute
            WHERE attrelid = 'workshop.batch_stage_history'::regclass AND attname = 'id'),
          'a'::"char", 'batch_stage_history.id is an identity GENERATED ALWAYS');
SELECT has_pk('workshop', 'batch_stage_history', 'batch_stage_history has a primary key');
SELECT col_is_pk('workshop', 'batch_stage_history', 'id', 'batch_stage_history.id is the primary key');
SELECT fk_ok('workshop', 'batch_stage_history', 'batch_id', 'workshop', 'batches', 'id');
SELECT fk_ok('workshop', 'batch_stage_history', 'moved_by', 'workshop', 'workers', 'id');
SELECT is((SELECT count(*)::int FROM pg_catalog.pg_constraint
            WHERE conrelid = 'workshop.batch_stage_history'::regclass AND contype = 'f'),
          2, 'batch_stage_history has exactly two foreign keys');
SELECT indexes_are('workshop', 'batch_stage_history', ARRAY[
  'batch_stage_history_pkey', 'idx_batch_stage_history_batch_id', 'idx_batch_stage_history_moved_by']);
SELECT has_index('workshop', 'batch_stage_history', 'idx_batch_stage_history_batch_id', ARRAY['batch_id', 'id'],
                 'a batch''s moves are indexed in order');
SELECT has_index('workshop', 'batch_stage_history', 'idx_batch_stage_history_moved_by', 'moved_by', 'moved_by is indexed');
SELECT is(ARRAY(SELECT conname::text FROM pg_catalog.pg_constraint
                  WHERE conrelid = 'workshop.batch_stage_history'::regclass AND contype = 'c' ORDER BY conname),
          ARRAY['batch_stage_history_direction', 'batch_stage_history_rework_reason'],
          'batch_stage_history has exactly the check constraints tested here');

INSERT INTO workshop.batches (id, batch_number) VALUES ('00000000-0000-4000-8000-0000000000e6', 'T-BSH-1');

-- The checks alone (any trigger the rules put on this log is off; CHECKs stay on).
SET LOCAL session_replication_role = replica;
SELECT test_helpers.throws_rule(format($$INSERT INTO workshop.batch_stage_history (batch_id, from_stage, to_stage, kind, reason)
                                          VALUES ('00000000-0000-4000-8000-0000000000e6', %L, %L, %L, %L)$$, f, t, k, r),
  '23514', rule, descr)
  FROM (VALUES
    ('Sanding', 'Intake', 'advance', NULL, 'batch_stage_history_direction', 'an advance must go forward'),
    ('Sanding', 'Sanding', 'advance', NULL, 'batch_stage_history_direction', 'an advance must change the stage'),
    ('Intake', 'Sanding', 'rework', 'grain tear-out', 'batch_stage_history_direction', 'a rework must go back'),
    ('Sanding', 'Sanding', 'rework', 'grain tear-out', 'batch_stage_history_direction', 'a rework must change the stage'),
    ('Finishing', 'Sanding', 'rework', NULL, 'batch_stage_history_rework_reason', 'a rework without a reason is refused'),
    ('Finishing', 'Sanding', 'rework', '   ', 'batch_stage_history_rework_reason', 'a rework with a blank reason is refused')
  ) v(f, t, k, r, rule, descr);
SELECT lives_ok($$INSERT INTO workshop.batch_stage_history (batch_id, from_stage, to_stage, kind)
                  VALUES ('00000000-0000-4000-8000-0000000000e6', 'Intake', 'Sanding', 'advance')$$,
                'an advance forward needs no reason');
SELECT lives_ok($$INSERT INTO workshop.batch_stage_history (batch_id, from_stage, to_stage, kind, reason)
                  VALUES ('00000000-0000-4000-8000-0000000000e6', 'Finishing', 'Sanding', 'rework', 'runs in the finish')$$,
                'a rework back with a reason passes the checks');
SET LOCAL session_replication_role = origin;

SELECT throws_ok($$INSERT INTO workshop.batch_stage_history (id, batch_id, from_stage, to_stage, kind)
                   VALUES (1, '00000000-0000-4000-8000-0000000000e6', 'Intake', 'Sanding', 'advance')$$,
                 '428C9', NULL, 'the id cannot be chosen by the writer');

SELECT * FROM finish();
ROLLBACK;
