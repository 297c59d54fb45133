-- Deploy workshop_db:matviews/production_summary to pg
-- requires: matviews/production_summary@v1.0.0
-- requires: triggers/batches_completed_summary
-- requires: tables/batch_metadata
-- requires: views/production_summary
BEGIN;

-- The read view depends on the materialized view: both are replaced below, the read view
-- with its released text, grants and comments (views/production_summary is unchanged),
-- in this transaction and with the same columns: clients see no gap. Both new views are
-- built, granted and commented under other names first; readers of the summary are
-- locked out only from the DROP of the old ones to the COMMIT, six short statements
-- (at 1,000,000 orders: 3 to 10 ms; 9 to 17 ms while the grants and comments came
-- after the DROP; 0.4 s while the build did).

-- The production summary, one row per batch: the released definition's columns and
-- meaning, computed so that a refresh costs what the open batches cost, not the
-- history. An open batch's orders are its active memberships, aggregated here; a model's
-- hours are summed once per (batch, model), not per order and stage. A complete batch
-- is frozen (its orders are shipped, which is final): its orders, models and estimated
-- hours were written once, when it completed, to workshop_private.completed_batch_summary
-- (with the released definition of its orders: the shipped ones for which it was the
-- last batch joined). Actual hours are batch_metadata.actual_hours_spent, the sum of the
-- batch's work_logs kept by the database, so the work logs are not summed again. LEFT
-- JOINs: a new batch without orders or work still shows, with zeros. No is_late column:
-- current_date would freeze at the refresh, so readers compute it
-- (workshop.production_summary).
CREATE MATERIALIZED VIEW workshop_private.production_summary_next AS
WITH open_models AS (
  SELECT bo.batch_id, b.current_stage, o.model_id, count(*) AS n
    FROM workshop.batches b
    JOIN workshop.batch_orders bo ON bo.batch_id = b.id
    JOIN workshop.orders o ON o.id = bo.order_id
   WHERE NOT b.is_complete AND bo.is_active
   GROUP BY bo.batch_id, b.current_stage, o.model_id
),
-- models[i] is the model named model_names[i], sorted by name.
open_agg AS (
  SELECT om.batch_id,
         sum(om.n)::bigint AS order_count,
         array_agg(om.model_id ORDER BY hm.name) AS models,
         array_agg(hm.name ORDER BY hm.name) AS model_names,
         sum(om.n * h.hours) AS estimated_hours,
         sum(om.n * h.remaining_hours) AS remaining_estimated_hours
    FROM open_models om
    JOIN workshop.headphone_models hm ON hm.id = om.model_id
   CROSS JOIN LATERAL (
         SELECT sum(s.estimated_hours) AS hours,
                sum(s.estimated_hours) FILTER (WHERE s.stage >= om.current_stage) AS remaining_hours
           FROM workshop.model_production_stages s
          WHERE s.model_id = om.model_id) h
   GROUP BY om.batch_id
)
SELECT b.id                                                   AS batch_id,
       b.batch_number,
       b.current_stage,
       b.priority,
       b.quality_status,
       b.target_completion,
       b.actual_completion,
       b.is_complete,
       COALESCE(oa.order_count, c.order_count, 0)             AS order_count,
       COALESCE(oa.models, c.models, '{}')                    AS models,
       COALESCE(oa.model_names, c.model_names, '{}')          AS model_names,
       COALESCE(oa.estimated_hours, c.estimated_hours, 0)     AS estimated_hours,
       COALESCE(oa.remaining_estimated_hours, 0)              AS remaining_estimated_hours,
       COALESCE(m.actual_hours_spent::numeric, 0)             AS actual_hours
  FROM workshop.batches b
  LEFT JOIN open_agg oa ON oa.batch_id = b.id
  LEFT JOIN workshop_private.completed_batch_summary c ON c.batch_id = b.id AND b.is_complete
  LEFT JOIN workshop.batch_metadata m ON m.batch_id = b.id;

-- REFRESH ... CONCURRENTLY needs a unique index without predicate over all rows. Built
-- in the transaction that creates the view: nobody can write to it yet.
-- squawk-ignore require-concurrent-index-creation
CREATE UNIQUE INDEX production_summary_next_batch_id_key
  ON workshop_private.production_summary_next (batch_id);
-- The summary's pages go by batch number (keyset on batch_number, 50 at a time).
-- squawk-ignore require-concurrent-index-creation
CREATE INDEX production_summary_next_batch_number
  ON workshop_private.production_summary_next (batch_number);

REVOKE ALL ON workshop_private.production_summary_next FROM PUBLIC;

COMMENT ON MATERIALIZED VIEW workshop_private.production_summary_next IS
  'One row per batch: orders, models, estimated vs actual hours (a complete batch''s from workshop_private.completed_batch_summary). Refreshed by workshop.refresh_production_summary(); read through workshop.production_summary.';
