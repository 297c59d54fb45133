-- workshop.advance_batch(p_batch_id, p_reason).
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

SELECT function_returns('workshop', 'advance_batch', ARRAY['uuid', 'text'], 'workshop.batches');
SELECT isnt_definer('workshop', 'advance_batch', ARRAY['uuid', 'text'], 'SECURITY INVOKER');
SELECT throws_ok($$SELECT workshop.advance_batch('00000000-0000-4000-8000-00000000dead')$$,
  'P0002', 'batch 00000000-0000-4000-8000-00000000dead does not exist', 'an unknown batch: P0002 naming the id');
SELECT is((SELECT current_stage::text FROM workshop.advance_batch('df000000-0000-4000-8000-000000000001', 'blanks graded')),
  'Sanding', 'returns the batch at its next stage');
SELECT results_eq(
  $$SELECT from_stage::text, to_stage::text, kind::text, moved_by, reason FROM workshop.batch_stage_history
     WHERE batch_id = 'df000000-0000-4000-8000-000000000001'$$,
  $$VALUES ('Intake', 'Sanding', 'advance', 'af000000-0000-4000-8000-000000000001'::uuid, 'blanks graded')$$,
  'the move is logged with the acting worker and the reason');
SELECT is(current_setting('workshop.change_reason', true), '', 'the reason setting is restored (empty)');

SELECT * FROM finish();
ROLLBACK;
