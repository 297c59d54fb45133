-- Rule batch_completion: moving into Shipping makes the active orders ready_to_ship,
-- a rework out of Shipping returns them to in_production; a batch completes only at
-- Shipping with every active order ready; completion ships the orders and closes the
-- memberships; a complete batch is frozen. Every order change goes through the
-- transition rule and the history.
BEGIN;
SELECT plan(19);

INSERT INTO workshop.workers (id, name, email, role)
VALUES ('a8000000-0000-4000-8000-000000000001', 'Completion Tester', 'completion.tester@example.com', 'manager');
SET LOCAL workshop.worker_id = 'a8000000-0000-4000-8000-000000000001';
INSERT INTO workshop.orders (id, order_number, model_id, wood_type)
SELECT ('b8000000-0000-4000-8000-00000000000' || n)::uuid, 'CMP-' || n,
       (SELECT id FROM workshop.headphone_models WHERE name = 'Caldera'), 'Ziricote'
  FROM generate_series(1, 3) n;
INSERT INTO workshop.batches (id, batch_number) VALUES ('d8000000-0000-4000-8000-000000000001', 'CMP-B1');
SELECT count(workshop.add_order_to_batch('d8000000-0000-4000-8000-000000000001', ('b8000000-0000-4000-8000-00000000000' || n)::uuid)) AS added
  FROM generate_series(1, 3) n \gset

SELECT test_helpers.throws_rule(
  $$INSERT INTO workshop.batches (batch_number, is_complete, actual_completion) VALUES ('CMP-BAD', true, current_date)$$,
  '23514', 'batch_completion', 'a batch cannot be created complete');
SELECT test_helpers.throws_rule(
  $$SELECT workshop.complete_batch('d8000000-0000-4000-8000-000000000001')$$,
  '23514', 'batch_completion', 'a batch at Intake cannot be completed');
SELECT count(workshop.advance_batch('d8000000-0000-4000-8000-000000000001')) AS advanced FROM generate_series(1, 5) \gset
SELECT test_helpers.throws_rule(
  $$UPDATE workshop.batches SET is_complete = true, actual_completion = current_date WHERE id = 'd8000000-0000-4000-8000-000000000001'$$,
  '23514', 'batch_completion', 'nor at Acoustic QC (direct UPDATE)');
SELECT is((SELECT is_complete FROM workshop.batches WHERE id = 'd8000000-0000-4000-8000-000000000001'), false,
  'the refused completion changed nothing');

-- Into Shipping: in_production orders become ready_to_ship; one on hold stays on hold.
SELECT workshop.set_order_status('b8000000-0000-4000-8000-000000000003', 'on_hold', 'customer asked to wait') IS NOT NULL AS held \gset
SELECT lives_ok($$SELECT workshop.advance_batch('d8000000-0000-4000-8000-000000000001', 'QC passed')$$,
  'Acoustic QC to Shipping');
SELECT results_eq(
  $$SELECT o.order_number, o.status::text, h.reason FROM workshop.orders o
      JOIN LATERAL (SELECT reason FROM workshop.order_status_history h WHERE h.order_id = o.id ORDER BY id DESC LIMIT 1) h ON true
     WHERE o.order_number LIKE 'CMP-%' ORDER BY 1$$,
  $$VALUES ('CMP-1', 'ready_to_ship', 'QC passed'), ('CMP-2', 'ready_to_ship', 'QC passed'),
           ('CMP-3', 'on_hold', 'customer asked to wait')$$,
  'the orders in production are ready_to_ship, logged with the move''s reason; the one on hold is not');
SELECT test_helpers.throws_rule(
  $$SELECT workshop.complete_batch('d8000000-0000-4000-8000-000000000001')$$,
  '23514', 'batch_completion', 'a batch with an order on hold cannot complete');
SELECT is(
  (SELECT e.err_message FROM test_helpers.error_of($$SELECT workshop.complete_batch('d8000000-0000-4000-8000-000000000001')$$) e),
  'batch CMP-B1 has orders that are not ready to ship: CMP-3 (on_hold)', 'the message lists the orders in the way');

