-- Row level security of workshop.orders, tested as the API roles (never as the owner):
-- customers see their own orders and never internal_notes; staff read all orders and
-- internal_notes through workshop.order_internal_notes(); managers enter and change
-- orders; nobody but service_role deletes one. Cast: test/helpers/policy_helpers.sql.
BEGIN;
SELECT plan(32);
SELECT test_helpers.policy_fixture();

-- anon: nothing at all.
SET LOCAL ROLE anon;
SELECT set_config('request.jwt.claims', '{"role":"anon"}', true);
SELECT throws_ok($$SELECT id FROM workshop.orders$$, '42501', NULL, 'anon cannot read orders');
SELECT throws_ok($$SELECT workshop.order_internal_notes(test_helpers.id('OA'))$$, '42501', NULL,
  'anon cannot call order_internal_notes');
SELECT throws_ok($$INSERT INTO workshop.orders (order_number, model_id, wood_type)
                   SELECT 'T-ANON', m.id, 'Walnut' FROM workshop.headphone_models m WHERE m.name = 'Atticus'$$,
  '42501', NULL, 'anon cannot insert orders');
RESET ROLE;

-- customer A: own orders only, never internal_notes, no writes.
SET LOCAL ROLE authenticated;
SELECT test_helpers.sign_in('customer_a');
SELECT results_eq($$SELECT order_number, notes FROM workshop.orders$$,
  $$VALUES ('T-OA', 'OA note')$$, 'a customer sees exactly their own orders');
SELECT is_empty($$SELECT id FROM workshop.orders WHERE id = test_helpers.id('OB')$$,
  'a customer does not see another customer''s order');
SELECT throws_ok($$SELECT internal_notes FROM workshop.orders$$, '42501', NULL,
  'a customer cannot select internal_notes (column privilege)');
SELECT throws_ok($$SELECT * FROM workshop.orders$$, '42501', NULL,
  'select * includes internal_notes, so it is refused');
SELECT throws_ok($$SELECT id FROM workshop.orders WHERE internal_notes LIKE 'OA%'$$, '42501', NULL,
  'a customer cannot probe internal_notes in a WHERE clause');
SELECT throws_ok($$SELECT o.id FROM workshop.orders o ORDER BY o.internal_notes$$, '42501', NULL,
  'a customer cannot sort by internal_notes');
SELECT throws_ok($$SELECT workshop.order_internal_notes(test_helpers.id('OA'))$$, '42501', NULL,
  'order_internal_notes refuses a customer, even for their own order');
SELECT throws_ok($$UPDATE workshop.orders SET notes = 'x' WHERE id = test_helpers.id('OA') RETURNING internal_notes$$,
  '42501', NULL, 'a customer cannot read internal_notes through RETURNING');
SELECT is(test_helpers.row_count($$UPDATE workshop.orders SET notes = 'changed' WHERE id = test_helpers.id('OA')$$),
  0::bigint, 'a customer''s UPDATE of their own order changes nothing');
SELECT throws_ok($$INSERT INTO workshop.orders (order_number, customer_id, model_id, wood_type)
                   SELECT 'T-SELF', test_helpers.id('CA'), m.id, 'Walnut' FROM workshop.headphone_models m WHERE m.name = 'Atticus'$$,
  '42501', NULL, 'a customer cannot insert orders (WITH CHECK)');
SELECT throws_ok($$DELETE FROM workshop.orders WHERE id = test_helpers.id('OA')$$, '42501', NULL,
  'authenticated has no DELETE on orders');

-- customer B sees their own, not A's.
SELECT test_helpers.sign_in('customer_b');
SELECT results_eq($$SELECT order_number FROM workshop.orders$$, $$VALUES ('T-OB')$$,
  'customer B sees only T-OB');

