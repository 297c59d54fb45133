-- Rule batch_membership: only pending orders join a batch (they become in_production);
-- leaving an open batch puts the order back to pending; an order going back to pending
-- or cancelled leaves its batch; a complete batch's memberships are frozen.
BEGIN;
SELECT plan(23);

INSERT INTO workshop.workers (id, name, email, role)
VALUES ('a6000000-0000-4000-8000-000000000001', 'Member Tester', 'member.tester@example.com', 'manager');
SET LOCAL workshop.worker_id = 'a6000000-0000-4000-8000-000000000001';
INSERT INTO workshop.orders (id, order_number, model_id, wood_type)
SELECT ('b6000000-0000-4000-8000-00000000000' || n)::uuid, 'MEM-' || n,
       (SELECT id FROM workshop.headphone_models WHERE name = 'Eikon'), 'Walnut'
  FROM generate_series(1, 6) n;
INSERT INTO workshop.batches (id, batch_number) VALUES
  ('d6000000-0000-4000-8000-000000000001', 'MEM-B1'),
  ('d6000000-0000-4000-8000-000000000002', 'MEM-B2');

-- Joining.
SELECT lives_ok(
  $$INSERT INTO workshop.batch_orders (batch_id, order_id, added_by)
    VALUES ('d6000000-0000-4000-8000-000000000001', 'b6000000-0000-4000-8000-000000000001', NULL)$$,
  'a pending order joins a batch (direct insert)');
SELECT results_eq(
  $$SELECT o.status, bo.added_by FROM workshop.orders o JOIN workshop.batch_orders bo ON bo.order_id = o.id
     WHERE o.id = 'b6000000-0000-4000-8000-000000000001'$$,
  $$VALUES ('in_production'::workshop.order_status, 'a6000000-0000-4000-8000-000000000001'::uuid)$$,
  'it is in_production; added_by is the acting worker, not what the client sent');
SELECT results_eq(
  $$SELECT old_status, new_status, reason FROM workshop.order_status_history
     WHERE order_id = 'b6000000-0000-4000-8000-000000000001' ORDER BY id DESC LIMIT 1$$,
  $$VALUES ('pending'::workshop.order_status, 'in_production'::workshop.order_status, 'joined batch MEM-B1')$$,
  'the change is in the history, with the batch as reason');

SELECT workshop.set_order_status('b6000000-0000-4000-8000-000000000002', 'on_hold') IS NOT NULL AS held \gset
SELECT test_helpers.throws_rule(
  $$SELECT workshop.add_order_to_batch('d6000000-0000-4000-8000-000000000001', 'b6000000-0000-4000-8000-000000000002')$$,
  '23514', 'batch_membership', 'an order on hold cannot join a batch');
SELECT is(
  (SELECT (o.status, (SELECT count(*) FROM workshop.batch_orders bo WHERE bo.order_id = o.id))::text
     FROM workshop.orders o WHERE o.id = 'b6000000-0000-4000-8000-000000000002'),
  ('on_hold', 0)::text, 'the refusal wrote no membership and left the status');
SELECT test_helpers.throws_rule(
  $$INSERT INTO workshop.batch_orders (batch_id, order_id, is_active)
    VALUES ('d6000000-0000-4000-8000-000000000001', 'b6000000-0000-4000-8000-000000000003', false)$$,
  '23514', 'batch_membership', 'a membership cannot be inserted inactive');
SELECT test_helpers.throws_rule(
  $$UPDATE workshop.batch_orders SET batch_id = 'd6000000-0000-4000-8000-000000000002'
     WHERE order_id = 'b6000000-0000-4000-8000-000000000001'$$,
  '23514', 'batch_membership', 'a membership cannot be moved to another batch');

-- Leaving, three ways.
SELECT count(workshop.add_order_to_batch('d6000000-0000-4000-8000-000000000001', ('b6000000-0000-4000-8000-00000000000' || n)::uuid)) AS added
  FROM generate_series(3, 5) n \gset
SELECT lives_ok(
  $$SELECT workshop.remove_order_from_batch('d6000000-0000-4000-8000-000000000001', 'b6000000-0000-4000-8000-000000000003', 'wrong grain')$$,
  'remove_order_from_batch');
SELECT results_eq(
  $$SELECT o.status, h.reason, bo.is_active FROM workshop.orders o
      JOIN workshop.batch_orders bo ON bo.order_id = o.id
      JOIN LATERAL (SELECT reason FROM workshop.order_status_history h WHERE h.order_id = o.id ORDER BY id DESC LIMIT 1) h ON true
     WHERE o.id = 'b6000000-0000-4000-8000-000000000003'$$,
  $$VALUES ('pending'::workshop.order_status, 'wrong grain', false)$$,
  'the order is pending again with the reason in its history; the membership is kept, inactive');
