-- Rule one_active_batch_per_order: an order is active in at most one batch, enforced by
-- the partial unique index (race-free; see python/tests/test_concurrency.py).
BEGIN;
SELECT plan(9);

INSERT INTO workshop.workers (id, name, email, role)
VALUES ('a5000000-0000-4000-8000-000000000001', 'Batch Tester', 'batch.tester5@example.com', 'manager');
SET LOCAL workshop.worker_id = 'a5000000-0000-4000-8000-000000000001';
INSERT INTO workshop.orders (id, order_number, model_id, wood_type)
VALUES ('b5000000-0000-4000-8000-000000000001', 'ONE-1',
        (SELECT id FROM workshop.headphone_models WHERE name = 'Atticus'), 'Cherry');
INSERT INTO workshop.batches (id, batch_number) VALUES
  ('d5000000-0000-4000-8000-000000000001', 'ONE-B1'),
  ('d5000000-0000-4000-8000-000000000002', 'ONE-B2');

SELECT is((SELECT indisunique AND pg_get_expr(indpred, indrelid) = 'is_active'
             FROM pg_index WHERE indexrelid = 'workshop.one_active_batch_per_order'::regclass),
  true, 'one_active_batch_per_order is a unique index on order_id where is_active');
SELECT lives_ok(
  $$SELECT workshop.add_order_to_batch('d5000000-0000-4000-8000-000000000001', 'b5000000-0000-4000-8000-000000000001')$$,
  'the order joins its first batch');
SELECT test_helpers.throws_rule(
  $$INSERT INTO workshop.batch_orders (batch_id, order_id)
    VALUES ('d5000000-0000-4000-8000-000000000002', 'b5000000-0000-4000-8000-000000000001')$$,
  '23505', 'one_active_batch_per_order', 'a direct insert into a second batch is refused by the index');
SELECT test_helpers.throws_rule(
  $$SELECT workshop.add_order_to_batch('d5000000-0000-4000-8000-000000000002', 'b5000000-0000-4000-8000-000000000001')$$,
  '23505', 'one_active_batch_per_order', 'add_order_to_batch into a second batch is refused');
SELECT is(
  (SELECT (e.err_message, e.err_hint)::text FROM test_helpers.error_of(
     $$SELECT workshop.add_order_to_batch('d5000000-0000-4000-8000-000000000002', 'b5000000-0000-4000-8000-000000000001')$$) e),
  ('order ONE-1 is already in batch ONE-B1', 'remove it from that batch first (workshop.remove_order_from_batch)')::text,
  'the API names the batch the order is in');
SELECT test_helpers.throws_rule(
  $$SELECT workshop.add_order_to_batch('d5000000-0000-4000-8000-000000000001', 'b5000000-0000-4000-8000-000000000001')$$,
  '23505', 'one_active_batch_per_order', 'adding it again to the same batch is refused the same way');
SELECT is((SELECT count(*) FROM workshop.batch_orders WHERE order_id = 'b5000000-0000-4000-8000-000000000001'),
  1::bigint, 'the refusals wrote no membership');

-- An inactive membership does not count.
SELECT workshop.remove_order_from_batch('d5000000-0000-4000-8000-000000000001', 'b5000000-0000-4000-8000-000000000001', 'regrouped') IS NOT NULL AS removed \gset
SELECT lives_ok(
  $$SELECT workshop.add_order_to_batch('d5000000-0000-4000-8000-000000000002', 'b5000000-0000-4000-8000-000000000001')$$,
  'after leaving its batch the order joins another');
SELECT results_eq(
  $$SELECT b.batch_number, bo.is_active FROM workshop.batch_orders bo JOIN workshop.batches b ON b.id = bo.batch_id
     WHERE bo.order_id = 'b5000000-0000-4000-8000-000000000001' ORDER BY 1$$,
  $$VALUES ('ONE-B1', false), ('ONE-B2', true)$$,
  'one inactive and one active membership');

SELECT * FROM finish();
ROLLBACK;
