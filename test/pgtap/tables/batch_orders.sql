-- Table workshop.batch_orders: structure, the partial unique index
-- one_active_batch_per_order. Membership rules (batch_membership) are tested with the
-- rules; the fixture membership follows them (a pending order joins a batch at Intake).
BEGIN;
SELECT plan(32);

SELECT has_table('workshop', 'batch_orders', 'table batch_orders exists');
SELECT columns_are('workshop', 'batch_orders', ARRAY['batch_id', 'order_id', 'added_at', 'added_by', 'is_active']);
SELECT col_type_is('workshop', 'batch_orders', c, t, format('batch_orders.%s is %s', c, t))
  FROM (VALUES ('batch_id', 'uuid'), ('order_id', 'uuid'), ('added_at', 'timestamp with time zone'),
               ('added_by', 'uuid'), ('is_active', 'boolean')) v(c, t);
SELECT col_not_null('workshop', 'batch_orders', c, format('batch_orders.%s is NOT NULL', c))
  FROM unnest(ARRAY['batch_id', 'order_id', 'added_at', 'is_active']) c;
SELECT col_is_null('workshop', 'batch_orders', 'added_by', 'added_by is NULL when the actor is unknown');
SELECT col_default_is('workshop', 'batch_orders', 'is_active', 'true'::text, 'a new membership is active');
SELECT col_default_is('workshop', 'batch_orders', 'added_at', 'now()'::text, 'added_at defaults to the transaction time');
SELECT has_pk('workshop', 'batch_orders', 'batch_orders has a primary key');
SELECT col_is_pk('workshop', 'batch_orders', ARRAY['batch_id', 'order_id'], 'the primary key is (batch_id, order_id)');
SELECT fk_ok('workshop', 'batch_orders', 'batch_id', 'workshop', 'batches', 'id');
SELECT fk_ok('workshop', 'batch_orders', 'order_id', 'workshop', 'orders', 'id');
SELECT fk_ok('workshop', 'batch_orders', 'added_by', 'workshop', 'workers', 'id');
SELECT is((SELECT count(*)::int FROM pg_catalog.pg_constraint
            WHERE conrelid = 'workshop.batch_orders'::regclass AND contype = 'f'),
          3, 'batch_orders has exactly three foreign keys');
SELECT indexes_are('workshop', 'batch_orders', ARRAY[
  'batch_orders_pkey', 'one_active_batch_per_order', 'idx_batch_orders_order_id', 'idx_batch_orders_added_by',
  'idx_batch_orders_active']);
SELECT has_index('workshop', 'batch_orders', 'idx_batch_orders_order_id', 'order_id', 'order_id is indexed');
SELECT has_index('workshop', 'batch_orders', 'idx_batch_orders_added_by', 'added_by', 'added_by is indexed');
SELECT has_index('workshop', 'batch_orders', 'one_active_batch_per_order', 'order_id', 'one_active_batch_per_order is on order_id');
SELECT index_is_unique('workshop', 'batch_orders', 'one_active_batch_per_order', 'one_active_batch_per_order is unique');
SELECT is(pg_catalog.pg_get_expr(i.indpred, i.indrelid), 'is_active',
          'one_active_batch_per_order is partial: WHERE is_active')
  FROM pg_catalog.pg_index i WHERE i.indexrelid = 'workshop.one_active_batch_per_order'::regclass;
SELECT is_empty($$SELECT conname FROM pg_catalog.pg_constraint
                   WHERE conrelid = 'workshop.batch_orders'::regclass AND contype = 'c'$$,
                'batch_orders has no check constraint');

-- Fixtures: a worker, a pending order (Atticus in Walnut), three batches at Intake.
INSERT INTO workshop.workers (id, name, email) VALUES ('00000000-0000-4000-8000-0000000000a3', 'Batch Lead', 'batchlead@workshop.example');
INSERT INTO workshop.orders (id, order_number, model_id, wood_type)
SELECT '00000000-0000-4000-8000-0000000000d2', 'T-BO-1', m.id, 'Walnut' FROM workshop.headphone_models m WHERE m.sku_prefix = 'ATT';
INSERT INTO workshop.batches (id, batch_number) VALUES
  ('00000000-0000-4000-8000-0000000000e3', 'T-BO-B1'),
  ('00000000-0000-4000-8000-0000000000e4', 'T-BO-B2'),
  ('00000000-0000-4000-8000-0000000000e5', 'T-BO-B3');

SELECT lives_ok($$INSERT INTO workshop.batch_orders (batch_id, order_id, added_by)
                  VALUES ('00000000-0000-4000-8000-0000000000e3', '00000000-0000-4000-8000-0000000000d2',
                          '00000000-0000-4000-8000-0000000000a3')$$,
                'a pending order joins a batch at Intake');
SELECT row_eq($$SELECT is_active, added_at = now() FROM workshop.batch_orders
                 WHERE batch_id = '00000000-0000-4000-8000-0000000000e3' AND order_id = '00000000-0000-4000-8000-0000000000d2'$$,
              ROW(true, true), 'a new membership is active, added now');

-- The index alone (rule triggers off with session_replication_role = replica, which
-- keeps unique indexes on): a second active membership of the order conflicts, an
-- inactive one does not.
SET LOCAL session_replication_role = replica;
SELECT test_helpers.throws_rule($$INSERT INTO workshop.batch_orders (batch_id, order_id)
                                  VALUES ('00000000-0000-4000-8000-0000000000e4', '00000000-0000-4000-8000-0000000000d2')$$,
  '23505', 'one_active_batch_per_order', 'an order is active in at most one batch');
SELECT lives_ok($$INSERT INTO workshop.batch_orders (batch_id, order_id, is_active)
                  VALUES ('00000000-0000-4000-8000-0000000000e5', '00000000-0000-4000-8000-0000000000d2', false)$$,
                'an order may have any number of inactive memberships');
SELECT test_helpers.throws_rule($$INSERT INTO workshop.batch_orders (batch_id, order_id, is_active)
                                  VALUES ('00000000-0000-4000-8000-0000000000e3', '00000000-0000-4000-8000-0000000000d2', false)$$,
  '23505', 'batch_orders_pkey', 'an order is in a batch once');
SET LOCAL session_replication_role = origin;

SELECT * FROM finish();
ROLLBACK;
