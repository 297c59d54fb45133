-- The indexes the benchmark found missing (indexes/orders_open_created_at,
-- indexes/batch_orders_active, indexes/batches_open): their definitions, and that the
-- key queries they serve use them (bench/queries/).
BEGIN;
SELECT plan(6);

SELECT is(pg_catalog.pg_get_indexdef('workshop.idx_orders_open_created_at'::regclass),
  'CREATE INDEX idx_orders_open_created_at ON workshop.orders USING btree (created_at, id) WHERE (status = ANY (ARRAY[''pending''::workshop.order_status, ''in_production''::workshop.order_status, ''on_hold''::workshop.order_status, ''ready_to_ship''::workshop.order_status]))',
  'idx_orders_open_created_at is on (created_at, id) of open orders');
SELECT is(pg_catalog.pg_get_indexdef('workshop.idx_batch_orders_active'::regclass),
  'CREATE INDEX idx_batch_orders_active ON workshop.batch_orders USING btree (batch_id, order_id) WHERE is_active',
  'idx_batch_orders_active is on (batch_id, order_id) of active memberships');
SELECT is(pg_catalog.pg_get_indexdef('workshop.idx_batches_open'::regclass),
  'CREATE INDEX idx_batches_open ON workshop.batches USING btree (id) WHERE (NOT is_complete)',
  'idx_batches_open is on id of open batches');

-- The plans (seq scans off: the tiny fixture would rightly prefer them).
SET LOCAL enable_seqscan = off;
SELECT ok(pg_catalog.strpos(test_helpers.plan_of($q$
  SELECT o.id FROM workshop.orders o
   WHERE o.status IN ('pending', 'in_production', 'on_hold', 'ready_to_ship')
   ORDER BY o.created_at, o.id LIMIT 50 $q$), 'idx_orders_open_created_at') > 0,
  'open orders oldest first (the dashboard) use idx_orders_open_created_at');
SELECT ok(pg_catalog.strpos(test_helpers.plan_of($q$
  SELECT bo.order_id FROM workshop.batch_orders bo
   WHERE bo.batch_id = gen_random_uuid() AND bo.is_active $q$), 'idx_batch_orders_active') > 0,
  'the active memberships of a batch use idx_batch_orders_active');
SELECT ok(pg_catalog.strpos(test_helpers.plan_of($q$
  SELECT b.id FROM workshop.batches b WHERE NOT b.is_complete $q$), 'idx_batches_open') > 0,
  'the open batches use idx_batches_open');

SELECT * FROM finish();
ROLLBACK;
