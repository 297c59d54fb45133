-- The API functions as the API roles: they are SECURITY INVOKER, so each role can do
-- through them exactly what its grants and policies allow, and a refusal is an error,
-- never a silent no-op. Cast: test/helpers/policy_helpers.sql.
BEGIN;
SELECT plan(20);
SELECT test_helpers.policy_fixture();

SET LOCAL ROLE anon;
SELECT set_config('request.jwt.claims', '{"role":"anon"}', true);
SELECT throws_ok($$SELECT workshop.set_order_status(test_helpers.id('OB'), 'on_hold')$$, '42501', NULL,
  'anon cannot call the API functions');
RESET ROLE;

SET LOCAL ROLE authenticated;
SELECT test_helpers.sign_in('customer_a');
SELECT throws_ok($$SELECT workshop.advance_batch(test_helpers.id('BX'))$$, 'P0002', NULL,
  'a customer cannot move a batch: it is invisible to them');
SELECT throws_ok($$SELECT workshop.set_order_status(test_helpers.id('OA'), 'cancelled', 'changed my mind')$$,
  '42501', NULL, 'a customer cannot cancel their own order through the API');

SELECT test_helpers.sign_in('worker');
SELECT is((workshop.advance_batch(test_helpers.id('BX'), 'sanded')).current_stage, 'Sanding'::workshop.production_stage,
  'a worker advances a batch');
SELECT is((SELECT moved_by FROM workshop.batch_stage_history WHERE batch_id = test_helpers.id('BX') ORDER BY id DESC LIMIT 1),
  test_helpers.id('W'), 'the move is logged with the worker who made it');
SELECT is((workshop.set_batch_quality(test_helpers.id('BX'), 'warning', 'tear-out')).quality_status,
  'warning'::workshop.quality_status, 'a worker sets a batch''s quality');
SELECT is((workshop.log_work(test_helpers.id('BX'), 1.5)).worker_id, test_helpers.id('W'),
  'a worker logs their own work');
SELECT is((workshop.record_quality_check(test_helpers.id('BX'), test_helpers.id('OA'), 'cups sanded', false, 'tear-out')).checked_by,
  test_helpers.id('W'), 'a worker records a quality check as themselves');
SELECT throws_ok($$SELECT workshop.set_order_status(test_helpers.id('OB'), 'on_hold')$$, '42501', NULL,
  'a worker cannot change an order''s status');
SELECT throws_ok($$SELECT workshop.create_batch('T-WORKER')$$, '42501', NULL, 'a worker cannot create a batch');
SELECT throws_ok($$SELECT workshop.add_order_to_batch(test_helpers.id('BX'), test_helpers.id('OB'))$$, '42501', NULL,
  'a worker cannot add an order to a batch');
SELECT throws_ok($$SELECT workshop.remove_order_from_batch(test_helpers.id('BX'), test_helpers.id('OA'), 'x')$$, '42501', NULL,
  'a worker cannot take an order out of a batch');

SELECT test_helpers.sign_in('manager');
SELECT is((workshop.set_order_status(test_helpers.id('OB'), 'on_hold', 'waiting for wood')).status,
  'on_hold'::workshop.order_status, 'a manager changes an order''s status');
SELECT is((workshop.set_order_status(test_helpers.id('OB'), 'pending')).internal_notes, NULL,
  'the returned order carries no internal notes');
SELECT results_eq($$SELECT new_status::text, changed_by, reason FROM workshop.order_status_history
                     WHERE order_id = test_helpers.id('OB') ORDER BY id DESC LIMIT 2$$,
  $$VALUES ('pending', test_helpers.id('M'), NULL::text), ('on_hold', test_helpers.id('M'), 'waiting for wood')$$,
  'each change is logged with the manager and the reason');
SELECT is((workshop.create_batch('T-MGR', 'rush')).created_by, test_helpers.id('M'), 'a manager creates a batch');
SELECT is((workshop.add_order_to_batch((SELECT id FROM workshop.batches WHERE batch_number = 'T-MGR'),
                                       test_helpers.id('OB'))).added_by,
  test_helpers.id('M'), 'a manager adds an order to a batch');
SELECT is((SELECT status FROM workshop.orders WHERE id = test_helpers.id('OB')), 'in_production'::workshop.order_status,
  'the order joined production');

SELECT test_helpers.sign_in('former');
SELECT throws_ok($$SELECT workshop.set_order_status(test_helpers.id('OB'), 'on_hold')$$, 'P0002', NULL,
  'a former manager sees no order to change');
RESET ROLE;

SET LOCAL ROLE service_role;
SELECT is((workshop.set_order_status(test_helpers.id('OA'), 'on_hold', 'import hold')).status, 'on_hold'::workshop.order_status,
  'service_role changes statuses (the Shopify import)');
RESET ROLE;

SELECT * FROM finish();
ROLLBACK;
