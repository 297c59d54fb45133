-- Row level security of workshop.headphone_models as the API roles: the catalogue is
-- public (active models), customers also see the models of their own orders, staff see
-- all, only admins manage it. Cast: test/helpers/policy_helpers.sql.
BEGIN;
SELECT plan(19);
SELECT test_helpers.policy_fixture();

SET LOCAL ROLE anon;
SELECT set_config('request.jwt.claims', '{"role":"anon"}', true);
SELECT results_eq($$SELECT name FROM workshop.headphone_models ORDER BY name$$,
  $$VALUES ('Atticus'), ('Auteur'), ('Caldera'), ('Eikon'), ('Verite')$$,
  'anon reads the active models only');
SELECT throws_ok($$INSERT INTO workshop.headphone_models (name, sku_prefix, complexity, base_production_hours, wood_types, base_price)
                   VALUES ('Anon', 'ANX', 'low', 1, ARRAY['Walnut']::workshop.wood_type[], 1)$$,
  '42501', NULL, 'anon cannot insert models');
SELECT throws_ok($$UPDATE workshop.headphone_models SET base_price = 1$$, '42501', NULL, 'anon cannot update models');
SELECT throws_ok($$DELETE FROM workshop.headphone_models$$, '42501', NULL, 'anon cannot delete models');
RESET ROLE;

SET LOCAL ROLE authenticated;
SELECT test_helpers.sign_in('customer_a');
SELECT results_eq($$SELECT count(*) FROM workshop.headphone_models WHERE id = test_helpers.id('RETIRED')$$,
  ARRAY[1::bigint], 'a customer sees the retired model of their own order');
SELECT test_helpers.sign_in('customer_b');
SELECT is_empty($$SELECT id FROM workshop.headphone_models WHERE id = test_helpers.id('RETIRED')$$,
  'another customer does not see the retired model');
-- The customer policy is one helper call per statement, not a subquery of orders (with
-- the policies of orders inside it) planned in every statement that reads models.
SELECT doesnt_match(test_helpers.plan_of($$SELECT id, name FROM workshop.headphone_models$$),
  '"Relation Name": "orders"', 'a customer''s read of models plans no scan of orders');
SELECT test_helpers.sign_in('manager');
SELECT doesnt_match(test_helpers.plan_of($$SELECT id, name FROM workshop.headphone_models$$),
  '"Relation Name": "orders"', 'nor a manager''s');
SELECT test_helpers.sign_in('stranger');
SELECT results_eq($$SELECT count(*) FROM workshop.headphone_models$$, ARRAY[5::bigint],
  'a signed-in stranger sees the active models');

SELECT test_helpers.sign_in('worker');
SELECT results_eq($$SELECT count(*) FROM workshop.headphone_models$$, ARRAY[6::bigint],
  'a worker sees every model, retired ones too');
SELECT throws_ok($$INSERT INTO workshop.headphone_models (name, sku_prefix, complexity, base_production_hours, wood_types, base_price)
                   VALUES ('Worker', 'WRX', 'low', 1, ARRAY['Walnut']::workshop.wood_type[], 1)$$,
  '42501', NULL, 'a worker cannot insert models (WITH CHECK)');
SELECT is(test_helpers.row_count($$UPDATE workshop.headphone_models SET base_price = 1$$), 0::bigint,
  'a worker''s UPDATE of models changes nothing');
SELECT is(test_helpers.row_count($$DELETE FROM workshop.headphone_models$$), 0::bigint,
  'a worker''s DELETE of models deletes nothing');

SELECT test_helpers.sign_in('manager');
SELECT is(test_helpers.row_count($$UPDATE workshop.headphone_models SET base_price = 1$$), 0::bigint,
  'a manager does not manage the catalogue');

SELECT test_helpers.sign_in('admin');
SELECT lives_ok($$INSERT INTO workshop.headphone_models (name, sku_prefix, complexity, base_production_hours, wood_types, base_price)
                  VALUES ('Admin Model', 'ADX', 'low', 2, ARRAY['Cherry']::workshop.wood_type[], 10)$$,
  'an admin adds a model');
SELECT is(test_helpers.row_count($$UPDATE workshop.headphone_models SET base_price = 549 WHERE name = 'Atticus'$$),
  1::bigint, 'an admin edits a model');
SELECT is(test_helpers.row_count($$DELETE FROM workshop.headphone_models WHERE name = 'Admin Model'$$),
  1::bigint, 'an admin deletes an unused model');
SELECT throws_ok($$DELETE FROM workshop.headphone_models WHERE name = 'Atticus'$$, '23503', NULL,
  'a model that orders use stays (retire it instead)');
RESET ROLE;

SET LOCAL ROLE service_role;
SELECT is(test_helpers.row_count($$UPDATE workshop.headphone_models SET updated_at = now()$$), 6::bigint,
  'service_role updates every model');
RESET ROLE;

SELECT * FROM finish();
ROLLBACK;
