-- Row level security of workshop.order_status_history as the API roles: the order-status audit trail is
-- append-only and written by the database's own SECURITY DEFINER triggers. Staff read
-- it; no API role writes it, service_role included. Cast: test/helpers/policy_helpers.sql.
BEGIN;
SELECT plan(12);
SELECT test_helpers.policy_fixture();

SET LOCAL ROLE anon;
SELECT set_config('request.jwt.claims', '{"role":"anon"}', true);
SELECT throws_ok($$SELECT id FROM workshop.order_status_history$$, '42501', NULL, 'anon cannot read the order-status audit trail');
RESET ROLE;

SET LOCAL ROLE authenticated;
SELECT test_helpers.sign_in('customer_b');
SELECT is_empty($$SELECT id FROM workshop.order_status_history WHERE order_id = test_helpers.id('OB')$$, 'a customer does not see the trail of their own order (reasons may be internal)');

SELECT test_helpers.sign_in('worker');
SELECT results_eq($$SELECT reason FROM workshop.order_status_history WHERE reason = 'fixture'$$, $$VALUES ('fixture'::text)$$, 'a worker reads the order-status audit trail');
SELECT throws_ok($$INSERT INTO workshop.order_status_history (order_id, new_status, reason) VALUES (test_helpers.id('OB'), 'cancelled', 'forged')$$, '42501', NULL, 'a worker cannot write the order-status audit trail');
SELECT throws_ok($$UPDATE workshop.order_status_history SET reason = 'rewritten'$$, '42501', NULL, 'a worker cannot rewrite the order-status audit trail');
SELECT throws_ok($$DELETE FROM workshop.order_status_history$$, '42501', NULL, 'a worker cannot delete the order-status audit trail');
SELECT test_helpers.sign_in('manager');
SELECT throws_ok($$INSERT INTO workshop.order_status_history (order_id, new_status, reason) VALUES (test_helpers.id('OB'), 'cancelled', 'forged')$$, '42501', NULL, 'a manager cannot write the order-status audit trail');
SELECT test_helpers.sign_in('admin');
SELECT throws_ok($$DELETE FROM workshop.order_status_history$$, '42501', NULL, 'an admin cannot delete the order-status audit trail');
RESET ROLE;

SET LOCAL ROLE service_role;
SELECT results_eq($$SELECT reason FROM workshop.order_status_history WHERE reason = 'fixture'$$, $$VALUES ('fixture'::text)$$, 'service_role reads the order-status audit trail');
SELECT throws_ok($$INSERT INTO workshop.order_status_history (order_id, new_status, reason) VALUES (test_helpers.id('OB'), 'cancelled', 'forged')$$, '42501', NULL, 'service_role cannot write the order-status audit trail');
SELECT throws_ok($$UPDATE workshop.order_status_history SET reason = 'rewritten'$$, '42501', NULL, 'service_role cannot rewrite the order-status audit trail');
SELECT throws_ok($$DELETE FROM workshop.order_status_history$$, '42501', NULL, 'service_role cannot delete the order-status audit trail');
RESET ROLE;

SELECT * FROM finish();
ROLLBACK;
