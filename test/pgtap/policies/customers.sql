-- Row level security of workshop.customers as the API roles: a customer reads their own
-- row, staff read all, managers enter and edit customers, only service_role deletes.
-- Cast: test/helpers/policy_helpers.sql.
BEGIN;
SELECT plan(14);
SELECT test_helpers.policy_fixture();

SET LOCAL ROLE anon;
SELECT set_config('request.jwt.claims', '{"role":"anon"}', true);
SELECT throws_ok($$SELECT id FROM workshop.customers$$, '42501', NULL, 'anon cannot read customers');
RESET ROLE;

SET LOCAL ROLE authenticated;
SELECT test_helpers.sign_in('customer_a');
SELECT results_eq($$SELECT name FROM workshop.customers$$, $$VALUES ('Alice Customer')$$,
  'a customer reads exactly their own row');
SELECT is_empty($$SELECT id FROM workshop.customers WHERE id = test_helpers.id('CB')$$,
  'a customer does not see another customer');
SELECT is(test_helpers.row_count($$UPDATE workshop.customers SET phone = '1' WHERE id = test_helpers.id('CA')$$),
  0::bigint, 'a customer''s UPDATE of their own row changes nothing');
SELECT throws_ok($$INSERT INTO workshop.customers (name, email) VALUES ('Self', 'self@policy.test')$$,
  '42501', NULL, 'a customer cannot insert customers (WITH CHECK)');
SELECT throws_ok($$DELETE FROM workshop.customers WHERE id = test_helpers.id('CA')$$, '42501', NULL,
  'authenticated has no DELETE on customers');
SELECT test_helpers.sign_in('stranger');
SELECT is_empty($$SELECT id FROM workshop.customers$$, 'a signed-in stranger sees no customer');

SELECT test_helpers.sign_in('worker');
SELECT results_eq($$SELECT count(*) FROM workshop.customers$$, ARRAY[2::bigint], 'a worker reads every customer');
SELECT is(test_helpers.row_count($$UPDATE workshop.customers SET phone = '1'$$), 0::bigint,
  'a worker does not edit customers');
SELECT throws_ok($$INSERT INTO workshop.customers (name, email) VALUES ('W', 'w@policy.test')$$,
  '42501', NULL, 'a worker cannot insert customers');

SELECT test_helpers.sign_in('manager');
SELECT is(test_helpers.row_count($$UPDATE workshop.customers SET phone = '+41 1' WHERE id = test_helpers.id('CA')$$),
  1::bigint, 'a manager edits a customer');
SELECT lives_ok($$INSERT INTO workshop.customers (name, email) VALUES ('Walk In', 'walk.in@policy.test')$$,
  'a manager enters a customer');
SELECT throws_ok($$DELETE FROM workshop.customers WHERE email = 'walk.in@policy.test'$$, '42501', NULL,
  'a manager cannot delete customers');
RESET ROLE;

SET LOCAL ROLE service_role;
SELECT is(test_helpers.row_count($$DELETE FROM workshop.customers WHERE email = 'walk.in@policy.test'$$),
  1::bigint, 'service_role deletes a customer');
RESET ROLE;

SELECT * FROM finish();
ROLLBACK;