-- A signed-in stranger and a former (inactive) manager see nothing.
SELECT test_helpers.sign_in('stranger');
SELECT is_empty($$SELECT id FROM workshop.orders$$, 'a signed-in stranger sees no order');
SELECT test_helpers.sign_in('former');
SELECT is_empty($$SELECT id FROM workshop.orders$$, 'a former manager sees no order');
SELECT is(test_helpers.row_count($$UPDATE workshop.orders SET priority = 'rush'$$), 0::bigint,
  'a former manager changes no order');

-- worker: reads all orders and, through the function, internal_notes; changes nothing.
SELECT test_helpers.sign_in('worker');
SELECT results_eq($$SELECT order_number FROM workshop.orders ORDER BY order_number$$,
  $$VALUES ('T-OA'), ('T-OB')$$, 'a worker sees every order');
SELECT is(workshop.order_internal_notes(test_helpers.id('OA')), 'OA staff only',
  'a worker reads internal_notes through order_internal_notes()');
SELECT throws_ok($$SELECT internal_notes FROM workshop.orders$$, '42501', NULL,
  'the column itself stays closed to staff too (one role for all signed-in users)');
SELECT is(test_helpers.row_count($$UPDATE workshop.orders SET status = 'on_hold' WHERE id = test_helpers.id('OB')$$),
  0::bigint, 'a worker cannot change an order''s status');
SELECT throws_ok($$INSERT INTO workshop.orders (order_number, model_id, wood_type)
                   SELECT 'T-W', m.id, 'Walnut' FROM workshop.headphone_models m WHERE m.name = 'Atticus'$$,
  '42501', NULL, 'a worker cannot insert orders');

-- manager: enters orders, changes status and priority and internal notes; no delete.
SELECT test_helpers.sign_in('manager');
SELECT is(test_helpers.row_count($$UPDATE workshop.orders SET priority = 'rush' WHERE id = test_helpers.id('OB')$$),
  1::bigint, 'a manager sets an order''s priority');
SELECT is(test_helpers.row_count($$UPDATE workshop.orders SET status = 'on_hold' WHERE id = test_helpers.id('OB')$$),
  1::bigint, 'a manager changes an order''s status');
SELECT is(test_helpers.row_count($$UPDATE workshop.orders SET internal_notes = 'OB revised' WHERE id = test_helpers.id('OB')$$),
  1::bigint, 'a manager writes internal notes');
SELECT is(workshop.order_internal_notes(test_helpers.id('OB')), 'OB revised',
  'and reads them back through order_internal_notes()');
SELECT lives_ok($$INSERT INTO workshop.orders (order_number, customer_id, model_id, wood_type)
                  SELECT 'T-HAND', test_helpers.id('CB'), m.id, 'Cherry' FROM workshop.headphone_models m WHERE m.name = 'Eikon'$$,
  'a manager enters an order by hand');
SELECT throws_ok($$DELETE FROM workshop.orders WHERE id = test_helpers.id('OB')$$, '42501', NULL,
  'a manager cannot delete orders: they are cancelled');

-- admin: a manager and more.
SELECT test_helpers.sign_in('admin');
SELECT is(test_helpers.row_count($$UPDATE workshop.orders SET due_date = '2027-01-31' WHERE id = test_helpers.id('OA')$$),
  1::bigint, 'an admin changes orders');
RESET ROLE;

-- service_role (the Shopify import): everything, internal_notes included.
SET LOCAL ROLE service_role;
SELECT set_config('request.jwt.claims', '{"role":"service_role"}', true);
SELECT results_eq($$SELECT internal_notes FROM workshop.orders WHERE id = test_helpers.id('OA')$$,
  $$VALUES ('OA staff only'::text)$$, 'service_role reads internal_notes');
SELECT is(test_helpers.row_count($$UPDATE workshop.orders SET notes = 'imported' WHERE customer_id IS NOT NULL$$),
  3::bigint, 'service_role updates every order (it bypasses row level security)');
RESET ROLE;

SELECT * FROM finish();
ROLLBACK;
