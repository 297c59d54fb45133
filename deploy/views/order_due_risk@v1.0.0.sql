-- Deploy workshop_db:views/order_due_risk to pg
-- requires: tables/batches
-- requires: tables/batch_orders
-- requires: tables/orders
-- requires: tables/model_production_stages
-- requires: functions/require_staff_role
BEGIN;

-- Open orders that will probably miss their due date. Projection: now + the hours still
-- to do / the workshop's daily capacity (setting workshop.daily_capacity_hours, default
-- 16 h of work per calendar day). An order in an open batch waits for its whole batch:
-- the estimates of the batch's current and later stages for all its orders. An order in
-- no batch counts its model's full hours (it has not started). Dates are taken in the
-- session's TimeZone. Most urgent first: order priority rush, high, standard, low, then
-- the earliest due date.
CREATE VIEW workshop.order_due_risk WITH (security_invoker = true) AS
WITH capacity AS (
  SELECT CASE WHEN c.v ~ '^\s*[0-9]+(\.[0-9]+)?\s*$' AND c.v::numeric > 0 THEN c.v::numeric ELSE 16 END
           AS daily_capacity_hours
    FROM (SELECT current_setting('workshop.daily_capacity_hours', true) AS v) c
),
batch_remaining AS (
  SELECT b.id AS batch_id,
         sum(s.estimated_hours) FILTER (WHERE s.stage >= b.current_stage) AS remaining_hours
    FROM workshop.batches b
    JOIN workshop.batch_orders bo ON bo.batch_id = b.id AND bo.is_active
    JOIN workshop.orders o ON o.id = bo.order_id
    JOIN workshop.model_production_stages s ON s.model_id = o.model_id
   WHERE NOT b.is_complete
   GROUP BY b.id
),
model_hours AS (
  SELECT s.model_id, sum(s.estimated_hours) AS hours
    FROM workshop.model_production_stages s
   GROUP BY s.model_id
),
projection AS (
  SELECT o.id AS order_id, o.order_number, o.customer_id, o.model_id, o.priority, o.status,
         o.due_date, b.id AS batch_id, b.batch_number, b.current_stage,
         COALESCE(CASE WHEN b.id IS NOT NULL THEN br.remaining_hours ELSE mh.hours END, 0)
           AS remaining_estimated_hours,
         c.daily_capacity_hours
    FROM workshop.orders o
    CROSS JOIN capacity c
    LEFT JOIN workshop.batch_orders bo ON bo.order_id = o.id AND bo.is_active
    LEFT JOIN workshop.batches b ON b.id = bo.batch_id AND NOT b.is_complete
    LEFT JOIN batch_remaining br ON br.batch_id = b.id
    LEFT JOIN model_hours mh ON mh.model_id = o.model_id
   WHERE o.status IN ('pending', 'in_production', 'on_hold', 'ready_to_ship')
     AND o.due_date IS NOT NULL
)
SELECT p.order_id, p.order_number, p.customer_id, p.model_id, p.priority, p.status, p.due_date,
       p.batch_id, p.batch_number, p.current_stage, p.remaining_estimated_hours,
       p.daily_capacity_hours,
       now() + p.remaining_estimated_hours / p.daily_capacity_hours * interval '1 day' AS projected_finish,
       (now() + p.remaining_estimated_hours / p.daily_capacity_hours * interval '1 day')::date - p.due_date
         AS days_late,
       p.due_date < CURRENT_DATE AS is_past_due
  FROM projection p
 WHERE (now() + p.remaining_estimated_hours / p.daily_capacity_hours * interval '1 day')::date > p.due_date
   AND workshop_private.require_staff_role(ARRAY['worker', 'manager', 'admin']::workshop.worker_role[])
 ORDER BY p.priority DESC, p.due_date, p.order_number;

REVOKE ALL ON workshop.order_due_risk FROM PUBLIC;
GRANT SELECT ON workshop.order_due_risk TO authenticated, service_role;

COMMENT ON VIEW workshop.order_due_risk IS
  'Open orders whose projected finish (now + remaining estimated hours / workshop.daily_capacity_hours, default 16) falls after their due date; rush first. Staff only.';
COMMENT ON COLUMN workshop.order_due_risk.order_id IS 'The order.';
COMMENT ON COLUMN workshop.order_due_risk.order_number IS 'Its human-facing number.';
COMMENT ON COLUMN workshop.order_due_risk.customer_id IS 'Its customer.';
COMMENT ON COLUMN workshop.order_due_risk.model_id IS 'Its model.';
COMMENT ON COLUMN workshop.order_due_risk.priority IS 'The order''s priority (sort key, rush first).';
COMMENT ON COLUMN workshop.order_due_risk.status IS 'Its status (an open one).';
COMMENT ON COLUMN workshop.order_due_risk.due_date IS 'Date promised to the customer.';
COMMENT ON COLUMN workshop.order_due_risk.batch_id IS 'Its open batch; NULL when not in one.';
COMMENT ON COLUMN workshop.order_due_risk.batch_number IS 'That batch''s number.';
COMMENT ON COLUMN workshop.order_due_risk.current_stage IS 'That batch''s stage.';
COMMENT ON COLUMN workshop.order_due_risk.remaining_estimated_hours IS 'Hours before it can ship: its batch''s current and later stages for all the batch''s orders, or its model''s full hours when not in a batch.';
COMMENT ON COLUMN workshop.order_due_risk.daily_capacity_hours IS 'Hours of work per day assumed (setting workshop.daily_capacity_hours, default 16).';
COMMENT ON COLUMN workshop.order_due_risk.projected_finish IS 'now() + remaining_estimated_hours / daily_capacity_hours days.';
COMMENT ON COLUMN workshop.order_due_risk.days_late IS 'Days between the due date and the projected finish date (> 0).';
COMMENT ON COLUMN workshop.order_due_risk.is_past_due IS 'True when the due date has already passed.';

COMMIT;
