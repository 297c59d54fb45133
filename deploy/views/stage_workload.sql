-- Deploy workshop_db:views/stage_workload to pg
-- requires: tables/batches
-- requires: tables/batch_orders
-- requires: tables/orders
-- requires: tables/model_production_stages
-- requires: functions/require_staff_role
BEGIN;

-- Work waiting at each stage, every stage listed (zeros included), in stage order.
-- security_invoker: the caller's row level security applies; staff only, because a
-- customer's partial view of the tables would give misleading totals.
CREATE VIEW workshop.stage_workload WITH (security_invoker = true) AS
WITH member AS (
  SELECT b.id AS batch_id, b.current_stage, o.model_id
    FROM workshop.batches b
    JOIN workshop.batch_orders bo ON bo.batch_id = b.id AND bo.is_active
    JOIN workshop.orders o ON o.id = bo.order_id
   WHERE NOT b.is_complete
),
batch_counts AS (
  SELECT b.current_stage AS stage, count(*) AS open_batches
    FROM workshop.batches b
   WHERE NOT b.is_complete
   GROUP BY b.current_stage
),
order_counts AS (
  SELECT m.current_stage AS stage, count(*) AS order_count
    FROM member m
   GROUP BY m.current_stage
),
hours AS (
  SELECT m.current_stage AS stage,
         sum(s.estimated_hours) FILTER (WHERE s.stage = m.current_stage) AS stage_estimated_hours,
         sum(s.estimated_hours) FILTER (WHERE s.stage >= m.current_stage) AS remaining_estimated_hours
    FROM member m
    JOIN workshop.model_production_stages s ON s.model_id = m.model_id
   GROUP BY m.current_stage
)
SELECT st.stage,
       st.stage_position::integer                   AS stage_position,
       COALESCE(bc.open_batches, 0)                 AS open_batches,
       COALESCE(oc.order_count, 0)                  AS order_count,
       COALESCE(h.stage_estimated_hours, 0)         AS stage_estimated_hours,
       COALESCE(h.remaining_estimated_hours, 0)     AS remaining_estimated_hours
  FROM unnest(enum_range(NULL::workshop.production_stage)) WITH ORDINALITY AS st (stage, stage_position)
  LEFT JOIN batch_counts bc ON bc.stage = st.stage
  LEFT JOIN order_counts oc ON oc.stage = st.stage
  LEFT JOIN hours h ON h.stage = st.stage
 WHERE workshop_private.require_staff_role(ARRAY['worker', 'manager', 'admin']::workshop.worker_role[])
 ORDER BY st.stage_position;

REVOKE ALL ON workshop.stage_workload FROM PUBLIC;
GRANT SELECT ON workshop.stage_workload TO authenticated, service_role;

COMMENT ON VIEW workshop.stage_workload IS
  'Per production stage (all seven, in order): open batches there, their orders, and the estimated hours still ahead of them. Staff only.';
COMMENT ON COLUMN workshop.stage_workload.stage IS 'The production stage.';
COMMENT ON COLUMN workshop.stage_workload.stage_position IS 'Its position, 1 = Intake.';
COMMENT ON COLUMN workshop.stage_workload.open_batches IS 'Open (not complete) batches at this stage.';
COMMENT ON COLUMN workshop.stage_workload.order_count IS 'Orders in those batches.';
COMMENT ON COLUMN workshop.stage_workload.stage_estimated_hours IS 'Estimated hours of this stage for those orders.';
COMMENT ON COLUMN workshop.stage_workload.remaining_estimated_hours IS 'Estimated hours of this and the later stages for those orders.';

COMMIT;
