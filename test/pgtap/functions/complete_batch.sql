-- workshop.complete_batch(p_batch_id).
BEGIN;
SELECT plan(6);

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

SELECT function_returns('workshop', 'complete_batch', ARRAY['uuid'], 'workshop.batches');
SELECT isnt_definer('workshop', 'complete_batch', ARRAY['uuid'], 'SECURITY INVOKER');
SELECT throws_ok($$SELECT workshop.complete_batch('00000000-0000-4000-8000-00000000dead')$$,
  'P0002', 'batch 00000000-0000-4000-8000-00000000dead does not exist', 'an unknown batch: P0002 naming the id');
SELECT count(workshop.advance_batch('df000000-0000-4000-8000-000000000001')) AS advanced FROM generate_series(1, 6) \gset
SELECT results_eq(
  $$SELECT is_complete, actual_completion FROM workshop.complete_batch('df000000-0000-4000-8000-000000000001')$$,
  $$VALUES (true, current_date)$$, 'returns the complete batch');
SELECT results_eq(
  $$SELECT old_status::text, new_status::text, changed_by, reason FROM workshop.order_status_history
     WHERE order_id = 'bf000000-0000-4000-8000-000000000001' ORDER BY id DESC LIMIT 1$$,
  $$VALUES ('ready_to_ship', 'shipped', 'af000000-0000-4000-8000-000000000001'::uuid, 'batch API-B1 completed')$$,
  'its order is shipped, logged with the acting worker');
SELECT test_helpers.throws_rule($$SELECT workshop.complete_batch('df000000-0000-4000-8000-000000000001')$$,
  '23514', 'batch_completion', 'completing twice is refused');

SELECT * FROM finish();
ROLLBACK;
