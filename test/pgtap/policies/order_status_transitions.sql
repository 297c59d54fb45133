-- Row level security of workshop.order_status_transitions as the API roles: staff read
-- the graph; it is part of the schema, so no API role writes it, service_role included.
BEGIN;
SELECT plan(9);
SELECT test_helpers.policy_fixture();

SET LOCAL ROLE anon;
SELECT set_config('request.jwt.claims', '{"role":"anon"}', true);
SELECT throws_ok($$SELECT from_status FROM workshop.order_status_transitions$$, '42501', NULL,
  'anon cannot read the graph');
RESET ROLE;

SET LOCAL ROLE authenticated;
SELECT test_helpers.sign_in('customer_a');
SELECT is_empty($$SELECT from_status FROM workshop.order_status_transitions$$, 'a customer sees no transition');
SELECT test_helpers.sign_in('worker');
SELECT results_eq($$SELECT count(*) FROM workshop.order_status_transitions$$, ARRAY[15::bigint],
  'a worker reads the 15 transitions');
SELECT throws_ok($$INSERT INTO workshop.order_status_transitions VALUES ('delivered', 'pending')$$, '42501', NULL,
  'a worker cannot add a transition');
SELECT throws_ok($$UPDATE workshop.order_status_transitions SET to_status = 'delivered'$$, '42501', NULL,
  'a worker cannot change a transition');
SELECT throws_ok($$DELETE FROM workshop.order_status_transitions$$, '42501', NULL,
  'a worker cannot delete transitions');
SELECT test_helpers.sign_in('admin');
SELECT throws_ok($$INSERT INTO workshop.order_status_transitions VALUES ('cancelled', 'pending')$$, '42501', NULL,
  'not even an admin changes the graph: migrations do');
RESET ROLE;

SET LOCAL ROLE service_role;
SELECT results_eq($$SELECT count(*) FROM workshop.order_status_transitions$$, ARRAY[15::bigint],
  'service_role reads the graph');
SELECT throws_ok($$DELETE FROM workshop.order_status_transitions$$, '42501', NULL,
  'service_role does not change the graph');
RESET ROLE;

SELECT * FROM finish();
ROLLBACK;
