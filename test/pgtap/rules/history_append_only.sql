-- The history tables are append-only: UPDATE, DELETE and TRUNCATE are refused
-- (42501, history_append_only), even for the table owner.
BEGIN;
SELECT plan(8);

INSERT INTO workshop.workers (id, name, email, role)
VALUES ('a4000000-0000-4000-8000-000000000001', 'History Tester', 'history.tester@example.com', 'manager');
SET LOCAL workshop.worker_id = 'a4000000-0000-4000-8000-000000000001';
INSERT INTO workshop.orders (id, order_number, model_id, wood_type)
VALUES ('b4000000-0000-4000-8000-000000000001', 'HIST-1',
        (SELECT id FROM workshop.headphone_models WHERE name = 'Atticus'), 'Sapele');
SELECT workshop.create_batch('HIST-B1') IS NOT NULL AS created \gset
SELECT workshop.advance_batch(id, 'sanding starts') IS NOT NULL AS advanced FROM workshop.batches WHERE batch_number = 'HIST-B1' \gset

SELECT test_helpers.throws_rule(
  $$UPDATE workshop.order_status_history SET reason = 'rewritten'$$,
  '42501', 'history_append_only', 'order_status_history: UPDATE is refused');
SELECT test_helpers.throws_rule(
  $$DELETE FROM workshop.order_status_history$$,
  '42501', 'history_append_only', 'order_status_history: DELETE is refused');
SELECT test_helpers.throws_rule(
  $$TRUNCATE workshop.order_status_history$$,
  '42501', 'history_append_only', 'order_status_history: TRUNCATE is refused');
SELECT test_helpers.throws_rule(
  $$UPDATE workshop.batch_stage_history SET reason = 'rewritten'$$,
  '42501', 'history_append_only', 'batch_stage_history: UPDATE is refused');
SELECT test_helpers.throws_rule(
  $$DELETE FROM workshop.batch_stage_history WHERE false$$,
  '42501', 'history_append_only', 'batch_stage_history: even a DELETE that matches nothing is refused');
SELECT test_helpers.throws_rule(
  $$TRUNCATE workshop.batch_stage_history$$,
  '42501', 'history_append_only', 'batch_stage_history: TRUNCATE is refused');
SELECT results_eq(
  $$SELECT new_status::text, reason FROM workshop.order_status_history
     WHERE order_id = 'b4000000-0000-4000-8000-000000000001'$$,
  $$VALUES ('pending', NULL::text)$$, 'the order history is intact');
SELECT results_eq(
  $$SELECT h.to_stage::text, h.reason FROM workshop.batch_stage_history h
      JOIN workshop.batches b ON b.id = h.batch_id WHERE b.batch_number = 'HIST-B1'$$,
  $$VALUES ('Sanding', 'sanding starts')$$, 'the stage history is intact');

SELECT * FROM finish();
ROLLBACK;
