-- Row level security of workshop.batch_stage_history as the API roles: the batch stage log is
-- append-only and written by the database's own SECURITY DEFINER triggers. Staff read
-- it; no API role writes it, service_role included. Cast: test/helpers/policy_helpers.sql.
BEGIN;
SELECT plan(12);
SELECT test_helpers.policy_fixture();

SET LOCAL ROLE anon;
SELECT set_config('request.jwt.claims', '{"role":"anon"}', true);
SELECT throws_ok($$SELECT id FROM workshop.batch_stage_history$$, '42501', NULL, 'anon cannot read the batch stage log');
RESET ROLE;

SET LOCAL ROLE authenticated;
SELECT test_helpers.sign_in('customer_a');
SELECT is_empty($$SELECT id FROM workshop.batch_stage_history $$, 'a customer does not see the log of the batch of their order');

SELECT test_helpers.sign_in('worker');
SELECT results_eq($$SELECT kind::text FROM workshop.batch_stage_history WHERE batch_id = test_helpers.id('BX')$$, $$VALUES ('advance'::text)$$, 'a worker reads the batch stage log');
SELECT throws_ok($$INSERT INTO workshop.batch_stage_history (batch_id, from_stage, to_stage, kind) VALUES (test_helpers.id('BX'), 'Sanding', 'Finishing', 'advance')$$, '42501', NULL, 'a worker cannot write the batch stage log');
SELECT throws_ok($$UPDATE workshop.batch_stage_history SET reason = 'rewritten'$$, '42501', NULL, 'a worker cannot rewrite the batch stage log');
SELECT throws_ok($$DELETE FROM workshop.batch_stage_history$$, '42501', NULL, 'a worker cannot delete the batch stage log');
SELECT test_helpers.sign_in('manager');
SELECT throws_ok($$INSERT INTO workshop.batch_stage_history (batch_id, from_stage, to_stage, kind) VALUES (test_helpers.id('BX'), 'Sanding', 'Finishing', 'advance')$$, '42501', NULL, 'a manager cannot write the batch stage log');
SELECT test_helpers.sign_in('admin');
SELECT throws_ok($$DELETE FROM workshop.batch_stage_history$$, '42501', NULL, 'an admin cannot delete the batch stage log');
RESET ROLE;

SET LOCAL ROLE service_role;
SELECT results_eq($$SELECT kind::text FROM workshop.batch_stage_history WHERE batch_id = test_helpers.id('BX')$$, $$VALUES ('advance'::text)$$, 'service_role reads the batch stage log');
SELECT throws_ok($$INSERT INTO workshop.batch_stage_history (batch_id, from_stage, to_stage, kind) VALUES (test_helpers.id('BX'), 'Sanding', 'Finishing', 'advance')$$, '42501', NULL, 'service_role cannot write the batch stage log');
SELECT throws_ok($$UPDATE workshop.batch_stage_history SET reason = 'rewritten'$$, '42501', NULL, 'service_role cannot rewrite the batch stage log');
SELECT throws_ok($$DELETE FROM workshop.batch_stage_history$$, '42501', NULL, 'service_role cannot delete the batch stage log');
RESET ROLE;

SELECT * FROM finish();
ROLLBACK;
