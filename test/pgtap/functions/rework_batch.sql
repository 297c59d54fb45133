-- workshop.rework_batch(p_batch_id, p_to_stage, p_reason).
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
SELECT count(workshop.advance_batch('df000000-0000-4000-8000-000000000001')) AS advanced FROM generate_series(1, 3) \gset
SELECT workshop.set_batch_quality('df000000-0000-4000-8000-000000000001', 'critical') IS NOT NULL AS critical \gset

SELECT function_returns('workshop', 'rework_batch', ARRAY['uuid', 'workshop.production_stage', 'text'], 'workshop.batches');
SELECT isnt_definer('workshop', 'rework_batch', ARRAY['uuid', 'workshop.production_stage', 'text'], 'SECURITY INVOKER');
SELECT throws_ok($$SELECT workshop.rework_batch('00000000-0000-4000-8000-00000000dead', 'Intake', 'x')$$,
  'P0002', 'batch 00000000-0000-4000-8000-00000000dead does not exist', 'an unknown batch: P0002 naming the id');
SELECT test_helpers.throws_rule($$SELECT workshop.rework_batch('df000000-0000-4000-8000-000000000001', 'Sanding', NULL)$$,
  '23514', 'batch_stage_progression', 'a rework needs a reason');
SELECT is((SELECT current_stage::text FROM workshop.rework_batch('df000000-0000-4000-8000-000000000001', 'Sanding', 'finish crazed')),
  'Sanding', 'returns the batch at the earlier stage');
SELECT results_eq(
  $$SELECT from_stage::text, to_stage::text, kind::text, moved_by, reason FROM workshop.batch_stage_history
     WHERE batch_id = 'df000000-0000-4000-8000-000000000001' ORDER BY id DESC LIMIT 1$$,
  $$VALUES ('Sub-Assembly', 'Sanding', 'rework', 'af000000-0000-4000-8000-000000000001'::uuid, 'finish crazed')$$,
  'the rework is logged with the acting worker and the reason');

SELECT * FROM finish();
ROLLBACK;
