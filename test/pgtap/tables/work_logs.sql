-- Table workshop.work_logs: structure and the hours range.
BEGIN;
SELECT plan(32);

SELECT has_table('workshop', 'work_logs', 'table work_logs exists');
SELECT columns_are('workshop', 'work_logs', ARRAY['id', 'batch_id', 'stage', 'worker_id', 'hours', 'logged_at']);
SELECT col_type_is('workshop', 'work_logs', c, t, format('work_logs.%s is %s', c, t))
  FROM (VALUES ('id', 'bigint'), ('batch_id', 'uuid'), ('stage', 'workshop.production_stage'),
               ('worker_id', 'uuid'), ('hours', 'numeric(5,2)'), ('logged_at', 'timestamp with time zone')) v(c, t);
SELECT col_not_null('workshop', 'work_logs', c, format('work_logs.%s is NOT NULL', c))
  FROM unnest(ARRAY['id', 'batch_id', 'stage', 'worker_id', 'hours', 'logged_at']) c;
SELECT col_default_is('workshop', 'work_logs', 'logged_at', 'now()'::text, 'logged_at defaults to the transaction time');
SELECT is((SELECT attidentity FROM pg_catalog.pg_attribute
            WHERE attrelid = 'workshop.work_logs'::regclass AND attname = 'id'),
          'a'::"char", 'work_logs.id is an identity GENERATED ALWAYS');
SELECT has_pk('workshop', 'work_logs', 'work_logs has a primary key');
SELECT col_is_pk('workshop', 'work_logs', 'id', 'work_logs.id is the primary key');
SELECT fk_ok('workshop', 'work_logs', 'batch_id', 'workshop', 'batches', 'id');
SELECT fk_ok('workshop', 'work_logs', 'worker_id', 'workshop', 'workers', 'id');
SELECT is((SELECT count(*)::int FROM pg_catalog.pg_constraint
            WHERE conrelid = 'workshop.work_logs'::regclass AND contype = 'f'),
          2, 'work_logs has exactly two foreign keys');
SELECT indexes_are('workshop', 'work_logs', ARRAY['work_logs_pkey', 'idx_work_logs_batch_id', 'idx_work_logs_worker_id']);
SELECT has_index('workshop', 'work_logs', 'idx_work_logs_batch_id', 'batch_id', 'batch_id is indexed');
SELECT has_index('workshop', 'work_logs', 'idx_work_logs_worker_id', 'worker_id', 'worker_id is indexed');
SELECT is(ARRAY(SELECT conname::text FROM pg_catalog.pg_constraint
                  WHERE conrelid = 'workshop.work_logs'::regclass AND contype = 'c' ORDER BY conname),
          ARRAY['work_logs_hours_range'], 'work_logs has exactly the check constraint tested here');

INSERT INTO workshop.workers (id, name, email) VALUES ('00000000-0000-4000-8000-0000000000a5', 'Sander', 'sander@workshop.example');
INSERT INTO workshop.batches (id, batch_number) VALUES ('00000000-0000-4000-8000-0000000000e8', 'T-WL-B1');

SELECT lives_ok(format($$INSERT INTO workshop.work_logs (batch_id, stage, worker_id, hours)
                         VALUES ('00000000-0000-4000-8000-0000000000e8', 'Intake', '00000000-0000-4000-8000-0000000000a5', %s)$$, h),
                format('%s hours are accepted', h))
  FROM unnest(ARRAY['0.01', '1.5', '24']) h;
SELECT test_helpers.throws_rule(format($$INSERT INTO workshop.work_logs (batch_id, stage, worker_id, hours)
                                         VALUES ('00000000-0000-4000-8000-0000000000e8', 'Intake', '00000000-0000-4000-8000-0000000000a5', %s)$$, h),
  '23514', 'work_logs_hours_range', format('%s hours are refused', h))
  FROM unnest(ARRAY['0', '-1', '24.01']) h;
SELECT test_helpers.throws_rule($$INSERT INTO workshop.work_logs (batch_id, stage, worker_id, hours)
                                  VALUES ('00000000-0000-4000-8000-0000000000e8', 'Intake', '00000000-0000-4000-8000-00000000dead', 1)$$,
  '23503', 'work_logs_worker_id_fkey', 'hours of an unknown worker are refused');

SELECT * FROM finish();
ROLLBACK;
