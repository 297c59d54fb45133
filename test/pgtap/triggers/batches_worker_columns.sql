-- Rule batch_worker_columns: a signed-in worker changes only current_stage and
-- quality_status of a batch; managers, admins, service_role and the database's own
-- code (running as the owner) are not restricted by it. Cast: test/helpers/policy_helpers.sql.
BEGIN;
SELECT plan(10);
SELECT test_helpers.policy_fixture();

SET LOCAL ROLE authenticated;
SELECT test_helpers.sign_in('worker');
SELECT test_helpers.throws_rule($$UPDATE workshop.batches SET batch_number = 'T-RENAMED' WHERE id = test_helpers.id('BX')$$,
  '42501', 'batch_worker_columns', 'a worker cannot renumber a batch');
SELECT test_helpers.throws_rule($$UPDATE workshop.batches SET created_by = test_helpers.id('W') WHERE id = test_helpers.id('BX')$$,
  '42501', 'batch_worker_columns', 'a worker cannot change who created a batch');
SELECT test_helpers.throws_rule($$UPDATE workshop.batches SET current_stage = 'Sanding', priority = 'high' WHERE id = test_helpers.id('BX')$$,
  '42501', 'batch_worker_columns', 'a move that also changes the priority is refused as a whole');
SELECT results_eq($$SELECT current_stage::text, priority::text FROM workshop.batches WHERE id = test_helpers.id('BX')$$,
  $$VALUES ('Intake', 'standard')$$, 'and wrote nothing');
SELECT is((test_helpers.error_of($$UPDATE workshop.batches SET priority = 'rush'$$)).err_hint,
  'Ask a manager to change it.', 'the refusal says what to do');
SELECT lives_ok($$UPDATE workshop.batches SET current_stage = 'Sanding', quality_status = 'warning'
                  WHERE id = test_helpers.id('BX')$$, 'a worker moves a batch and sets its quality');

SELECT test_helpers.sign_in('manager');
SELECT lives_ok($$UPDATE workshop.batches SET priority = 'high', target_completion = '2027-02-01'
                  WHERE id = test_helpers.id('BX')$$, 'a manager plans a batch');
SELECT test_helpers.sign_in('admin');
SELECT lives_ok($$UPDATE workshop.batches SET batch_number = 'T-BX2' WHERE id = test_helpers.id('BX')$$,
  'an admin renumbers a batch');
RESET ROLE;

SET LOCAL ROLE service_role;
SELECT test_helpers.sign_in('worker');  -- even with a worker's claims: the role decides
SELECT lives_ok($$UPDATE workshop.batches SET priority = 'rush' WHERE id = test_helpers.id('BX')$$,
  'service_role is not restricted');
RESET ROLE;

-- The owner (the database's own SECURITY DEFINER code runs as it) is not restricted.
SELECT test_helpers.sign_in('worker');
SELECT lives_ok($$UPDATE workshop.batches SET priority = 'low' WHERE id = test_helpers.id('BX')$$,
  'code running as the owner is not restricted, whoever signed in');

SELECT * FROM finish();
ROLLBACK;
