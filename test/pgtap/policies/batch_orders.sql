-- Row level security of workshop.batch_orders as the API roles: staff read memberships,
-- managers manage them. Cast: test/helpers/policy_helpers.sql.
BEGIN;
SELECT plan(12);
SELECT test_helpers.policy_fixture();

SET LOCAL ROLE anon;
SELECT set_config('request.jwt.claims', '{"role":"anon"}', true);
SELECT throws_ok($$SELECT batch_id FROM workshop.batch_orders$$, '42501', NULL, 'anon cannot read memberships');
RESET ROLE;

SET LOCAL ROLE authenticated;
SELECT test_helpers.sign_in('customer_a');
SELECT is_empty($$SELECT batch_id FROM workshop.batch_orders$$, 'a customer does not see their order''s membership');
SELECT throws_ok($$INSERT INTO workshop.batch_orders (batch_id, order_id) VALUES (test_helpers.id('BX'), test_helpers.id('OB'))$$,
  '42501', NULL, 'a customer cannot add an order to a batch');

SELECT test_helpers.sign_in('worker');
SELECT results_eq($$SELECT order_id FROM workshop.batch_orders$$, ARRAY[test_helpers.id('OA')],
  'a worker reads memberships');
SELECT throws_ok($$INSERT INTO workshop.batch_orders (batch_id, order_id, added_by)
                   VALUES (test_helpers.id('BX'), test_helpers.id('OB'), test_helpers.id('W'))$$,
  '42501', NULL, 'a worker cannot add an order to a batch (WITH CHECK)');
SELECT is(test_helpers.row_count($$UPDATE workshop.batch_orders SET is_active = false$$), 0::bigint,
  'a worker''s UPDATE of memberships changes nothing');
SELECT is(test_helpers.row_count($$DELETE FROM workshop.batch_orders$$), 0::bigint,
  'a worker''s DELETE of memberships deletes nothing');

SELECT test_helpers.sign_in('manager');
SELECT lives_ok($$INSERT INTO workshop.batch_orders (batch_id, order_id, added_by)
                  VALUES (test_helpers.id('BX'), test_helpers.id('OB'), test_helpers.id('W'))$$,
  'a manager adds an order to a batch');
-- added_by is an audit stamp: a name written in by the client is replaced.
SELECT is((SELECT added_by FROM workshop.batch_orders WHERE order_id = test_helpers.id('OB')), test_helpers.id('M'),
  'a manager cannot add an order in another worker''s name: added_by is the acting manager');
SELECT is(test_helpers.row_count($$UPDATE workshop.batch_orders SET is_active = false
                                   WHERE order_id = test_helpers.id('OB')$$),
  1::bigint, 'a manager takes an order out of a batch');
SELECT is(test_helpers.row_count($$DELETE FROM workshop.batch_orders WHERE order_id = test_helpers.id('OB')$$),
  1::bigint, 'a manager removes a membership');
RESET ROLE;

SET LOCAL ROLE service_role;
SELECT results_eq($$SELECT order_id FROM workshop.batch_orders$$, ARRAY[test_helpers.id('OA')],
  'service_role reads memberships');
RESET ROLE;

SELECT * FROM finish();
ROLLBACK;
