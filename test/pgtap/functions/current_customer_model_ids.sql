-- workshop_private.current_customer_model_ids(): the models of the signed-in customer's
-- orders, for the customer policy of headphone_models. Known by auth.uid() only; run as
-- authenticated, as the policy does. Cast: test/helpers/policy_helpers.sql.
BEGIN;
SELECT plan(7);
SELECT test_helpers.policy_fixture();

SET LOCAL ROLE authenticated;
SELECT test_helpers.sign_in('customer_a');
SELECT is(workshop_private.current_customer_model_ids(), ARRAY[test_helpers.id('RETIRED')],
  'a customer: the models of their orders (OA, on the retired model)');
SELECT test_helpers.sign_in('customer_b');
SELECT is(workshop_private.current_customer_model_ids(),
  ARRAY[(SELECT id FROM workshop.headphone_models WHERE name = 'Atticus')],
  'another customer: theirs only (OB, on Atticus)');
SELECT test_helpers.sign_in('worker');
SELECT is(workshop_private.current_customer_model_ids(), NULL, 'a worker is no customer: NULL');
SELECT test_helpers.sign_in('stranger');
SELECT is(workshop_private.current_customer_model_ids(), NULL, 'a signed-in stranger: NULL');
SELECT set_config('request.jwt.claims', '', true);
SELECT is(workshop_private.current_customer_model_ids(), NULL, 'a session without claims: NULL');
RESET ROLE;

SELECT ok(NOT has_function_privilege('anon', 'workshop_private.current_customer_model_ids()', 'EXECUTE'),
  'anon may not call it (the anon policy calls no helper)');
SELECT is((SELECT proconfig FROM pg_proc WHERE oid = 'workshop_private.current_customer_model_ids()'::regprocedure),
  ARRAY['search_path=""'], 'SECURITY DEFINER with an empty search_path');

SELECT * FROM finish();
ROLLBACK;
