-- Row level security of workshop.model_production_stages as the API roles: a model's
-- stages are visible exactly when the model is; only admins manage them.
-- Cast: test/helpers/policy_helpers.sql.
BEGIN;
SELECT plan(15);
SELECT test_helpers.policy_fixture();

SET LOCAL ROLE anon;
SELECT set_config('request.jwt.claims', '{"role":"anon"}', true);
SELECT results_eq($$SELECT count(*) FROM workshop.model_production_stages$$, ARRAY[35::bigint],
  'anon reads the 35 stages of the five active models');
SELECT is_empty($$SELECT id FROM workshop.model_production_stages WHERE model_id = test_helpers.id('RETIRED')$$,
  'anon does not see the stages of a retired model');
SELECT throws_ok($$UPDATE workshop.model_production_stages SET estimated_hours = 1$$, '42501', NULL,
  'anon cannot update stages');
SELECT throws_ok($$DELETE FROM workshop.model_production_stages$$, '42501', NULL, 'anon cannot delete stages');
RESET ROLE;

SET LOCAL ROLE authenticated;
SELECT test_helpers.sign_in('customer_a');
SELECT results_eq($$SELECT id FROM workshop.model_production_stages WHERE model_id = test_helpers.id('RETIRED')$$,
  ARRAY[test_helpers.id('RETIRED_INTAKE')], 'a customer sees the stages of their order''s retired model');
SELECT test_helpers.sign_in('customer_b');
SELECT is_empty($$SELECT id FROM workshop.model_production_stages WHERE model_id = test_helpers.id('RETIRED')$$,
  'another customer does not');

SELECT test_helpers.sign_in('worker');
SELECT results_eq($$SELECT count(*) FROM workshop.model_production_stages$$, ARRAY[36::bigint],
  'a worker sees every stage');
SELECT is(test_helpers.row_count($$UPDATE workshop.model_production_stages SET estimated_hours = 1$$), 0::bigint,
  'a worker''s UPDATE of stages changes nothing');
SELECT throws_ok($$INSERT INTO workshop.model_production_stages (model_id, stage, estimated_hours, display_order)
                   VALUES (test_helpers.id('RETIRED'), 'Sanding', 1, 2)$$,
  '42501', NULL, 'a worker cannot insert stages (WITH CHECK)');
SELECT is(test_helpers.row_count($$DELETE FROM workshop.model_production_stages$$), 0::bigint,
  'a worker''s DELETE of stages deletes nothing');

SELECT test_helpers.sign_in('manager');
SELECT is(test_helpers.row_count($$DELETE FROM workshop.model_production_stages$$), 0::bigint,
  'a manager does not manage stages');

SELECT test_helpers.sign_in('admin');
SELECT is(test_helpers.row_count($$UPDATE workshop.model_production_stages SET estimated_hours = 0.5
                                   WHERE id = test_helpers.id('RETIRED_INTAKE')$$),
  1::bigint, 'an admin edits a stage');
SELECT lives_ok($$INSERT INTO workshop.model_production_stages (model_id, stage, estimated_hours, display_order)
                  VALUES (test_helpers.id('RETIRED'), 'Sanding', 0.5, 2)$$, 'an admin adds a stage');
SELECT is(test_helpers.row_count($$DELETE FROM workshop.model_production_stages
                                   WHERE model_id = test_helpers.id('RETIRED') AND stage = 'Sanding'$$),
  1::bigint, 'an admin deletes a stage');
RESET ROLE;

SET LOCAL ROLE service_role;
SELECT results_eq($$SELECT count(*) FROM workshop.model_production_stages$$, ARRAY[36::bigint],
  'service_role reads every stage');
RESET ROLE;

SELECT * FROM finish();
ROLLBACK;
