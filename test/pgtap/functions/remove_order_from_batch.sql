-- workshop.remove_order_from_batch(p_batch_id, p_order_id, p_reason).
BEGIN;
SELECT plan(7);

INSERT INTO workshop.workers (id, name, email, role)
VALUES ('af000000-0000-4000-8000-000000000001', 'Api Tester', 'api.tester@example.com', 'manager'),
       ('af000000-0000-4000-8000-000000000002', 'Api Helper', 'api.helper@example.com', 'worker');
SET LOCAL workshop.worker_id = 'af000000-0000-4000-8000-000000000001';
INSERT INTO workshop.orders (id, order_number, model_id, wood_type)
SELECT ('bf000000-0000-4000-8000-00000000000' || n)::uuid, 'API-' || n,
       (SELECT id FROM workshop.headphone_models WHERE name = 'Atticus'), 'Sapele'
  FROM generate_series(1, 3) n;
INSERT INTO workshop.batches (id, batch_number) VALUES ('df000000-0000-4000-8000-000000000001', 'API-B1');
SELECT workshop.add_order_to_batch('df000000-0000-4000-8000-000000000001', 'bf000000-0000-4000-8000-000000000001') IS NOT NULL AS added \gset

SELECT function_returns('workshop', 'remove_order_from_batch', ARRAY['uuid', 'uuid', 'text'], 'workshop.batch_orders');
SELECT isnt_definer('workshop', 'remove_order_from_batch', ARRAY['uuid', 'uuid', 'text'], 'SECURITY INVOKER');
SELECT throws_ok($$SELECT workshop.remove_order_from_batch('00000000-0000-4000-8000-00000000dead', 'bf000000-0000-4000-8000-000000000001')$$,
  'P0002', 'batch 00000000-0000-4000-8000-00000000dead does not exist', 'an unknown batch: P0002 naming the id');
SELECT throws_ok($$SELECT workshop.remove_order_from_batch('df000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-00000000dead')$$,
  'P0002', 'order 00000000-0000-4000-8000-00000000dead does not exist', 'an unknown order: P0002 naming the id');
SELECT test_helpers.throws_rule(
  $$SELECT workshop.remove_order_from_batch('df000000-0000-4000-8000-000000000001', 'bf000000-0000-4000-8000-000000000002')$$,
  '23514', 'batch_membership', 'an order that is not in the batch cannot leave it');
SELECT is((SELECT is_active FROM workshop.remove_order_from_batch('df000000-0000-4000-8000-000000000001', 'bf000000-0000-4000-8000-000000000001', 'split the batch')),
  false, 'returns the closed membership');
SELECT results_eq(
  $$SELECT old_status::text, new_status::text, changed_by, reason FROM workshop.order_status_history
     WHERE order_id = 'bf000000-0000-4000-8000-000000000001' ORDER BY id DESC LIMIT 1$$,
  $$VALUES ('in_production', 'pending', 'af000000-0000-4000-8000-000000000001'::uuid, 'split the batch')$$,
  'the order is pending again; the reason and worker reach the history');

SELECT * FROM finish();
ROLLBACK;
