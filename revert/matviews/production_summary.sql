-- Revert workshop_db:matviews/production_summary from pg
BEGIN;

-- Back to the released materialized view (matviews/production_summary@v1.0.0), and the
-- read view over it recreated as released (views/production_summary). The released view
-- aggregates every batch (15 to 30 s at 49,000 batches and 1,000,000 orders under load,
-- the benchmark's upgrade): both new views are built, granted and commented under other
-- names first, which locks no reader out, and only then are the current views dropped
-- and the new ones renamed, in a moment.

-- The seed's production summary, one row per batch. LEFT JOINs: a new batch without
-- orders or work still shows, with zeros. Each aggregate is computed in its own
-- subquery, so that work_logs rows do not multiply the orders (the seed's join did).
-- A batch's orders are its active memberships; a complete batch has deactivated them
-- all, so for it an inactive membership counts when the order was shipped and this
-- batch is the last one the order joined (an order removed earlier went back to
-- pending, or was built in a later batch). No is_late column: current_date would freeze
-- at the refresh, so readers compute it (workshop.production_summary).
CREATE MATERIALIZED VIEW workshop_private.production_summary_released AS
WITH member AS (
  SELECT bo.batch_id, o.id AS order_id, o.model_id, b.current_stage, b.is_complete
    FROM workshop.batch_orders bo
    JOIN workshop.batches b ON b.id = bo.batch_id
    JOIN workshop.orders o ON o.id = bo.order_id
   WHERE bo.is_active
      OR (b.is_complete
          AND o.status IN ('shipped', 'delivered')
          AND NOT EXISTS (SELECT FROM workshop.batch_orders later
                           WHERE later.order_id = bo.order_id AND later.added_at > bo.added_at))
),
orders_agg AS (
  SELECT m.batch_id, count(*) AS order_count
    FROM member m
   GROUP BY m.batch_id
),
-- models[i] is the model named model_names[i], sorted by name.
models_agg AS (
  SELECT d.batch_id,
         array_agg(d.model_id ORDER BY d.name) AS models,
         array_agg(d.name ORDER BY d.name) AS model_names
    FROM (SELECT DISTINCT m.batch_id, m.model_id, hm.name
            FROM member m
            JOIN workshop.headphone_models hm ON hm.id = m.model_id) d
   GROUP BY d.batch_id
),
hours_agg AS (
  SELECT m.batch_id,
         sum(s.estimated_hours) AS estimated_hours,
         COALESCE(sum(s.estimated_hours) FILTER (WHERE NOT m.is_complete AND s.stage >= m.current_stage), 0)
           AS remaining_estimated_hours
    FROM member m
    JOIN workshop.model_production_stages s ON s.model_id = m.model_id
   GROUP BY m.batch_id
),
work_agg AS (
  SELECT w.batch_id, sum(w.hours) AS actual_hours
    FROM workshop.work_logs w
   GROUP BY w.batch_id
)
SELECT b.id                                    AS batch_id,
       b.batch_number,
       b.current_stage,
       b.priority,
       b.quality_status,
       b.target_completion,
       b.actual_completion,
       b.is_complete,
       COALESCE(oa.order_count, 0)             AS order_count,
       COALESCE(ma.models, '{}')               AS models,
       COALESCE(ma.model_names, '{}')          AS model_names,
       COALESCE(ha.estimated_hours, 0)         AS estimated_hours,
       COALESCE(ha.remaining_estimated_hours, 0) AS remaining_estimated_hours,
       COALESCE(wa.actual_hours, 0)            AS actual_hours
  FROM workshop.batches b
  LEFT JOIN orders_agg oa ON oa.batch_id = b.id
  LEFT JOIN models_agg ma ON ma.batch_id = b.id
  LEFT JOIN hours_agg ha ON ha.batch_id = b.id
  LEFT JOIN work_agg wa ON wa.batch_id = b.id;

-- REFRESH ... CONCURRENTLY needs a unique index without predicate over all rows. Built
-- in the transaction that creates the view: nobody can write to it yet.
-- squawk-ignore require-concurrent-index-creation
CREATE UNIQUE INDEX production_summary_released_batch_id_key
  ON workshop_private.production_summary_released (batch_id);

REVOKE ALL ON workshop_private.production_summary_released FROM PUBLIC;

COMMENT ON MATERIALIZED VIEW workshop_private.production_summary_released IS
  'One row per batch: orders, models, estimated vs actual hours. Refreshed by workshop.refresh_production_summary(); read through workshop.production_summary.';
COMMENT ON COLUMN workshop_private.production_summary_released.batch_id IS 'The batch.';
COMMENT ON COLUMN workshop_private.production_summary_released.batch_number IS 'Its human-facing number.';
COMMENT ON COLUMN workshop_private.production_summary_released.current_stage IS 'Stage it was at when refreshed.';
COMMENT ON COLUMN workshop_private.production_summary_released.priority IS 'Its priority.';
COMMENT ON COLUMN workshop_private.production_summary_released.quality_status IS 'Its quality status.';
COMMENT ON COLUMN workshop_private.production_summary_released.target_completion IS 'Planned completion date.';
COMMENT ON COLUMN workshop_private.production_summary_released.actual_completion IS 'Date it was completed; NULL while open.';
COMMENT ON COLUMN workshop_private.production_summary_released.is_complete IS 'Whether it is complete.';
COMMENT ON COLUMN workshop_private.production_summary_released.order_count IS 'Number of its orders (0 for an empty batch).';
COMMENT ON COLUMN workshop_private.production_summary_released.models IS 'Distinct model ids of its orders (the seed''s column), in the order of model_names.';
COMMENT ON COLUMN workshop_private.production_summary_released.model_names IS 'Distinct model names of its orders, sorted.';
COMMENT ON COLUMN workshop_private.production_summary_released.estimated_hours IS 'Sum of the stage estimates of its orders'' models (all stages).';
COMMENT ON COLUMN workshop_private.production_summary_released.remaining_estimated_hours IS 'Estimates of the current and later stages for its orders; 0 once complete.';
COMMENT ON COLUMN workshop_private.production_summary_released.actual_hours IS 'Sum of its work_logs hours.';

CREATE VIEW workshop.production_summary_released WITH (security_barrier = true) AS
SELECT p.batch_id, p.batch_number, p.current_stage, p.priority, p.quality_status,
       p.target_completion, p.actual_completion, p.is_complete,
       COALESCE(NOT p.is_complete AND p.target_completion < CURRENT_DATE, false) AS is_late,
       p.order_count, p.models, p.model_names, p.estimated_hours,
       p.remaining_estimated_hours, p.actual_hours,
       p.actual_hours - p.estimated_hours AS hours_variance,
       s.last_refreshed_at AS refreshed_at, s.is_stale
  FROM workshop_private.production_summary_released p
 CROSS JOIN workshop_private.production_summary_state s
 WHERE workshop_private.require_staff_role(ARRAY['worker', 'manager', 'admin']::workshop.worker_role[]);

REVOKE ALL ON workshop.production_summary_released FROM PUBLIC;
GRANT SELECT ON workshop.production_summary_released TO authenticated, service_role;

COMMENT ON VIEW workshop.production_summary_released IS
  'Staff read of the production summary (as of refreshed_at; refresh with workshop.refresh_production_summary()). Runs with its owner''s rights behind a staff gate: others get 42501.';
COMMENT ON COLUMN workshop.production_summary_released.batch_id IS 'The batch.';
COMMENT ON COLUMN workshop.production_summary_released.batch_number IS 'Its human-facing number.';
COMMENT ON COLUMN workshop.production_summary_released.current_stage IS 'Stage it was at when refreshed.';
COMMENT ON COLUMN workshop.production_summary_released.priority IS 'Its priority.';
COMMENT ON COLUMN workshop.production_summary_released.quality_status IS 'Its quality status.';
COMMENT ON COLUMN workshop.production_summary_released.target_completion IS 'Planned completion date.';
COMMENT ON COLUMN workshop.production_summary_released.actual_completion IS 'Date it was completed; NULL while open.';
COMMENT ON COLUMN workshop.production_summary_released.is_complete IS 'Whether it is complete.';
COMMENT ON COLUMN workshop.production_summary_released.is_late IS 'Open and past its target_completion, as of today (computed when read); false without a target.';
COMMENT ON COLUMN workshop.production_summary_released.order_count IS 'Number of its orders.';
COMMENT ON COLUMN workshop.production_summary_released.models IS 'Distinct model ids of its orders, in the order of model_names.';
COMMENT ON COLUMN workshop.production_summary_released.model_names IS 'Distinct model names of its orders, sorted.';
COMMENT ON COLUMN workshop.production_summary_released.estimated_hours IS 'Sum of the stage estimates of its orders'' models.';
COMMENT ON COLUMN workshop.production_summary_released.remaining_estimated_hours IS 'Estimates of the current and later stages for its orders; 0 once complete.';
COMMENT ON COLUMN workshop.production_summary_released.actual_hours IS 'Sum of its work_logs hours.';
COMMENT ON COLUMN workshop.production_summary_released.hours_variance IS 'actual_hours - estimated_hours (negative while work remains).';
COMMENT ON COLUMN workshop.production_summary_released.refreshed_at IS 'The data is as of this time (the last refresh).';
COMMENT ON COLUMN workshop.production_summary_released.is_stale IS 'True when source tables were written after refreshed_at.';

-- The swap: from here to COMMIT, readers of the summary wait.
DROP VIEW workshop.production_summary;
DROP MATERIALIZED VIEW workshop_private.production_summary;
ALTER MATERIALIZED VIEW workshop_private.production_summary_released RENAME TO production_summary;
ALTER INDEX workshop_private.production_summary_released_batch_id_key
  RENAME TO production_summary_batch_id_key;
ALTER VIEW workshop.production_summary_released RENAME TO production_summary;

COMMIT;
