-- Deploy workshop_db:views/estimate_accuracy to pg
-- requires: tables/batches
-- requires: tables/batch_orders
-- requires: tables/orders
-- requires: tables/work_logs
-- requires: tables/model_production_stages
-- requires: tables/headphone_models
-- requires: functions/require_staff_role
BEGIN;

-- Estimated vs actual hours per model, wood and stage. Work is logged per batch and
-- stage, not per order, so a batch's logged hours at a stage are apportioned to its
-- orders in proportion to their models' estimates for that stage (an Auteur takes twice
-- an Atticus's share). Only stages a batch has finished count (it moved past them or is
-- complete): a stage in progress would look cheap. A batch's orders: its active
-- memberships; for a complete batch, the shipped orders for which it was the last batch
-- joined (as in workshop_private.production_summary). Hours of a batch without orders
-- cannot be apportioned and are left out.
CREATE VIEW workshop.estimate_accuracy WITH (security_invoker = true) AS
WITH member AS (
  SELECT bo.batch_id, o.id AS order_id, o.model_id, o.wood_type
    FROM workshop.batch_orders bo
    JOIN workshop.batches b ON b.id = bo.batch_id
    JOIN workshop.orders o ON o.id = bo.order_id
   WHERE bo.is_active
      OR (b.is_complete
          AND o.status IN ('shipped', 'delivered')
          AND NOT EXISTS (SELECT FROM workshop.batch_orders later
                           WHERE later.order_id = bo.order_id AND later.added_at > bo.added_at))
),
logged AS (
  SELECT w.batch_id, w.stage, sum(w.hours) AS hours
    FROM workshop.work_logs w
    JOIN workshop.batches b ON b.id = w.batch_id
   WHERE b.is_complete OR w.stage < b.current_stage
   GROUP BY w.batch_id, w.stage
),
shares AS (
  SELECT l.batch_id, l.stage, m.order_id, m.model_id, m.wood_type, s.estimated_hours,
         l.hours * s.estimated_hours
           / sum(s.estimated_hours) OVER (PARTITION BY l.batch_id, l.stage) AS actual_hours
    FROM logged l
    JOIN member m ON m.batch_id = l.batch_id
    JOIN workshop.model_production_stages s ON s.model_id = m.model_id AND s.stage = l.stage
)
SELECT hm.id                                         AS model_id,
       hm.name                                       AS model_name,
       sh.wood_type,
       sh.stage,
       count(DISTINCT sh.batch_id)                   AS batches,
       count(*)                                      AS orders,
       sum(sh.estimated_hours)                       AS estimated_hours,
       round(sum(sh.actual_hours), 2)                AS actual_hours,
       round(sum(sh.actual_hours) - sum(sh.estimated_hours), 2) AS variance_hours,
       round(100 * (sum(sh.actual_hours) / sum(sh.estimated_hours) - 1), 1) AS variance_percent
  FROM shares sh
  JOIN workshop.headphone_models hm ON hm.id = sh.model_id
 WHERE workshop_private.require_staff_role(ARRAY['worker', 'manager', 'admin']::workshop.worker_role[])
 GROUP BY hm.id, hm.name, sh.wood_type, sh.stage
 ORDER BY hm.name, sh.wood_type, sh.stage;

REVOKE ALL ON workshop.estimate_accuracy FROM PUBLIC;
GRANT SELECT ON workshop.estimate_accuracy TO authenticated, service_role;

COMMENT ON VIEW workshop.estimate_accuracy IS
  'Estimated vs actual hours per model, wood and finished stage; a batch''s logged stage hours are apportioned to its orders by their stage estimates. Staff only.';
COMMENT ON COLUMN workshop.estimate_accuracy.model_id IS 'The model.';
COMMENT ON COLUMN workshop.estimate_accuracy.model_name IS 'Its name.';
COMMENT ON COLUMN workshop.estimate_accuracy.wood_type IS 'The wood of the orders.';
COMMENT ON COLUMN workshop.estimate_accuracy.stage IS 'The production stage.';
COMMENT ON COLUMN workshop.estimate_accuracy.batches IS 'Batches measured.';
COMMENT ON COLUMN workshop.estimate_accuracy.orders IS 'Orders measured (one per batch and order).';
COMMENT ON COLUMN workshop.estimate_accuracy.estimated_hours IS 'Sum of the stage estimate over those orders.';
COMMENT ON COLUMN workshop.estimate_accuracy.actual_hours IS 'Their apportioned share of the logged hours.';
COMMENT ON COLUMN workshop.estimate_accuracy.variance_hours IS 'actual_hours - estimated_hours.';
COMMENT ON COLUMN workshop.estimate_accuracy.variance_percent IS 'Variance relative to the estimate, in percent (positive: slower than estimated).';

COMMIT;
