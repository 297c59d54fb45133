-- pgbench, a worker: logs 0.25-4 hours on a random batch (LD-B pool) at its stage, and
-- records a quality check of one of its orders, failed one time in five with a defect
-- reason (log_work, record_quality_check; batch_metadata follows by trigger).
\set b random(1, :batches)
\set quarters random(1, 16)
\set passed random(0, 4)
BEGIN;
SELECT workshop.log_work(b.id, :quarters / 4.0)
  FROM workshop.batches b WHERE b.batch_number = 'LD-B-' || :b;
SELECT workshop.record_quality_check(bo.batch_id, bo.order_id, 'load: cup finish', :passed > 0,
         CASE WHEN :passed > 0 THEN NULL ELSE 'load: scratch on the cup' END)
  FROM workshop.batch_orders bo JOIN workshop.batches b ON b.id = bo.batch_id
 WHERE b.batch_number = 'LD-B-' || :b AND bo.is_active
 ORDER BY bo.order_id LIMIT 1;
COMMIT;
