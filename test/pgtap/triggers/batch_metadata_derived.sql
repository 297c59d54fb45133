-- batch_metadata under multi-row statements: the statement triggers recompute each
-- touched batch once, and after every statement the stored totals equal a recomputation
-- from the source rows; a statement with one refused row writes nothing.
BEGIN;
SELECT plan(13);

INSERT INTO workshop.workers (id, name, email, role)
VALUES ('a7200000-0000-4000-8000-000000000001', 'Bulk Meta', 'bulk.meta@example.com', 'manager');
SET LOCAL workshop.worker_id = 'a7200000-0000-4000-8000-000000000001';
INSERT INTO workshop.orders (id, order_number, model_id, wood_type)
SELECT ('b7200000-0000-4000-8000-00000000000' || n)::uuid, 'SBM-' || n,
       (SELECT id FROM workshop.headphone_models WHERE name = (ARRAY['Atticus', 'Eikon', 'Verite', 'Caldera'])[1 + n % 4]),
       'Walnut'
  FROM generate_series(1, 7) n;
INSERT INTO workshop.batches (id, batch_number) VALUES
  ('d7200000-0000-4000-8000-000000000001', 'SBM-B1'),
  ('d7200000-0000-4000-8000-000000000002', 'SBM-B2');

CREATE TEMP VIEW sbm_stored AS
  SELECT m.batch_id, m.total_estimated_hours, m.actual_hours_spent, m.defect_rate
    FROM workshop.batch_metadata m JOIN workshop.batches b ON b.id = m.batch_id
   WHERE b.batch_number LIKE 'SBM-%';
CREATE TEMP VIEW sbm_recomputed AS
  SELECT b.id,
         COALESCE((SELECT sum(s.estimated_hours)
                     FROM workshop.batch_orders bo
                     JOIN workshop.orders o ON o.id = bo.order_id
                     JOIN workshop.model_production_stages s ON s.model_id = o.model_id
                    WHERE bo.batch_id = b.id AND bo.is_active), 0) AS est,
         COALESCE((SELECT sum(w.hours) FROM workshop.work_logs w WHERE w.batch_id = b.id), 0) AS hours,
         (SELECT round(100.0 * count(*) FILTER (WHERE NOT q.passed) / NULLIF(count(*), 0), 2)
            FROM workshop.quality_checks q WHERE q.batch_id = b.id) AS rate
    FROM workshop.batches b
   WHERE b.batch_number LIKE 'SBM-%';

-- One INSERT of memberships into both batches.
INSERT INTO workshop.batch_orders (batch_id, order_id)
SELECT CASE WHEN n <= 3 THEN 'd7200000-0000-4000-8000-000000000001'::uuid
            ELSE 'd7200000-0000-4000-8000-000000000002'::uuid END,
       ('b7200000-0000-4000-8000-00000000000' || n)::uuid
  FROM generate_series(1, 6) n;
SELECT set_eq('SELECT * FROM sbm_stored', 'SELECT * FROM sbm_recomputed',
  'a 6-row batch_orders INSERT over two batches: metadata equals the recomputation');
SELECT ok((SELECT bool_and(total_estimated_hours > 0) FROM sbm_stored), 'both batches have estimated hours');

-- Work logs: a multi-row INSERT, UPDATE and DELETE over both batches.
INSERT INTO workshop.work_logs (batch_id, hours)
SELECT b.id, n * 0.75 FROM workshop.batches b, generate_series(1, 4) n WHERE b.batch_number LIKE 'SBM-%';
SELECT set_eq('SELECT * FROM sbm_stored', 'SELECT * FROM sbm_recomputed',
  'an 8-row work_logs INSERT over two batches: metadata equals the recomputation');
UPDATE workshop.work_logs w SET hours = w.hours + 1
  FROM workshop.batches b WHERE b.id = w.batch_id AND b.batch_number LIKE 'SBM-%' AND w.hours > 1;
