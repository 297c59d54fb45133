-- workshop.log_work(p_batch_id, p_hours, p_stage, p_worker_id).
BEGIN;
SELECT plan(9);

INSERT INTO workshop.workers (id, name, email, role)
VALUES ('af000000-0000-4000-8000-000000000001', 'Api Tester', 'api.tester@example.com', 'manager'),
       ('af000000-0000-4000-8000-000000000002', 'Api Helper', 'api.helper@example.com', 'worker');
SET LOCAL workshop.worker_id = 'af000000-0000-4000-8000-000000000001';
INSERT INTO workshop.orders (id, order_number, model_id, wood_type)
SELECT ('bf000000-0000-4000-8000-00000000000' || n)::uuid, 'API-' || n,
       (SELECT id FROM workshop.headphone_models WHERE name = 'Atticus'), 'Sapele'
  FROM generate_series(1, 3) n;
INSERT INTO workshop.batches (id, batch_number) VALUES ('df000000-0000-4000-8000-000000000001', 'API-B1');
SELECT workshop.advance_batch('df000000-0000-4000-8000-000000000001') IS NOT NULL AS advanced \gset

SELECT function_returns('workshop', 'log_work', ARRAY['uuid', 'numeric', 'workshop.production_stage', 'uuid'], 'workshop.work_logs');
SELECT isnt_definer('workshop', 'log_work', ARRAY['uuid', 'numeric', 'workshop.production_stage', 'uuid'], 'SECURITY INVOKER');
SELECT throws_ok($$SELECT workshop.log_work('00000000-0000-4000-8000-00000000dead', 1)$$,
  'P0002', 'batch 00000000-0000-4000-8000-00000000dead does not exist', 'an unknown batch: P0002 naming the id');
SELECT throws_ok($$SELECT workshop.log_work('df000000-0000-4000-8000-000000000001', 1, NULL, '00000000-0000-4000-8000-00000000dead')$$,
  'P0002', 'worker 00000000-0000-4000-8000-00000000dead does not exist', 'an unknown worker: P0002 naming the id');
SELECT results_eq(
  $$SELECT stage::text, worker_id, hours FROM workshop.log_work('df000000-0000-4000-8000-000000000001', 1.5)$$,
  $$VALUES ('Sanding', 'af000000-0000-4000-8000-000000000001'::uuid, 1.50)$$,
  'stage and worker default to the batch''s current stage and the acting worker');
SELECT results_eq(
  $$SELECT stage::text, worker_id FROM workshop.log_work('df000000-0000-4000-8000-000000000001', 2, 'Intake', 'af000000-0000-4000-8000-000000000002')$$,
  $$VALUES ('Intake', 'af000000-0000-4000-8000-000000000002'::uuid)$$,
  'an explicit stage and worker are kept');
SELECT throws_ok($$SELECT workshop.log_work('df000000-0000-4000-8000-000000000001', 25)$$,
  '23514', NULL, 'more than 24 hours is refused');
SET LOCAL workshop.worker_id = '';
SELECT throws_ok($$SELECT workshop.log_work('df000000-0000-4000-8000-000000000001', 1)$$,
  '23502', 'work on batch df000000-0000-4000-8000-000000000001 has no worker: none given and no acting worker',
  'no worker at all is a clear 23502');
SELECT is((SELECT m.actual_hours_spent FROM workshop.batch_metadata m WHERE m.batch_id = 'df000000-0000-4000-8000-000000000001'),
  3.50, 'the batch''s hours follow; refused logs count nothing');

SELECT * FROM finish();
ROLLBACK;
