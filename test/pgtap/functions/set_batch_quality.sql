-- workshop.set_batch_quality(p_batch_id, p_quality_status, p_reason).
BEGIN;
SELECT plan(5);

INSERT INTO workshop.workers (id, name, email, role)
VALUES ('af000000-0000-4000-8000-000000000001', 'Api Tester', 'api.tester@example.com', 'manager'),
       ('af000000-0000-4000-8000-000000000002', 'Api Helper', 'api.helper@example.com', 'worker');
SET LOCAL workshop.worker_id = 'af000000-0000-4000-8000-000000000001';
INSERT INTO workshop.orders (id, order_number, model_id, wood_type)
SELECT ('bf000000-0000-4000-8000-00000000000' || n)::uuid, 'API-' || n,
       (SELECT id FROM workshop.headphone_models WHERE name = 'Atticus'), 'Sapele'
  FROM generate_series(1, 3) n;
INSERT INTO workshop.batches (id, batch_number) VALUES ('df000000-0000-4000-8000-000000000001', 'API-B1');

SELECT function_returns('workshop', 'set_batch_quality', ARRAY['uuid', 'workshop.quality_status', 'text'], 'workshop.batches');
SELECT isnt_definer('workshop', 'set_batch_quality', ARRAY['uuid', 'workshop.quality_status', 'text'], 'SECURITY INVOKER');
SELECT throws_ok($$SELECT workshop.set_batch_quality('00000000-0000-4000-8000-00000000dead', 'warning')$$,
  'P0002', 'batch 00000000-0000-4000-8000-00000000dead does not exist', 'an unknown batch: P0002 naming the id');
SELECT is((SELECT quality_status::text FROM workshop.set_batch_quality('df000000-0000-4000-8000-000000000001', 'warning', 'small dent')),
  'warning', 'returns the batch with its new quality');
SELECT is(current_setting('workshop.change_reason', true), '', 'the reason setting is restored (empty)');

SELECT * FROM finish();
ROLLBACK;
