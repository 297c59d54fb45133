-- Row level security of workshop.workers as the API roles: staff read the staff list,
-- only admins manage it, customers and anon see no worker. Cast:
-- test/helpers/policy_helpers.sql.
BEGIN;
SELECT plan(16);
SELECT test_helpers.policy_fixture();

SET LOCAL ROLE anon;
SELECT set_config('request.jwt.claims', '{"role":"anon"}', true);
SELECT throws_ok($$SELECT id FROM workshop.workers$$, '42501', NULL, 'anon cannot read workers');
RESET ROLE;

SET LOCAL ROLE authenticated;
SELECT test_helpers.sign_in('customer_a');
SELECT is_empty($$SELECT id FROM workshop.workers$$, 'a customer sees no worker');
SELECT is(test_helpers.row_count($$UPDATE workshop.workers SET role = 'admin'$$), 0::bigint,
  'a customer''s UPDATE of workers changes nothing');
SELECT test_helpers.sign_in('stranger');
SELECT is_empty($$SELECT id FROM workshop.workers$$, 'a signed-in stranger sees no worker');
SELECT test_helpers.sign_in('former');
SELECT is_empty($$SELECT id FROM workshop.workers$$, 'a former worker sees no worker, not even themselves');

SELECT test_helpers.sign_in('worker');
SELECT results_eq($$SELECT count(*) FROM workshop.workers$$, ARRAY[5::bigint], 'a worker reads the staff list');
SELECT is(test_helpers.row_count($$UPDATE workshop.workers SET role = 'admin' WHERE id = test_helpers.id('W')$$),
  0::bigint, 'a worker cannot promote themselves');
SELECT throws_ok($$INSERT INTO workshop.workers (name, email, role) VALUES ('Sneaky', 'sneaky@policy.test', 'admin')$$,
  '42501', NULL, 'a worker cannot add workers (WITH CHECK)');
SELECT is(test_helpers.row_count($$DELETE FROM workshop.workers WHERE id = test_helpers.id('N')$$), 0::bigint,
  'a worker''s DELETE of workers deletes nothing');

SELECT test_helpers.sign_in('manager');
SELECT is(test_helpers.row_count($$UPDATE workshop.workers SET is_active = false WHERE id = test_helpers.id('W')$$),
  0::bigint, 'a manager does not manage workers');
SELECT throws_ok($$INSERT INTO workshop.workers (name, email) VALUES ('Hire', 'hire@policy.test')$$,
  '42501', NULL, 'a manager cannot add workers');

SELECT test_helpers.sign_in('admin');
SELECT lives_ok($$INSERT INTO workshop.workers (name, email) VALUES ('New Hire', 'new.hire@policy.test')$$,
  'an admin adds a worker');
SELECT is(test_helpers.row_count($$UPDATE workshop.workers SET role = 'manager' WHERE id = test_helpers.id('N')$$),
  1::bigint, 'an admin changes a worker''s role');
SELECT is(test_helpers.row_count($$DELETE FROM workshop.workers WHERE email = 'new.hire@policy.test'$$),
  1::bigint, 'an admin deletes a worker who never acted');
SELECT throws_ok($$DELETE FROM workshop.workers WHERE id = test_helpers.id('W')$$, '23503', NULL,
  'a worker with history stays (deactivate instead)');
RESET ROLE;

SET LOCAL ROLE service_role;
SELECT results_eq($$SELECT count(*) FROM workshop.workers$$, ARRAY[5::bigint], 'service_role reads every worker');
RESET ROLE;

SELECT * FROM finish();
ROLLBACK;
