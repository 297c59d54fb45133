-- workshop.set_order_status(p_order_id, p_status, p_reason): the status change of the
-- API, checked and logged by the triggers.
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

SELECT function_returns('workshop', 'set_order_status', ARRAY['uuid', 'workshop.order_status', 'text'], 'workshop.orders');
SELECT isnt_definer('workshop', 'set_order_status', ARRAY['uuid', 'workshop.order_status', 'text'], 'SECURITY INVOKER');
SELECT throws_ok(
  $$SELECT workshop.set_order_status('00000000-0000-4000-8000-00000000dead', 'on_hold')$$,
  'P0002', 'order 00000000-0000-4000-8000-00000000dead does not exist', 'an unknown order: P0002 naming the id');
SELECT is((SELECT status FROM workshop.set_order_status('bf000000-0000-4000-8000-000000000001', 'on_hold', 'awaiting wood')),
  'on_hold'::workshop.order_status, 'returns the changed order');
SELECT results_eq(
  $$SELECT old_status::text, new_status::text, changed_by, reason FROM workshop.order_status_history
     WHERE order_id = 'bf000000-0000-4000-8000-000000000001' ORDER BY id DESC LIMIT 1$$,
  $$VALUES ('pending', 'on_hold', 'af000000-0000-4000-8000-000000000001'::uuid, 'awaiting wood')$$,
  'the reason and the acting worker (workshop.worker_id) reach the history');
SET LOCAL workshop.change_reason = 'session reason';
SELECT workshop.set_order_status('bf000000-0000-4000-8000-000000000001', 'pending') IS NOT NULL AS done \gset
SELECT is((SELECT reason FROM workshop.order_status_history WHERE order_id = 'bf000000-0000-4000-8000-000000000001' ORDER BY id DESC LIMIT 1),
  'session reason', 'without p_reason the setting workshop.change_reason is the reason');
SELECT workshop.set_order_status('bf000000-0000-4000-8000-000000000001', 'on_hold', 'argument wins') IS NOT NULL AS done \gset
SELECT is(current_setting('workshop.change_reason'), 'session reason', 'the caller''s setting is restored');
SELECT is((SELECT count(*) FROM workshop.order_status_history WHERE order_id = 'bf000000-0000-4000-8000-000000000001' AND reason = 'argument wins'),
  1::bigint, 'p_reason wins over the setting');
SELECT test_helpers.throws_rule(
  $$SELECT workshop.set_order_status('bf000000-0000-4000-8000-000000000001', 'delivered')$$,
  '23514', 'order_status_transition', 'an illegal change is refused by the rule');

SELECT * FROM finish();
ROLLBACK;
