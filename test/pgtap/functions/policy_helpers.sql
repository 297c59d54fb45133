-- The helpers that policies call: current_worker_role() and current_customer_id() know
-- the signed-in user only by auth.uid(); the session setting workshop.worker_id (which
-- any session may set) never makes anyone staff. Run as authenticated, as policies do.
-- Cast: test/helpers/policy_helpers.sql.
BEGIN;
SELECT plan(14);
SELECT test_helpers.policy_fixture();

SET LOCAL ROLE authenticated;
SELECT test_helpers.sign_in('worker');
SELECT is(workshop_private.current_worker_role(), 'worker'::workshop.worker_role, 'a worker is a worker');
SELECT is(workshop_private.current_customer_id(), NULL, 'a worker is no customer');
SELECT test_helpers.sign_in('manager');
SELECT is(workshop_private.current_worker_role(), 'manager'::workshop.worker_role, 'a manager is a manager');
SELECT test_helpers.sign_in('admin');
SELECT is(workshop_private.current_worker_role(), 'admin'::workshop.worker_role, 'an admin is an admin');
SELECT test_helpers.sign_in('former');
SELECT is(workshop_private.current_worker_role(), NULL, 'a former (inactive) worker has no role');
SELECT test_helpers.sign_in('customer_a');
SELECT is(workshop_private.current_worker_role(), NULL, 'a customer has no worker role');
SELECT is(workshop_private.current_customer_id(), test_helpers.id('CA'), 'a customer is their customer row');
SELECT test_helpers.sign_in('stranger');
SELECT is(workshop_private.current_customer_id(), NULL, 'a stranger is no customer');

-- Claiming to be a manager through the setting does not work, signed in or not.
SELECT set_config('workshop.worker_id', test_helpers.id('M')::text, true);
SELECT is(workshop_private.current_worker_role(), NULL, 'workshop.worker_id gives a signed-in stranger no role');
SELECT set_config('request.jwt.claims', '', true);
SELECT is(workshop_private.current_worker_role(), NULL, 'workshop.worker_id gives a session without claims no role');
SELECT is_empty($$SELECT id FROM workshop.orders$$, 'and so no staff rights');
SELECT set_config('workshop.worker_id', '', true);

-- The staff-only definer behind workshop.order_internal_notes refuses non-staff when
-- called directly too.
SELECT test_helpers.sign_in('customer_a');
SELECT throws_ok($$SELECT workshop_private.order_internal_notes(test_helpers.id('OA'))$$, '42501', NULL,
  'a customer calling workshop_private.order_internal_notes directly is refused');
RESET ROLE;

SET LOCAL ROLE anon;
SELECT set_config('request.jwt.claims', '{"role":"anon"}', true);
SELECT throws_ok($$SELECT workshop_private.current_worker_role()$$, '42501', NULL,
  'anon cannot reach workshop_private at all');
SELECT throws_ok($$SELECT workshop_private.order_internal_notes(test_helpers.id('OA'))$$, '42501', NULL,
  'anon cannot call the internal-notes definer');
RESET ROLE;

SELECT * FROM finish();
ROLLBACK;
