-- Row level security of workshop.quality_checks as the API roles: staff read quality checks and
-- record them as themselves; managers may record them for any worker (staff without a
-- login); only service_role corrects or deletes. Cast: test/helpers/policy_helpers.sql.
BEGIN;
SELECT plan(12);
SELECT test_helpers.policy_fixture();

SET LOCAL ROLE anon;
SELECT set_config('request.jwt.claims', '{"role":"anon"}', true);
SELECT throws_ok($$SELECT id FROM workshop.quality_checks$$, '42501', NULL, 'anon cannot read quality checks');
RESET ROLE;

SET LOCAL ROLE authenticated;
SELECT test_helpers.sign_in('customer_a');
SELECT is_empty($$SELECT id FROM workshop.quality_checks$$, 'a customer sees no quality checks, not even of their order''s batch');
SELECT test_helpers.sign_in('former');
SELECT throws_ok($$INSERT INTO workshop.quality_checks (batch_id, order_id, stage, item, passed, checked_by) VALUES (test_helpers.id('BX'), test_helpers.id('OA'), 'Intake', 'cups sanded', true, test_helpers.id('F'))$$,
  '42501', NULL, 'a former worker cannot record a quality check');

SELECT test_helpers.sign_in('worker');
SELECT results_eq($$SELECT count(*) FROM workshop.quality_checks$$, ARRAY[1::bigint], 'a worker reads quality checks');
SELECT lives_ok($$INSERT INTO workshop.quality_checks (batch_id, order_id, stage, item, passed, checked_by) VALUES (test_helpers.id('BX'), test_helpers.id('OA'), 'Intake', 'cups sanded', true, test_helpers.id('W'))$$,
  'a worker can record a quality check as themselves');
SELECT throws_ok($$INSERT INTO workshop.quality_checks (batch_id, order_id, stage, item, passed, checked_by) VALUES (test_helpers.id('BX'), test_helpers.id('OA'), 'Intake', 'cups sanded', true, test_helpers.id('N'))$$,
  '42501', NULL, 'a worker cannot record a quality check in another worker''s name');
SELECT is((workshop.record_quality_check(test_helpers.id('BX'), test_helpers.id('OA'), 'cups oiled', true)).checked_by,
  test_helpers.id('W'), 'a quality check recorded without a name is the acting worker''s');
SELECT throws_ok($$UPDATE workshop.quality_checks SET passed = false, defect_reason = 'x'$$, '42501', NULL, 'authenticated has no UPDATE on quality checks');
SELECT throws_ok($$DELETE FROM workshop.quality_checks$$, '42501', NULL, 'authenticated has no DELETE on quality checks');

SELECT test_helpers.sign_in('manager');
SELECT lives_ok($$INSERT INTO workshop.quality_checks (batch_id, order_id, stage, item, passed, checked_by) VALUES (test_helpers.id('BX'), test_helpers.id('OA'), 'Intake', 'cups sanded', true, test_helpers.id('N'))$$,
  'a manager can record a quality check for a worker without a login');
RESET ROLE;

SET LOCAL ROLE service_role;
SELECT results_eq($$SELECT count(*) FROM workshop.quality_checks$$, ARRAY[4::bigint], 'service_role reads every row');
SELECT is(test_helpers.row_count($$DELETE FROM workshop.quality_checks WHERE checked_by = test_helpers.id('N')$$), 1::bigint,
  'service_role deletes a quality check');
RESET ROLE;

SELECT * FROM finish();
ROLLBACK;
