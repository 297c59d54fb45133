-- workshop.add_order_to_batch(p_batch_id, p_order_id).
BEGIN;
SELECT plan(8);

INSERT INTO workshop.workers (id, name, email, role)
VALUES ('af000000-0000-4000-8000-000000000001', 'Api Tester', 'api.tester@example.com', 'manager'),
       ('af000000-0000-4000-8000-000000000002', 'Api Helper', 'api.helper@example.com', 'worker');
SET LOCAL workshop.worker_id = 'af000000-0000-4000-8000-000000000001';
INSERT INTO workshop.orders (id, order_number, model_id, wood_type)
SELECT ('bf000000-0000-4000-8000-00000000000' || n)::uuid, 'API-' || n,
       (SELECT id FROM workshop.headphone_models WHERE name = 'Atticus'), 'Sapele'
  FROM generate_series(1, 3) n;
INSERT INTO workshop.batches (id, batch_number) VALUES ('df000000-0000-4000-8000-000000000001', 'API-B1');

SELECT function_returns('workshop', 'add_order_to_batch', ARRAY['uuid', 'uuid'], 'workshop.batch_orders');
SELECT isnt_definer('workshop', 'add_order_to_batch', ARRAY['uuid', 'uuid'], 'SECURITY INVOKER');
SELECT throws_ok($$SELECT workshop.add_order_to_batch('00000000-0000-4000-8000-00000000dead', 'bf000000-0000-4000-8000-000000000001')$$,
  'P0002', 'batch 00000000-0000-4000-8000-00000000dead does not exist', 'an unknown batch: P0002 naming the id');
SELECT throws_ok($$SELECT workshop.add_order_to_batch('df000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-00000000dead')$$,
  'P0002', 'order 00000000-0000-4000-8000-00000000dead does not exist', 'an unknown order: P0002 naming the id');
SELECT results_eq(
  $$SELECT order_id, added_by, is_active FROM workshop.add_order_to_batch('df000000-0000-4000-8000-000000000001', 'bf000000-0000-4000-8000-000000000001')$$,
  $$VALUES ('bf000000-0000-4000-8000-000000000001'::uuid, 'af000000-0000-4000-8000-000000000001'::uuid, true)$$,
  'returns the active membership, added by the acting worker');
SELECT results_eq(
  $$SELECT new_status::text, changed_by, reason FROM workshop.order_status_history
     WHERE order_id = 'bf000000-0000-4000-8000-000000000001' ORDER BY id DESC LIMIT 1$$,
  $$VALUES ('in_production', 'af000000-0000-4000-8000-000000000001'::uuid, 'joined batch API-B1')$$,
  'the order is in_production, logged');
SELECT workshop.remove_order_from_batch('df000000-0000-4000-8000-000000000001', 'bf000000-0000-4000-8000-000000000001') IS NOT NULL AS removed \gset
SET LOCAL workshop.worker_id = 'af000000-0000-4000-8000-000000000002';
SELECT results_eq(
  $$SELECT added_by, is_active FROM workshop.add_order_to_batch('df000000-0000-4000-8000-000000000001', 'bf000000-0000-4000-8000-000000000001')$$,
  $$VALUES ('af000000-0000-4000-8000-000000000002'::uuid, true)$$,
  're-adding reactivates the membership, now added by the new acting worker');
SELECT is((SELECT count(*) FROM workshop.batch_orders WHERE order_id = 'bf000000-0000-4000-8000-000000000001'), 1::bigint,
  'one membership row');

SELECT * FROM finish();
ROLLBACK;