SELECT lives_ok(
  $$UPDATE workshop.batch_orders SET is_active = false WHERE order_id = 'b6000000-0000-4000-8000-000000000004'$$,
  'a direct deactivation');
SELECT results_eq(
  $$SELECT status, (SELECT reason FROM workshop.order_status_history h WHERE h.order_id = o.id ORDER BY id DESC LIMIT 1)
      FROM workshop.orders o WHERE o.id = 'b6000000-0000-4000-8000-000000000004'$$,
  $$VALUES ('pending'::workshop.order_status, 'left batch MEM-B1')$$,
  'puts the order back to pending too');
SELECT lives_ok(
  $$DELETE FROM workshop.batch_orders WHERE order_id = 'b6000000-0000-4000-8000-000000000005'$$,
  'deleting a membership of an open batch');
SELECT is((SELECT status FROM workshop.orders WHERE id = 'b6000000-0000-4000-8000-000000000005'),
  'pending'::workshop.order_status, 'puts the order back to pending too');

-- Rejoining the same batch reactivates the row.
SELECT lives_ok(
  $$SELECT workshop.add_order_to_batch('d6000000-0000-4000-8000-000000000001', 'b6000000-0000-4000-8000-000000000003')$$,
  'an order rejoins the batch it left');
SELECT results_eq(
  $$SELECT bo.is_active, o.status FROM workshop.batch_orders bo JOIN workshop.orders o ON o.id = bo.order_id
     WHERE bo.order_id = 'b6000000-0000-4000-8000-000000000003'$$,
  $$VALUES (true, 'in_production'::workshop.order_status)$$,
  'its one membership row is active again and it is in_production');

-- The order side: pending or cancelled orders leave their batch.
SELECT lives_ok(
  $$SELECT workshop.set_order_status('b6000000-0000-4000-8000-000000000003', 'cancelled', 'refunded')$$,
  'cancelling an order in a batch');
SELECT results_eq(
  $$SELECT bo.is_active, (SELECT array_agg(h.new_status::text ORDER BY h.id) FROM workshop.order_status_history h
                           WHERE h.order_id = bo.order_id AND h.reason = 'refunded')
      FROM workshop.batch_orders bo WHERE bo.order_id = 'b6000000-0000-4000-8000-000000000003'$$,
  $$VALUES (false, ARRAY['cancelled'])$$,
  'takes it out of the batch, straight to cancelled');
SELECT workshop.set_order_status('b6000000-0000-4000-8000-000000000001', 'pending', 'not ready') IS NOT NULL AS back \gset
SELECT is((SELECT is_active FROM workshop.batch_orders WHERE order_id = 'b6000000-0000-4000-8000-000000000001'),
  false, 'an order set back to pending leaves its batch');

-- A complete batch is frozen.
SELECT workshop.add_order_to_batch('d6000000-0000-4000-8000-000000000002', 'b6000000-0000-4000-8000-000000000006') IS NOT NULL AS added \gset
UPDATE workshop.batches SET quality_status = 'good' WHERE id = 'd6000000-0000-4000-8000-000000000002';
SELECT count(workshop.advance_batch('d6000000-0000-4000-8000-000000000002')) AS advanced FROM generate_series(1, 6) \gset
SELECT workshop.complete_batch('d6000000-0000-4000-8000-000000000002') IS NOT NULL AS completed \gset
SELECT test_helpers.throws_rule(
  $$SELECT workshop.add_order_to_batch('d6000000-0000-4000-8000-000000000002', 'b6000000-0000-4000-8000-000000000005')$$,
  '23514', 'batch_membership', 'no order joins a complete batch');
SELECT test_helpers.throws_rule(
  $$UPDATE workshop.batch_orders SET is_active = true WHERE batch_id = 'd6000000-0000-4000-8000-000000000002'$$,
  '23514', 'batch_membership', 'a complete batch''s memberships cannot be reactivated');
SELECT test_helpers.throws_rule(
  $$DELETE FROM workshop.batch_orders WHERE batch_id = 'd6000000-0000-4000-8000-000000000002'$$,
  '23514', 'batch_membership', 'nor deleted');
SELECT test_helpers.throws_rule(
  $$SELECT workshop.remove_order_from_batch('d6000000-0000-4000-8000-000000000002', 'b6000000-0000-4000-8000-000000000006')$$,
  '23514', 'batch_membership', 'remove_order_from_batch on a complete batch is refused');
SELECT results_eq(
  $$SELECT bo.is_active, o.status FROM workshop.batch_orders bo JOIN workshop.orders o ON o.id = bo.order_id
     WHERE bo.batch_id = 'd6000000-0000-4000-8000-000000000002'$$,
  $$VALUES (false, 'shipped'::workshop.order_status)$$,
  'the complete batch''s membership and order are untouched');

SELECT * FROM finish();
ROLLBACK;
