-- Rule batch_completion and the stage history under multi-batch statements: one UPDATE
-- moving two batches logs one stage move each, and the orders follow each batch with
-- that batch as the reason; a statement with one refused move writes nothing.
BEGIN;
SELECT plan(7);

INSERT INTO workshop.workers (id, name, email, role)
VALUES ('a7400000-0000-4000-8000-000000000001', 'Bulk Mover', 'bulk.mover@example.com', 'manager');
SET LOCAL workshop.worker_id = 'a7400000-0000-4000-8000-000000000001';
INSERT INTO workshop.orders (id, order_number, model_id, wood_type)
SELECT ('b7400000-0000-4000-8000-00000000000' || n)::uuid, 'SBC-' || n,
       (SELECT id FROM workshop.headphone_models WHERE name = 'Atticus'), 'Cherry'
  FROM generate_series(1, 4) n;
INSERT INTO workshop.batches (id, batch_number) VALUES
  ('d7400000-0000-4000-8000-000000000001', 'SBC-B1'),
  ('d7400000-0000-4000-8000-000000000002', 'SBC-B2');
INSERT INTO workshop.batch_orders (batch_id, order_id)
SELECT CASE WHEN n <= 2 THEN 'd7400000-0000-4000-8000-000000000001'::uuid
            ELSE 'd7400000-0000-4000-8000-000000000002'::uuid END,
       ('b7400000-0000-4000-8000-00000000000' || n)::uuid
  FROM generate_series(1, 4) n;
-- Both batches advance together, one stage per UPDATE, up to Acoustic QC.
UPDATE workshop.batches SET current_stage = 'Sanding' WHERE batch_number LIKE 'SBC-%';
UPDATE workshop.batches SET current_stage = 'Finishing' WHERE batch_number LIKE 'SBC-%';
UPDATE workshop.batches SET current_stage = 'Sub-Assembly' WHERE batch_number LIKE 'SBC-%';
UPDATE workshop.batches SET current_stage = 'Final Assembly' WHERE batch_number LIKE 'SBC-%';
UPDATE workshop.batches SET current_stage = 'Acoustic QC' WHERE batch_number LIKE 'SBC-%';
SELECT results_eq(
  $$SELECT count(*), count(DISTINCT (h.batch_id, h.to_stage)), bool_and(h.moved_by = 'a7400000-0000-4000-8000-000000000001' AND h.kind = 'advance')
      FROM workshop.batch_stage_history h JOIN workshop.batches b ON b.id = h.batch_id
     WHERE b.batch_number LIKE 'SBC-%'$$,
  $$VALUES (10::bigint, 10::bigint, true)$$,
  '5 UPDATEs of two batches: 10 stage moves logged, one per batch and move, with the actor');

-- A statement with one skipping move is refused and writes nothing.
SELECT test_helpers.throws_rule(
  $$UPDATE workshop.batches SET current_stage = CASE batch_number WHEN 'SBC-B1' THEN 'Shipping' ELSE 'Intake' END::workshop.production_stage
     WHERE batch_number LIKE 'SBC-%'$$,
  '23514', 'batch_stage_progression', 'an UPDATE of two batches with one rework while quality is good is refused');
SELECT is((SELECT count(*) FROM workshop.batch_stage_history h JOIN workshop.batches b ON b.id = h.batch_id
            WHERE b.batch_number LIKE 'SBC-%'), 10::bigint, 'the refused UPDATE logged no move');

-- Into Shipping together, no reason given: each batch names itself.
UPDATE workshop.batches SET current_stage = 'Shipping' WHERE batch_number LIKE 'SBC-%';
SELECT set_eq(
  $$SELECT o.order_number, h.new_status, h.reason
      FROM workshop.order_status_history h JOIN workshop.orders o ON o.id = h.order_id
     WHERE o.order_number LIKE 'SBC-%' AND h.old_status = 'in_production'$$,
  $$VALUES ('SBC-1', 'ready_to_ship'::workshop.order_status, 'batch SBC-B1 moved into Shipping'),
           ('SBC-2', 'ready_to_ship', 'batch SBC-B1 moved into Shipping'),
           ('SBC-3', 'ready_to_ship', 'batch SBC-B2 moved into Shipping'),
           ('SBC-4', 'ready_to_ship', 'batch SBC-B2 moved into Shipping')$$,
  'one UPDATE moving two batches into Shipping: each order ready_to_ship once, its batch as reason');

-- Completed together with a reason: every order shipped once, memberships ended.
SET LOCAL workshop.change_reason = 'end of week shipment';
UPDATE workshop.batches SET is_complete = true WHERE batch_number LIKE 'SBC-%';
SELECT set_eq(
  $$SELECT o.order_number, h.new_status, h.reason
      FROM workshop.order_status_history h JOIN workshop.orders o ON o.id = h.order_id
     WHERE o.order_number LIKE 'SBC-%' AND h.old_status = 'ready_to_ship'$$,
  $$SELECT 'SBC-' || n AS o, 'shipped'::workshop.order_status AS s, 'end of week shipment' AS r FROM generate_series(1, 4) n$$,
  'one UPDATE completing two batches: each order shipped once, with the caller''s reason');
SELECT is((SELECT count(*) FROM workshop.batch_orders WHERE order_id::text LIKE 'b7400000-%' AND is_active),
  0::bigint, 'the memberships of both batches ended');
SELECT is((SELECT count(DISTINCT actual_completion) FROM workshop.batches WHERE batch_number LIKE 'SBC-%' AND is_complete),
  1::bigint, 'both batches are complete with their completion date');

SELECT * FROM finish();
ROLLBACK;
