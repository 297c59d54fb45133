-- Table workshop.order_status_history: structure only (the database writes it, rule
-- order_status_logged, tested with the rules).
BEGIN;
SELECT plan(28);

SELECT has_table('workshop', 'order_status_history', 'table order_status_history exists');
SELECT columns_are('workshop', 'order_status_history', ARRAY[
  'id', 'order_id', 'old_status', 'new_status', 'changed_by', 'reason', 'created_at']);
SELECT col_type_is('workshop', 'order_status_history', c, t, format('order_status_history.%s is %s', c, t))
  FROM (VALUES ('id', 'bigint'), ('order_id', 'uuid'), ('old_status', 'workshop.order_status'),
               ('new_status', 'workshop.order_status'), ('changed_by', 'uuid'), ('reason', 'text'),
               ('created_at', 'timestamp with time zone')) v(c, t);
SELECT col_not_null('workshop', 'order_status_history', c, format('order_status_history.%s is NOT NULL', c))
  FROM unnest(ARRAY['id', 'order_id', 'new_status', 'created_at']) c;
SELECT col_is_null('workshop', 'order_status_history', 'old_status', 'old_status is NULL for the first status');
SELECT col_is_null('workshop', 'order_status_history', 'changed_by', 'changed_by is NULL when the actor is unknown');
SELECT col_is_null('workshop', 'order_status_history', 'reason', 'reason is optional');
SELECT col_default_is('workshop', 'order_status_history', 'created_at', 'now()'::text, 'created_at defaults to the transaction time');
SELECT is((SELECT attidentity FROM pg_catalog.pg_attribute
            WHERE attrelid = 'workshop.order_status_history'::regclass AND attname = 'id'),
          'a'::"char", 'order_status_history.id is an identity GENERATED ALWAYS');
SELECT has_pk('workshop', 'order_status_history', 'order_status_history has a primary key');
SELECT col_is_pk('workshop', 'order_status_history', 'id', 'order_status_history.id is the primary key');
SELECT fk_ok('workshop', 'order_status_history', 'order_id', 'workshop', 'orders', 'id');
SELECT fk_ok('workshop', 'order_status_history', 'changed_by', 'workshop', 'workers', 'id');
SELECT is((SELECT count(*)::int FROM pg_catalog.pg_constraint
            WHERE conrelid = 'workshop.order_status_history'::regclass AND contype = 'f'),
          2, 'order_status_history has exactly two foreign keys');
SELECT is(ARRAY(SELECT confdeltype::text FROM pg_catalog.pg_constraint
                  WHERE conrelid = 'workshop.order_status_history'::regclass AND contype = 'f' ORDER BY conname),
          ARRAY['a', 'a'], 'no foreign key cascades: the audit trail is never deleted with what it records');
SELECT indexes_are('workshop', 'order_status_history', ARRAY[
  'order_status_history_pkey', 'idx_order_status_history_order_id', 'idx_order_status_history_changed_by']);
SELECT has_index('workshop', 'order_status_history', 'idx_order_status_history_order_id', ARRAY['order_id', 'id'],
                 'an order''s history is indexed in order');
SELECT has_index('workshop', 'order_status_history', 'idx_order_status_history_changed_by', 'changed_by',
                 'changed_by is indexed');
SELECT is_empty($$SELECT conname FROM pg_catalog.pg_constraint
                   WHERE conrelid = 'workshop.order_status_history'::regclass AND contype = 'c'$$,
                'order_status_history has no check constraint');

SELECT * FROM finish();
ROLLBACK;