SELECT set_eq('SELECT * FROM sbm_stored', 'SELECT * FROM sbm_recomputed',
  'a multi-row work_logs UPDATE of hours: metadata equals the recomputation');
DELETE FROM workshop.work_logs w USING workshop.batches b
 WHERE b.id = w.batch_id AND b.batch_number LIKE 'SBM-%' AND w.hours < 2;
SELECT set_eq('SELECT * FROM sbm_stored', 'SELECT * FROM sbm_recomputed',
  'a multi-row work_logs DELETE: metadata equals the recomputation');

-- Quality checks: one INSERT over both batches, then a multi-row correction.
INSERT INTO workshop.quality_checks (batch_id, order_id, item, passed, defect_reason)
SELECT bo.batch_id, bo.order_id, 'channel balance', n <> 2, CASE WHEN n = 2 THEN 'imbalance' END
  FROM workshop.batch_orders bo CROSS JOIN generate_series(1, 2) n
 WHERE bo.order_id::text LIKE 'b7200000-%';
SELECT set_eq('SELECT * FROM sbm_stored', 'SELECT * FROM sbm_recomputed',
  'a 12-row quality_checks INSERT over two batches: metadata equals the recomputation');
UPDATE workshop.quality_checks SET passed = true
 WHERE order_id IN ('b7200000-0000-4000-8000-000000000001', 'b7200000-0000-4000-8000-000000000005')
   AND NOT passed;
SELECT set_eq('SELECT * FROM sbm_stored', 'SELECT * FROM sbm_recomputed',
  'a multi-row quality_checks UPDATE of passed: metadata equals the recomputation');

-- Memberships ending in both batches in one UPDATE (the orders go back to pending).
UPDATE workshop.batch_orders SET is_active = false
 WHERE order_id IN ('b7200000-0000-4000-8000-000000000002', 'b7200000-0000-4000-8000-000000000006');
SELECT set_eq('SELECT * FROM sbm_stored', 'SELECT * FROM sbm_recomputed',
  'a 2-row batch_orders UPDATE of is_active: metadata equals the recomputation');
SELECT results_eq(
  $$SELECT status FROM workshop.orders WHERE order_number IN ('SBM-2', 'SBM-6') ORDER BY order_number$$,
  $$VALUES ('pending'::workshop.order_status), ('pending'::workshop.order_status)$$,
  'the orders that left their batches are pending again');

-- Mixed valid and invalid rows write nothing.
CREATE TEMP TABLE sbm_before AS SELECT * FROM sbm_stored;
SELECT test_helpers.throws_rule(
  $$INSERT INTO workshop.quality_checks (batch_id, order_id, item, passed, defect_reason)
    SELECT bo.batch_id, bo.order_id, 'grain match', n <> 2, NULL
      FROM workshop.batch_orders bo CROSS JOIN generate_series(1, 2) n
     WHERE bo.order_id::text LIKE 'b7200000-%' AND bo.is_active$$,
  '23514', 'qc_defect_reason', 'a multi-row check INSERT with one failed check without a reason is refused');
SELECT test_helpers.throws_rule(
  $$INSERT INTO workshop.batch_orders (batch_id, order_id)
    VALUES ('d7200000-0000-4000-8000-000000000001', 'b7200000-0000-4000-8000-000000000007'),
           ('d7200000-0000-4000-8000-000000000002', 'b7200000-0000-4000-8000-000000000001')$$,
  '23505', 'one_active_batch_per_order', 'a 2-row membership INSERT with one order already in a batch is refused');
SELECT set_eq('SELECT * FROM sbm_stored', 'SELECT * FROM sbm_before',
  'the refused statements changed no metadata');
SELECT is((SELECT count(*) FROM workshop.batch_orders WHERE order_id = 'b7200000-0000-4000-8000-000000000007'),
  0::bigint, 'and wrote no membership');

SELECT * FROM finish();
ROLLBACK;
