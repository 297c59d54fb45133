-- workshop.record_quality_check(p_batch_id, p_order_id, p_item, p_passed, p_defect_reason).
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
SELECT workshop.advance_batch('df000000-0000-4000-8000-000000000001') IS NOT NULL AS advanced \gset

SELECT function_returns('workshop', 'record_quality_check', ARRAY['uuid', 'uuid', 'text', 'boolean', 'text'], 'workshop.quality_checks');
SELECT isnt_definer('workshop', 'record_quality_check', ARRAY['uuid', 'uuid', 'text', 'boolean', 'text'], 'SECURITY INVOKER');
SELECT throws_ok($$SELECT workshop.record_quality_check('00000000-0000-4000-8000-00000000dead', 'bf000000-0000-4000-8000-000000000001', 'x', true)$$,
  'P0002', 'batch 00000000-0000-4000-8000-00000000dead does not exist', 'an unknown batch: P0002 naming the id');
SELECT throws_ok($$SELECT workshop.record_quality_check('df000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-00000000dead', 'x', true)$$,
  'P0002', 'order 00000000-0000-4000-8000-00000000dead does not exist', 'an unknown order: P0002 naming the id');
SELECT test_helpers.throws_rule(
  $$SELECT workshop.record_quality_check('df000000-0000-4000-8000-000000000001', 'bf000000-0000-4000-8000-000000000002', 'x', true)$$,
  '23503', 'quality_checks_batch_order_fkey', 'an order that is not in the batch: the foreign key refuses');
SELECT results_eq(
  $$SELECT stage::text, item, passed, defect_reason, checked_by
      FROM workshop.record_quality_check('df000000-0000-4000-8000-000000000001', 'bf000000-0000-4000-8000-000000000001',
                                         'no tear-out or chatter marks', false, 'chatter on left cup')$$,
  $$VALUES ('Sanding', 'no tear-out or chatter marks', false, 'chatter on left cup', 'af000000-0000-4000-8000-000000000001'::uuid)$$,
  'recorded at the batch''s current stage, checked by the acting worker');
SELECT is((SELECT m.defect_rate FROM workshop.batch_metadata m WHERE m.batch_id = 'df000000-0000-4000-8000-000000000001'),
  100.00, 'the batch''s defect rate follows');

SELECT * FROM finish();
ROLLBACK;
