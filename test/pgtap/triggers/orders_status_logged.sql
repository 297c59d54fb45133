-- Rule order_status_logged, set-based: the history of a multi-row statement is one row per
-- order whose status changed, each with the acting worker and the reason of the
-- statement; a statement with one refused row writes nothing.
BEGIN;
SELECT plan(9);

INSERT INTO workshop.workers (id, name, email, role)
VALUES ('a7100000-0000-4000-8000-000000000001', 'Bulk Logger', 'bulk.logger@example.com', 'manager');
SET LOCAL workshop.worker_id = 'a7100000-0000-4000-8000-000000000001';
SET LOCAL workshop.change_reason = 'shop import';

INSERT INTO workshop.orders (id, order_number, model_id, wood_type)
SELECT ('b7100000-0000-4000-8000-00000000000' || n)::uuid, 'SBL-' || n,
       (SELECT id FROM workshop.headphone_models WHERE name = 'Eikon'), 'Walnut'
  FROM generate_series(1, 4) n;
CREATE TEMP VIEW sbl_history AS
  SELECT o.order_number, h.old_status, h.new_status, h.changed_by, h.reason
    FROM workshop.order_status_history h JOIN workshop.orders o ON o.id = h.order_id
   WHERE o.order_number LIKE 'SBL-%';

SELECT set_eq('SELECT * FROM sbl_history',
  $$SELECT 'SBL-' || n AS o, NULL::workshop.order_status AS f, 'pending'::workshop.order_status AS t,
           'a7100000-0000-4000-8000-000000000001'::uuid AS w, 'shop import' AS r FROM generate_series(1, 4) n$$,
  'a 4-row INSERT writes exactly one history row per order, with the actor and the reason');

SET LOCAL workshop.change_reason = 'customer asked to wait';
UPDATE workshop.orders
   SET status = CASE WHEN order_number IN ('SBL-1', 'SBL-2') THEN 'on_hold'::workshop.order_status ELSE status END,
       notes = 'touched'
 WHERE order_number LIKE 'SBL-%';
SELECT set_eq($$SELECT * FROM sbl_history WHERE old_status IS NOT NULL$$,
  $$VALUES ('SBL-1', 'pending'::workshop.order_status, 'on_hold'::workshop.order_status,
            'a7100000-0000-4000-8000-000000000001'::uuid, 'customer asked to wait'),
           ('SBL-2', 'pending', 'on_hold', 'a7100000-0000-4000-8000-000000000001'::uuid, 'customer asked to wait')$$,
  'an UPDATE of 4 orders logs only the 2 whose status changed');

UPDATE workshop.orders SET notes = 'touched again' WHERE order_number LIKE 'SBL-%';
SELECT is((SELECT count(*) FROM sbl_history), 6::bigint, 'an UPDATE that changes no status logs nothing');

-- Mixed valid and invalid rows: the whole statement is refused and writes nothing.
SELECT test_helpers.throws_rule(
  $$INSERT INTO workshop.orders (order_number, model_id, wood_type, status)
    SELECT 'SBL-X' || n, (SELECT id FROM workshop.headphone_models WHERE name = 'Eikon'), 'Walnut',
           CASE WHEN n = 3 THEN 'in_production' ELSE 'pending' END::workshop.order_status
      FROM generate_series(1, 3) n$$,
  '23514', 'order_status_transition', 'a 3-row INSERT with one order not pending is refused');
SELECT is((SELECT count(*) FROM workshop.orders WHERE order_number LIKE 'SBL-X%'), 0::bigint,
  'the refused INSERT wrote no order');
SELECT test_helpers.throws_rule(
  $$UPDATE workshop.orders
       SET status = CASE WHEN order_number = 'SBL-1' THEN 'delivered' ELSE 'cancelled' END::workshop.order_status
     WHERE order_number LIKE 'SBL-%'$$,
  '23514', 'order_status_transition', 'an UPDATE with one forbidden move (on_hold to delivered) is refused');
SELECT results_eq(
  $$SELECT order_number, status FROM workshop.orders WHERE order_number LIKE 'SBL-%' ORDER BY order_number$$,
  $$VALUES ('SBL-1', 'on_hold'::workshop.order_status), ('SBL-2', 'on_hold'::workshop.order_status),
           ('SBL-3', 'pending'::workshop.order_status), ('SBL-4', 'pending'::workshop.order_status)$$,
  'the refused UPDATE changed no status');
SELECT is((SELECT count(*) FROM sbl_history), 6::bigint, 'and logged nothing');

-- Without an acting worker or a reason the rows still come, with NULLs.
RESET workshop.worker_id;
RESET workshop.change_reason;
UPDATE workshop.orders SET status = 'pending' WHERE order_number IN ('SBL-1', 'SBL-2');
SELECT set_eq($$SELECT order_number, changed_by, reason FROM sbl_history WHERE old_status = 'on_hold'$$,
  $$VALUES ('SBL-1', NULL::uuid, NULL::text), ('SBL-2', NULL, NULL)$$,
  'without an acting worker and a reason the history rows are written with NULLs');

SELECT * FROM finish();
ROLLBACK;