-- Rework out of Shipping and back.
SELECT workshop.set_batch_quality('d8000000-0000-4000-8000-000000000001', 'warning', 'hum on one unit') IS NOT NULL AS warned \gset
SELECT lives_ok($$SELECT workshop.rework_batch('d8000000-0000-4000-8000-000000000001', 'Acoustic QC', 'hum on one unit')$$,
  'rework from Shipping back to Acoustic QC');
SELECT results_eq(
  $$SELECT o.status::text, count(*)::int FROM workshop.orders o WHERE o.order_number LIKE 'CMP-%' GROUP BY 1 ORDER BY 1$$,
  $$VALUES ('in_production', 2), ('on_hold', 1)$$,
  'the ready orders are back in_production');
SELECT is(
  (SELECT reason FROM workshop.order_status_history WHERE order_id = 'b8000000-0000-4000-8000-000000000001' ORDER BY id DESC LIMIT 1),
  'hum on one unit', 'with the rework''s reason');
SELECT workshop.set_order_status('b8000000-0000-4000-8000-000000000003', 'in_production', 'customer ready') IS NOT NULL AS resumed \gset
SELECT workshop.set_batch_quality('d8000000-0000-4000-8000-000000000001', 'good') IS NOT NULL AS good \gset
SELECT workshop.advance_batch('d8000000-0000-4000-8000-000000000001') IS NOT NULL AS shipping \gset

-- Completion.
SELECT lives_ok($$SELECT workshop.complete_batch('d8000000-0000-4000-8000-000000000001')$$,
  'completing the batch at Shipping');
SELECT results_eq(
  $$SELECT is_complete, actual_completion FROM workshop.batches WHERE id = 'd8000000-0000-4000-8000-000000000001'$$,
  $$VALUES (true, current_date)$$, 'it is complete, completed today');
SELECT results_eq(
  $$SELECT o.status::text, bo.is_active, h.old_status::text, h.reason FROM workshop.orders o
      JOIN workshop.batch_orders bo ON bo.order_id = o.id
      JOIN LATERAL (SELECT old_status, reason FROM workshop.order_status_history h WHERE h.order_id = o.id ORDER BY id DESC LIMIT 1) h ON true
     WHERE bo.batch_id = 'd8000000-0000-4000-8000-000000000001'$$,
  $$VALUES ('shipped', false, 'ready_to_ship', 'batch CMP-B1 completed'),
           ('shipped', false, 'ready_to_ship', 'batch CMP-B1 completed'),
           ('shipped', false, 'ready_to_ship', 'batch CMP-B1 completed')$$,
  'every order shipped from ready_to_ship, logged; every membership closed');

-- Frozen.
SELECT test_helpers.throws_rule(
  $$SELECT workshop.complete_batch('d8000000-0000-4000-8000-000000000001')$$,
  '23514', 'batch_completion', 'a batch completes once');
SELECT test_helpers.throws_rule(
  $$SELECT workshop.set_batch_quality('d8000000-0000-4000-8000-000000000001', 'critical')$$,
  '23514', 'batch_completion', 'a complete batch''s quality is frozen');
SELECT test_helpers.throws_rule(
  $$UPDATE workshop.batches SET is_complete = false, actual_completion = NULL WHERE id = 'd8000000-0000-4000-8000-000000000001'$$,
  '23514', 'batch_completion', 'a completion is not undone');
SELECT test_helpers.throws_rule(
  $$UPDATE workshop.batches SET priority = 'rush' WHERE id = 'd8000000-0000-4000-8000-000000000001'$$,
  '23514', 'batch_completion', 'nothing else changes either');
SELECT lives_ok(
  $$UPDATE workshop.batches SET priority = priority WHERE id = 'd8000000-0000-4000-8000-000000000001'$$,
  'an UPDATE that changes nothing is no change');

SELECT * FROM finish();
ROLLBACK;
