-- Row level security of workshop.work_logs as the API roles: staff read work logs and
-- log them as themselves; managers may log them for any worker (staff without a
-- login); only service_role corrects or deletes. Cast: test/helpers/policy_helpers.sql.
BEGIN;
SELECT plan(12);
SELECT test_helpers.policy_fixture();

SET LOCAL ROLE anon;
SELECT set_config('request.jwt.claims', '{"role":"anon"}', true);
SELECT throws_ok($$SELECT id FROM workshop.work_logs$$, '42501', NULL, 'anon cannot read work logs');
RESET ROLE;

SET LOCAL ROLE authenticated;
SELECT test_helpers.sign_in('customer_a');
SELECT is_empty($$SELECT id FROM workshop.work_logs$$, 'a customer sees no work logs, not even of their order''s batch');
SELECT test_helpers.sign_in('former');
SELECT throws_ok($$INSERT INTO workshop.work_logs (batch_id, stage, worker_id, hours) VALUES (test_helpers.id('BX'), 'Intake', test_helpers.id('F'), 1.5)$$,
  '42501', NULL, 'a former worker cannot log hours');

SELECT test_helpers.sign_in('worker');
SELECT results_eq($$SELECT count(*) FROM workshop.work_logs$$, ARRAY[1::bigint], 'a worker reads work logs');
SELECT lives_ok($$INSERT INTO workshop.work_logs (batch_id, stage, worker_id, hours) VALUES (test_helpers.id('BX'), 'Intake', test_helpers.id('W'), 1.5)$$,
  'a worker can log hours as themselves');
SELECT throws_ok($$INSERT INTO workshop.work_logs (batch_id, stage, worker_id, hours) VALUES (test_helpers.id('BX'), 'Intake', test_helpers.id('N'), 1.5)$$,
  '42501', NULL, 'a worker cannot log hours in another worker''s name');
SELECT is((workshop.log_work(test_helpers.id('BX'), 0.5)).worker_id, test_helpers.id('W'),
  'hours logged without a name are the acting worker''s');
SELECT throws_ok($$UPDATE workshop.work_logs SET hours = 24$$, '42501', NULL, 'authenticated has no UPDATE on work logs');
SELECT throws_ok($$DELETE FROM workshop.work_logs$$, '42501', NULL, 'authenticated has no DELETE on work logs');

SELECT test_helpers.sign_in('manager');
SELECT lives_ok($$INSERT INTO workshop.work_logs (batch_id, stage, worker_id, hours) VALUES (test_helpers.id('BX'), 'Intake', test_helpers.id('N'), 1.5)$$,
  'a manager can log hours for a worker without a login');
RESET ROLE;

SET LOCAL ROLE service_role;
SELECT results_eq($$SELECT count(*) FROM workshop.work_logs$$, ARRAY[4::bigint], 'service_role reads every row');
SELECT is(test_helpers.row_count($$DELETE FROM workshop.work_logs WHERE worker_id = test_helpers.id('N')$$), 1::bigint,
  'service_role deletes hours');
RESET ROLE;

SELECT * FROM finish();
ROLLBACK;
