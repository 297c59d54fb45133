-- Deploy workshop_db:views/order_due_risk to pg
-- requires: views/order_due_risk@v1.0.0
-- requires: indexes/orders_due_risk
BEGIN;

-- Open orders that will probably miss their due date. Projection: now + the hours still
-- to do / the workshop's daily capacity (setting workshop.daily_capacity_hours, default
-- 16 h of work per calendar day). An order in an open batch waits for its whole batch:
-- the estimates of the batch's current and later stages for all its orders. An order in
-- no batch counts its model's full hours (it has not started). Dates are taken in the
-- session's TimeZone. Most urgent first: order priority rush, high, standard, low, then
-- the earliest due date.
-- Same columns and meaning as the released view; the plan differs. The released view
-- projected every open order (aggregating every open batch first) and sorted them, so a
-- page of 50 cost as much as the whole list (23 ms at 100k orders, about 10x that at
-- 1M). Here the open orders come from idx_orders_due_risk already in the view's order
-- and each one's remaining hours are computed beside it (LATERAL: its batch's active
-- orders, or its model), so a page stops once it has its rows.
CREATE OR REPLACE VIEW workshop.order_due_risk WITH (security_invoker = true) AS
WITH capacity AS (
  SELECT CASE WHEN c.v ~ '^\s*[0-9]+(\.[0-9]+)?\s*$' AND c.v::numeric > 0 THEN c.v::numeric ELSE 16 END
           AS daily_capacity_hours
    FROM (SELECT current_setting('workshop.daily_capacity_hours', true) AS v) c
),
-- Each model's estimates from each stage on (models x 7 stages, a few dozen rows, made
-- once per query): a batch's remaining hours are then one lookup per order of the batch.
stage_hours AS (
  SELECT s.model_id, st.stage, sum(s.estimated_hours) FILTER (WHERE s.stage >= st.stage) AS hours_from
    FROM workshop.model_production_stages s
   CROSS JOIN unnest(enum_range(NULL::workshop.production_stage)) AS st (stage)
   GROUP BY s.model_id, st.stage
),
projection AS (
  SELECT o.id AS order_id, o.order_number, o.customer_id, o.model_id, o.priority, o.status,
         o.due_date, ob.batch_id, ob.batch_number, ob.current_stage,
         COALESCE(CASE WHEN ob.batch_id IS NOT NULL THEN br.hours ELSE mh.hours END, 0)
           AS remaining_estimated_hours,
         c.daily_capacity_hours
    FROM workshop.orders o
    CROSS JOIN capacity c
    -- Its open batch: at most one (rule one_active_batch_per_order), hence LIMIT 1, which
    -- also keeps this lookup beside each order rather than joined for all orders first.
    LEFT JOIN LATERAL (
      SELECT b.id AS batch_id, b.batch_number, b.current_stage
        FROM workshop.batch_orders bo
        JOIN workshop.batches b ON b.id = bo.batch_id AND NOT b.is_complete
       WHERE bo.order_id = o.id AND bo.is_active
       LIMIT 1) ob ON true
    -- Its remaining hours: its open batch's current and later stages for the batch's
    -- orders, or its model's hours when it is in no batch. OFFSET 0 keeps each subquery
    -- whole, a lookup per row that the planner can memoize per batch (or model) when a
    -- reader takes the whole list.
    LEFT JOIN LATERAL (
      SELECT sum(h.hours_from) AS hours
        FROM workshop.batch_orders x
        JOIN workshop.orders xo ON xo.id = x.order_id
        JOIN stage_hours h ON h.model_id = xo.model_id AND h.stage = ob.current_stage
       WHERE x.batch_id = ob.batch_id AND x.is_active
      OFFSET 0) br ON ob.batch_id IS NOT NULL
    LEFT JOIN LATERAL (
      SELECT max(h.hours_from) AS hours  -- from the first stage on: all of them
        FROM stage_hours h
       WHERE h.model_id = o.model_id
      OFFSET 0) mh ON ob.batch_id IS NULL
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

COMMIT;