COMMENT ON COLUMN workshop_private.production_summary_next.batch_id IS 'The batch.';
COMMENT ON COLUMN workshop_private.production_summary_next.batch_number IS 'Its human-facing number.';
COMMENT ON COLUMN workshop_private.production_summary_next.current_stage IS 'Stage it was at when refreshed.';
COMMENT ON COLUMN workshop_private.production_summary_next.priority IS 'Its priority.';
COMMENT ON COLUMN workshop_private.production_summary_next.quality_status IS 'Its quality status.';
COMMENT ON COLUMN workshop_private.production_summary_next.target_completion IS 'Planned completion date.';
COMMENT ON COLUMN workshop_private.production_summary_next.actual_completion IS 'Date it was completed; NULL while open.';
COMMENT ON COLUMN workshop_private.production_summary_next.is_complete IS 'Whether it is complete.';
COMMENT ON COLUMN workshop_private.production_summary_next.order_count IS 'Number of its orders (0 for an empty batch).';
COMMENT ON COLUMN workshop_private.production_summary_next.models IS 'Distinct model ids of its orders (the seed''s column), in the order of model_names.';
COMMENT ON COLUMN workshop_private.production_summary_next.model_names IS 'Distinct model names of its orders, sorted.';
COMMENT ON COLUMN workshop_private.production_summary_next.estimated_hours IS 'Sum of the stage estimates of its orders'' models (all stages); a complete batch''s as estimated when it completed.';
COMMENT ON COLUMN workshop_private.production_summary_next.remaining_estimated_hours IS 'Estimates of the current and later stages for its orders; 0 once complete.';
COMMENT ON COLUMN workshop_private.production_summary_next.actual_hours IS 'Sum of its work_logs hours (batch_metadata.actual_hours_spent).';

-- The read view, as released (views/production_summary). Nobody sees its name: it is
-- renamed before COMMIT.
CREATE VIEW workshop.production_summary_next WITH (security_barrier = true) AS
SELECT p.batch_id, p.batch_number, p.current_stage, p.priority, p.quality_status,
       p.target_completion, p.actual_completion, p.is_complete,
       COALESCE(NOT p.is_complete AND p.target_completion < CURRENT_DATE, false) AS is_late,
       p.order_count, p.models, p.model_names, p.estimated_hours,
       p.remaining_estimated_hours, p.actual_hours,
       p.actual_hours - p.estimated_hours AS hours_variance,
       s.last_refreshed_at AS refreshed_at, s.is_stale
  FROM workshop_private.production_summary_next p
 CROSS JOIN workshop_private.production_summary_state s
 WHERE workshop_private.require_staff_role(ARRAY['worker', 'manager', 'admin']::workshop.worker_role[]);

REVOKE ALL ON workshop.production_summary_next FROM PUBLIC;
GRANT SELECT ON workshop.production_summary_next TO authenticated, service_role;

COMMENT ON VIEW workshop.production_summary_next IS
  'Staff read of the production summary (as of refreshed_at; refresh with workshop.refresh_production_summary()). Runs with its owner''s rights behind a staff gate: others get 42501.';
COMMENT ON COLUMN workshop.production_summary_next.batch_id IS 'The batch.';
COMMENT ON COLUMN workshop.production_summary_next.batch_number IS 'Its human-facing number.';
COMMENT ON COLUMN workshop.production_summary_next.current_stage IS 'Stage it was at when refreshed.';
COMMENT ON COLUMN workshop.production_summary_next.priority IS 'Its priority.';
COMMENT ON COLUMN workshop.production_summary_next.quality_status IS 'Its quality status.';
COMMENT ON COLUMN workshop.production_summary_next.target_completion IS 'Planned completion date.';
COMMENT ON COLUMN workshop.production_summary_next.actual_completion IS 'Date it was completed; NULL while open.';
COMMENT ON COLUMN workshop.production_summary_next.is_complete IS 'Whether it is complete.';
COMMENT ON COLUMN workshop.production_summary_next.is_late IS 'Open and past its target_completion, as of today (computed when read); false without a target.';
COMMENT ON COLUMN workshop.production_summary_next.order_count IS 'Number of its orders.';
COMMENT ON COLUMN workshop.production_summary_next.models IS 'Distinct model ids of its orders, in the order of model_names.';
COMMENT ON COLUMN workshop.production_summary_next.model_names IS 'Distinct model names of its orders, sorted.';
COMMENT ON COLUMN workshop.production_summary_next.estimated_hours IS 'Sum of the stage estimates of its orders'' models.';
COMMENT ON COLUMN workshop.production_summary_next.remaining_estimated_hours IS 'Estimates of the current and later stages for its orders; 0 once complete.';
COMMENT ON COLUMN workshop.production_summary_next.actual_hours IS 'Sum of its work_logs hours.';
COMMENT ON COLUMN workshop.production_summary_next.hours_variance IS 'actual_hours - estimated_hours (negative while work remains).';
COMMENT ON COLUMN workshop.production_summary_next.refreshed_at IS 'The data is as of this time (the last refresh).';
COMMENT ON COLUMN workshop.production_summary_next.is_stale IS 'True when source tables were written after refreshed_at.';

-- The swap: from here to COMMIT, readers of the summary wait.
-- squawk-ignore ban-drop-view
DROP VIEW workshop.production_summary;
-- squawk-ignore ban-drop-view
DROP MATERIALIZED VIEW workshop_private.production_summary;
-- The renames give the new objects the released names, which no client has used yet.
-- squawk-ignore renaming-object
ALTER MATERIALIZED VIEW workshop_private.production_summary_next RENAME TO production_summary;
-- squawk-ignore renaming-object
ALTER INDEX workshop_private.production_summary_next_batch_id_key RENAME TO production_summary_batch_id_key;
-- squawk-ignore renaming-object
ALTER INDEX workshop_private.production_summary_next_batch_number RENAME TO production_summary_batch_number;
-- squawk-ignore renaming-object
ALTER VIEW workshop.production_summary_next RENAME TO production_summary;

COMMIT;
