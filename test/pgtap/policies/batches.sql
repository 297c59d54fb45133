-- Row level security of workshop.batches as the API roles: staff read batches; workers
-- move them (current_stage, quality_status) and change nothing else (rule
-- batch_worker_columns); managers create them and change anything; only service_role
-- deletes. Cast: test/helpers/policy_helpers.sql.
BEGIN;
SELECT plan(18);
SELECT test_helpers.policy_fixture();

SET LOCAL ROLE anon;
SELECT set_config('request.jwt.claims', '{"role":"anon"}', true);
SELECT throws_ok($$SELECT id FROM workshop.batches$$, '42501', NULL, 'anon cannot read batches');
RESET ROLE;

SET LOCAL ROLE authenticated;
SELECT test_helpers.sign_in('customer_a');
SELECT is_empty($$SELECT id FROM workshop.batches$$, 'a customer does not see batches, not even their order''s');
SELECT is(test_helpers.row_count($$UPDATE workshop.batches SET current_stage = 'Sanding'$$), 0::bigint,
  'a customer''s UPDATE of batches changes nothing');
SELECT throws_ok($$INSERT INTO workshop.batches (batch_number) VALUES ('T-C')$$, '42501', NULL,
  'a customer cannot create batches (WITH CHECK)');

SELECT test_helpers.sign_in('worker');
SELECT results_eq($$SELECT batch_number FROM workshop.batches$$, $$VALUES ('T-BX')$$, 'a worker reads batches');
SELECT is(test_helpers.row_count($$UPDATE workshop.batches SET current_stage = 'Sanding' WHERE id = test_helpers.id('BX')$$),
  1::bigint, 'a worker moves a batch');
SELECT is(test_helpers.row_count($$UPDATE workshop.batches SET quality_status = 'warning' WHERE id = test_helpers.id('BX')$$),
  1::bigint, 'a worker sets a batch''s quality status');
SELECT test_helpers.throws_rule($$UPDATE workshop.batches SET priority = 'rush' WHERE id = test_helpers.id('BX')$$,
  '42501', 'batch_worker_columns', 'a worker cannot set a batch''s priority');
SELECT test_helpers.throws_rule($$UPDATE workshop.batches SET target_completion = '2027-01-01' WHERE id = test_helpers.id('BX')$$,
  '42501', 'batch_worker_columns', 'a worker cannot reschedule a batch');
SELECT throws_ok($$INSERT INTO workshop.batches (batch_number, created_by) VALUES ('T-W', test_helpers.id('W'))$$,
  '42501', NULL, 'a worker cannot create batches');
SELECT throws_ok($$DELETE FROM workshop.batches$$, '42501', NULL, 'authenticated has no DELETE on batches');

SELECT test_helpers.sign_in('former');
SELECT is(test_helpers.row_count($$UPDATE workshop.batches SET current_stage = 'Finishing'$$), 0::bigint,
  'a former manager moves no batch');

SELECT test_helpers.sign_in('manager');
SELECT is(test_helpers.row_count($$UPDATE workshop.batches SET priority = 'rush' WHERE id = test_helpers.id('BX')$$),
  1::bigint, 'a manager sets a batch''s priority');
-- created_by is an audit stamp: a name written in by the client is replaced.
INSERT INTO workshop.batches (batch_number, created_by) VALUES ('T-FORGED', test_helpers.id('W'));
SELECT is((SELECT created_by FROM workshop.batches WHERE batch_number = 'T-FORGED'), test_helpers.id('M'),
  'a manager cannot create a batch in another worker''s name: created_by is the acting manager');
SELECT lives_ok($$INSERT INTO workshop.batches (batch_number, created_by) VALUES ('T-BY', test_helpers.id('M'))$$,
  'a manager creates a batch');
SELECT throws_ok($$DELETE FROM workshop.batches WHERE batch_number = 'T-BY'$$, '42501', NULL,
  'a manager cannot delete batches');
RESET ROLE;

SET LOCAL ROLE service_role;
SELECT results_eq($$SELECT batch_number FROM workshop.batches ORDER BY batch_number$$,
  $$VALUES ('T-BX'), ('T-BY'), ('T-FORGED')$$, 'service_role reads every batch');
SELECT is(test_helpers.row_count($$UPDATE workshop.batches SET priority = 'low' WHERE batch_number = 'T-BY'$$),
  1::bigint, 'service_role changes any column, as the import does (not restricted to a worker''s columns)');
RESET ROLE;

SELECT * FROM finish();
ROLLBACK;
