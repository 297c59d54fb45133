-- workshop.create_batch(p_batch_number, p_priority, p_target_completion).
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

SELECT function_returns('workshop', 'create_batch', ARRAY['text', 'workshop.batch_priority', 'date'], 'workshop.batches');
SELECT isnt_definer('workshop', 'create_batch', ARRAY['text', 'workshop.batch_priority', 'date'], 'SECURITY INVOKER');
SELECT results_eq(
  $$SELECT batch_number, priority::text, current_stage::text, quality_status::text, is_complete, target_completion, created_by
      FROM workshop.create_batch('API-B2', 'rush', '2026-12-24')$$,
  $$VALUES ('API-B2', 'rush', 'Intake', 'good', false, '2026-12-24'::date, 'af000000-0000-4000-8000-000000000001'::uuid)$$,
  'an open batch at Intake, created by the acting worker');
SELECT is((SELECT priority::text FROM workshop.create_batch('API-B3')), 'standard', 'priority defaults to standard');
SELECT is((SELECT count(*) FROM workshop.batch_metadata m JOIN workshop.batches b ON b.id = m.batch_id
            WHERE b.batch_number IN ('API-B2', 'API-B3')), 2::bigint, 'each has its batch_metadata row');
SELECT throws_ok($$SELECT workshop.create_batch('API-B2')$$, '23505', NULL, 'batch numbers are unique');
SELECT throws_ok($$SELECT workshop.create_batch('  ')$$, '23514', NULL, 'a blank batch number is refused');

SELECT * FROM finish();
ROLLBACK;
