-- Row level security of workshop.batch_metadata as the API roles: staff read it,
-- managers write the notes and tags; the derived totals belong to the database.
-- Cast: test/helpers/policy_helpers.sql.
BEGIN;
SELECT plan(12);
SELECT test_helpers.policy_fixture();

SET LOCAL ROLE anon;
SELECT set_config('request.jwt.claims', '{"role":"anon"}', true);
SELECT throws_ok($$SELECT batch_id FROM workshop.batch_metadata$$, '42501', NULL, 'anon cannot read batch metadata');
RESET ROLE;

SET LOCAL ROLE authenticated;
SELECT test_helpers.sign_in('customer_a');
SELECT is_empty($$SELECT batch_id FROM workshop.batch_metadata$$, 'a customer sees no batch metadata');

SELECT test_helpers.sign_in('worker');
SELECT results_eq($$SELECT notes FROM workshop.batch_metadata WHERE batch_id = test_helpers.id('BX')$$,
  $$VALUES ('BX metadata'::text)$$, 'a worker reads batch metadata');
SELECT is(test_helpers.row_count($$UPDATE workshop.batch_metadata SET notes = 'w'$$), 0::bigint,
  'a worker does not edit batch notes');
SELECT throws_ok($$INSERT INTO workshop.batch_metadata (batch_id, notes) VALUES (test_helpers.id('BX'), 'w')$$,
  '42501', NULL, 'a worker cannot insert batch metadata (WITH CHECK)');

SELECT test_helpers.sign_in('manager');
SELECT is(test_helpers.row_count($$UPDATE workshop.batch_metadata SET notes = 'rush job', tags = '{rush}'
                                   WHERE batch_id = test_helpers.id('BX')$$),
  1::bigint, 'a manager edits notes and tags');
SELECT throws_ok($$UPDATE workshop.batch_metadata SET total_estimated_hours = 1$$, '42501', NULL,
  'a manager cannot set the derived total_estimated_hours (column grant)');
SELECT throws_ok($$UPDATE workshop.batch_metadata SET actual_hours_spent = 1$$, '42501', NULL,
  'a manager cannot set the derived actual_hours_spent');
SELECT throws_ok($$INSERT INTO workshop.batch_metadata (batch_id, defect_rate) VALUES (test_helpers.id('BX'), 0)$$,
  '42501', NULL, 'a manager cannot insert derived figures');
SELECT lives_ok($$INSERT INTO workshop.batches (batch_number, created_by) VALUES ('T-BZ', test_helpers.id('M'));
                  INSERT INTO workshop.batch_metadata (batch_id, notes)
                  SELECT b.id, 'BZ' FROM workshop.batches b
                   WHERE b.batch_number = 'T-BZ'
                     AND NOT EXISTS (SELECT FROM workshop.batch_metadata m WHERE m.batch_id = b.id)$$,
  'a manager creates a new batch''s metadata row (unless the database already did)');
SELECT throws_ok($$DELETE FROM workshop.batch_metadata$$, '42501', NULL, 'authenticated has no DELETE on batch metadata');
RESET ROLE;

SET LOCAL ROLE service_role;
SELECT is(test_helpers.row_count($$UPDATE workshop.batch_metadata SET tags = '{imported}' WHERE batch_id = test_helpers.id('BX')$$),
  1::bigint, 'service_role writes batch metadata');
RESET ROLE;

SELECT * FROM finish();
ROLLBACK;
