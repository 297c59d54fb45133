-- Rule batch_membership under multi-row statements: the joining orders of one INSERT
-- become in_production with one history row each (the batch as reason when the caller
-- gave none); one order that is not pending refuses the whole statement, which then
-- writes nothing.
BEGIN;
SELECT plan(6);

INSERT INTO workshop.workers (id, name, email, role)
VALUES ('a7300000-0000-4000-8000-000000000001', 'Bulk Member', 'bulk.member@example.com', 'manager');
SET LOCAL workshop.worker_id = 'a7300000-0000-4000-8000-000000000001';
INSERT INTO workshop.orders (id, order_number, model_id, wood_type)
SELECT ('b7300000-0000-4000-8000-00000000000' || n)::uuid, 'SBO-' || n,
       (SELECT id FROM workshop.headphone_models WHERE name = 'Eikon'), 'Walnut'
  FROM generate_series(1, 6) n;
INSERT INTO workshop.batches (id, batch_number) VALUES
  ('d7300000-0000-4000-8000-000000000001', 'SBO-B1'),
  ('d7300000-0000-4000-8000-000000000002', 'SBO-B2');
SELECT workshop.set_order_status('b7300000-0000-4000-8000-000000000006', 'on_hold') IS NOT NULL AS held \gset

INSERT INTO workshop.batch_orders (batch_id, order_id)
SELECT CASE WHEN n <= 2 THEN 'd7300000-0000-4000-8000-000000000001'::uuid
            ELSE 'd7300000-0000-4000-8000-000000000002'::uuid END,
       ('b7300000-0000-4000-8000-00000000000' || n)::uuid
  FROM generate_series(1, 4) n;
SELECT set_eq(
  $$SELECT o.order_number, h.old_status, h.new_status, h.changed_by, h.reason
      FROM workshop.order_status_history h JOIN workshop.orders o ON o.id = h.order_id
     WHERE o.order_number BETWEEN 'SBO-1' AND 'SBO-4' AND h.old_status IS NOT NULL$$,
  $$SELECT 'SBO-' || n AS o, 'pending'::workshop.order_status AS f, 'in_production'::workshop.order_status AS t,
           'a7300000-0000-4000-8000-000000000001'::uuid AS w, 'joined batch SBO-B' || CASE WHEN n <= 2 THEN 1 ELSE 2 END AS r
      FROM generate_series(1, 4) n$$,
  'a 4-row INSERT over two batches: each order in_production once, its batch as reason, the actor');

SET LOCAL workshop.change_reason = 'rebalancing';
UPDATE workshop.batch_orders SET is_active = false
 WHERE order_id IN ('b7300000-0000-4000-8000-000000000001', 'b7300000-0000-4000-8000-000000000003');
SELECT set_eq(
  $$SELECT o.order_number, h.new_status, h.reason
      FROM workshop.order_status_history h JOIN workshop.orders o ON o.id = h.order_id
     WHERE o.order_number LIKE 'SBO-%' AND h.old_status = 'in_production'$$,
  $$VALUES ('SBO-1', 'pending'::workshop.order_status, 'rebalancing'), ('SBO-3', 'pending', 'rebalancing')$$,
  'a 2-row UPDATE ending memberships in two batches: both orders pending, the caller''s reason');

-- One order on hold among pending ones: nothing is written.
SELECT test_helpers.throws_rule(
  $$INSERT INTO workshop.batch_orders (batch_id, order_id)
    VALUES ('d7300000-0000-4000-8000-000000000001', 'b7300000-0000-4000-8000-000000000005'),
           ('d7300000-0000-4000-8000-000000000001', 'b7300000-0000-4000-8000-000000000006')$$,
  '23514', 'batch_membership', 'a 2-row INSERT with one order on hold is refused');
SELECT is((SELECT count(*) FROM workshop.batch_orders WHERE order_id IN
            ('b7300000-0000-4000-8000-000000000005', 'b7300000-0000-4000-8000-000000000006')),
  0::bigint, 'the refused INSERT wrote no membership');
SELECT is((SELECT status FROM workshop.orders WHERE order_number = 'SBO-5'), 'pending'::workshop.order_status,
  'and the pending order of it stayed pending');
SELECT is((SELECT (test_helpers.error_of(
            $$INSERT INTO workshop.batch_orders (batch_id, order_id)
              VALUES ('d7300000-0000-4000-8000-000000000001', 'b7300000-0000-4000-8000-000000000005'),
                     ('d7300000-0000-4000-8000-000000000001', 'b7300000-0000-4000-8000-000000000006')$$)).err_message),
  'order SBO-6 is on_hold: only pending orders can join a batch (batch SBO-B1)',
  'the message names the refused order, its status and the batch');

SELECT * FROM finish();
ROLLBACK;
