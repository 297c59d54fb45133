-- Rule order_status_transition for new orders, set-based: one statement trigger checks
-- that every order of an INSERT starts as pending; one that does not refuses the whole
-- statement, which then writes nothing, naming the order and its status. Changes of
-- status are still checked per row.
BEGIN;
SELECT plan(6);

INSERT INTO workshop.workers (id, name, email, role)
VALUES ('a7400000-0000-4000-8000-000000000001', 'Bulk Start', 'bulk.start@example.com', 'manager');
SET LOCAL workshop.worker_id = 'a7400000-0000-4000-8000-000000000001';

CREATE TEMP VIEW start_insert AS SELECT $q$
  INSERT INTO workshop.orders (order_number, model_id, wood_type, status)
  SELECT 'SST-' || n, (SELECT id FROM workshop.headphone_models WHERE name = 'Eikon'), 'Walnut',
         CASE WHEN n = 42 THEN 'shipped' ELSE 'pending' END::workshop.order_status
    FROM generate_series(1, 200) n$q$ AS q;
SELECT test_helpers.throws_rule((SELECT q FROM start_insert), '23514', 'order_status_transition',
  'a 200-row INSERT with one order not pending is refused');
SELECT is(
  (SELECT (e.err_message, e.err_hint)::text FROM test_helpers.error_of((SELECT q FROM start_insert)) e),
  ('order SST-42 must start as pending, not shipped',
   'insert it as pending, then change its status with workshop.set_order_status')::text,
  'the message names the order and its status, the hint the way');
SELECT is((SELECT count(*) FROM workshop.orders WHERE order_number LIKE 'SST-%'), 0::bigint,
  'the refused INSERT wrote no order');
SELECT is((SELECT count(*) FROM workshop.order_status_history h
            WHERE NOT EXISTS (SELECT FROM workshop.orders o WHERE o.id = h.order_id)), 0::bigint,
  'and no history row');
SELECT lives_ok($$INSERT INTO workshop.orders (order_number, model_id, wood_type)
                  SELECT 'SSP-' || n, (SELECT id FROM workshop.headphone_models WHERE name = 'Eikon'), 'Walnut'
                    FROM generate_series(1, 200) n$$,
  'the same 200 orders, all pending, are accepted');
SELECT test_helpers.throws_rule(
  $$UPDATE workshop.orders SET status = 'delivered' WHERE order_number = 'SSP-1'$$,
  '23514', 'order_status_transition', 'a change of status still follows the graph (pending cannot be delivered)');

SELECT * FROM finish();
ROLLBACK;
