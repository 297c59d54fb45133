-- Derived data: every batch has a batch_metadata row whose totals the database keeps
-- exact by recomputing them: total_estimated_hours (active orders' models; kept as it
-- was at completion), actual_hours_spent (work_logs), defect_rate (failed / all checks).
BEGIN;
SELECT plan(16);

INSERT INTO workshop.workers (id, name, email, role)
VALUES ('aa000000-0000-4000-8000-000000000001', 'Meta Tester', 'meta.tester@example.com', 'manager');
SET LOCAL workshop.worker_id = 'aa000000-0000-4000-8000-000000000001';
INSERT INTO workshop.orders (id, order_number, model_id, wood_type) VALUES
  ('ba000000-0000-4000-8000-000000000001', 'META-1', (SELECT id FROM workshop.headphone_models WHERE name = 'Atticus'), 'Walnut'),
  ('ba000000-0000-4000-8000-000000000002', 'META-2', (SELECT id FROM workshop.headphone_models WHERE name = 'Caldera'), 'Walnut');

SELECT workshop.create_batch('META-B1') IS NOT NULL AS created \gset
CREATE TEMP VIEW meta AS
  SELECT m.total_estimated_hours, m.actual_hours_spent, m.defect_rate
    FROM workshop.batch_metadata m JOIN workshop.batches b ON b.id = m.batch_id
   WHERE b.batch_number = 'META-B1';
SELECT results_eq('SELECT * FROM meta', $$VALUES (0::numeric, 0::numeric, NULL::numeric)$$,
  'a new batch has its metadata row: no hours, no defect rate');

SELECT count(workshop.add_order_to_batch(b.id, o.id)) AS added
  FROM workshop.batches b, workshop.orders o WHERE b.batch_number = 'META-B1' AND o.order_number LIKE 'META-%' \gset
SELECT is((SELECT total_estimated_hours FROM meta), 20.00, 'Atticus 6 h + Caldera 14 h = 20 h estimated');
SELECT workshop.remove_order_from_batch(b.id, 'ba000000-0000-4000-8000-000000000002') IS NOT NULL AS removed
  FROM workshop.batches b WHERE b.batch_number = 'META-B1' \gset
SELECT is((SELECT total_estimated_hours FROM meta), 6.00, 'an order that leaves no longer counts');
UPDATE workshop.orders SET model_id = (SELECT id FROM workshop.headphone_models WHERE name = 'Eikon')
 WHERE order_number = 'META-1';
SELECT is((SELECT total_estimated_hours FROM meta), 8.00, 'an order changing model is recounted (Eikon 8 h)');
UPDATE workshop.model_production_stages SET estimated_hours = estimated_hours + 1
 WHERE model_id = (SELECT id FROM workshop.headphone_models WHERE name = 'Eikon') AND stage = 'Sanding';
SELECT is((SELECT total_estimated_hours FROM meta), 9.00, 'a changed stage estimate is recounted');

-- Work logs.
SELECT workshop.log_work(b.id, 2.5) IS NOT NULL AS logged FROM workshop.batches b WHERE b.batch_number = 'META-B1' \gset
SELECT workshop.log_work(b.id, 1.25) IS NOT NULL AS logged FROM workshop.batches b WHERE b.batch_number = 'META-B1' \gset
SELECT is((SELECT actual_hours_spent FROM meta), 3.75, 'work logs add up');
UPDATE workshop.work_logs SET hours = 3.5 WHERE hours = 1.25
   AND batch_id = (SELECT id FROM workshop.batches WHERE batch_number = 'META-B1');
SELECT is((SELECT actual_hours_spent FROM meta), 6.00, 'a corrected log is recounted');
DELETE FROM workshop.work_logs WHERE hours = 2.5
   AND batch_id = (SELECT id FROM workshop.batches WHERE batch_number = 'META-B1');
SELECT is((SELECT actual_hours_spent FROM meta), 3.50, 'a deleted log no longer counts');

-- Quality checks.
SELECT count(workshop.record_quality_check(b.id, 'ba000000-0000-4000-8000-000000000001', 'item ' || n, n <> 1,
                                           CASE WHEN n = 1 THEN 'tear-out' END)) AS checked
  FROM workshop.batches b, generate_series(1, 3) n WHERE b.batch_number = 'META-B1' \gset
SELECT is((SELECT defect_rate FROM meta), 33.33, '1 failed of 3 checks: 33.33 %');
UPDATE workshop.quality_checks SET passed = true WHERE item = 'item 1'
   AND batch_id = (SELECT id FROM workshop.batches WHERE batch_number = 'META-B1');
SELECT is((SELECT defect_rate FROM meta), 0.00, 'a check corrected to passed is recounted');

-- Clients cannot write the derived columns; notes and tags are theirs.
UPDATE workshop.batch_metadata SET total_estimated_hours = 99, actual_hours_spent = 99, defect_rate = 99,
                                   notes = 'tight deadline'
 WHERE batch_id = (SELECT id FROM workshop.batches WHERE batch_number = 'META-B1');
SELECT results_eq(
  $$SELECT m.total_estimated_hours, m.actual_hours_spent, m.defect_rate, m.notes
      FROM workshop.batch_metadata m JOIN workshop.batches b ON b.id = m.batch_id WHERE b.batch_number = 'META-B1'$$,
  $$VALUES (9.00, 3.50, 0.00, 'tight deadline')$$,
  'a client''s values for the derived columns are replaced by the computed ones; notes are kept');

-- Completion keeps the estimate although the memberships close.
UPDATE workshop.batches SET quality_status = 'good' WHERE batch_number = 'META-B1';
SELECT count(workshop.advance_batch(b.id)) AS advanced FROM workshop.batches b, generate_series(1, 6) WHERE b.batch_number = 'META-B1' \gset
SELECT workshop.complete_batch(b.id) IS NOT NULL AS completed FROM workshop.batches b WHERE b.batch_number = 'META-B1' \gset
SELECT is((SELECT count(*) FROM workshop.batch_orders bo JOIN workshop.batches b ON b.id = bo.batch_id
            WHERE b.batch_number = 'META-B1' AND bo.is_active), 0::bigint, 'the complete batch has no active membership');
SELECT is((SELECT total_estimated_hours FROM meta), 9.00, 'but keeps the estimate it had at completion');
UPDATE workshop.model_production_stages SET estimated_hours = estimated_hours - 1
 WHERE model_id = (SELECT id FROM workshop.headphone_models WHERE name = 'Eikon') AND stage = 'Sanding';
SELECT is((SELECT total_estimated_hours FROM meta), 9.00, 'later estimate changes do not rewrite a complete batch');
SELECT workshop.log_work(b.id, 0.5, 'Shipping') IS NOT NULL AS logged FROM workshop.batches b WHERE b.batch_number = 'META-B1' \gset
SELECT is((SELECT actual_hours_spent FROM meta), 4.00, 'hours logged late still count');

-- Every batch, however created, has exactly one metadata row.
INSERT INTO workshop.batches (batch_number) VALUES ('META-B2');
SELECT is((SELECT count(*) FROM workshop.batches b
            WHERE NOT EXISTS (SELECT FROM workshop.batch_metadata m WHERE m.batch_id = b.id)), 0::bigint,
  'a batch inserted directly has its metadata row too');

SELECT * FROM finish();
ROLLBACK;
