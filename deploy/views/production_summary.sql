-- Deploy workshop_db:views/production_summary to pg
-- requires: matviews/production_summary
-- requires: tables/production_summary_state
-- requires: functions/require_staff_role
BEGIN;

-- The read path of the production summary. A materialized view has no row level
-- security, and a security_invoker view over it would need the caller to hold SELECT on
-- the materialized view itself (which anyone signed in could then read directly). So
-- this one view runs with its owner's rights, and its WHERE is the gate: staff only
-- (require_staff_role raises 42501 for anyone else; it is a one-time filter, evaluated
-- before any row is read). Unlike a SECURITY DEFINER function, a view lets the caller's
-- filters reach the materialized view's unique index: one batch's row is an index
-- lookup, not a scan of every batch. security_barrier keeps the caller's non-leakproof
-- filters after the gate. is_late is computed when read (current_date inside the
-- materialized view would freeze at the refresh). The summary holds no customer data
-- and never orders.internal_notes.
CREATE VIEW workshop.production_summary WITH (security_barrier = true) AS
SELECT p.batch_id, p.batch_number, p.current_stage, p.priority, p.quality_status,
       p.target_completion, p.actual_completion, p.is_complete,
       COALESCE(NOT p.is_complete AND p.target_completion < CURRENT_DATE, false) AS is_late,
       p.order_count, p.models, p.model_names, p.estimated_hours,
       p.remaining_estimated_hours, p.actual_hours,
       p.actual_hours - p.estimated_hours AS hours_variance,
       s.last_refreshed_at AS refreshed_at, s.is_stale
  FROM workshop_private.production_summary p
 CROSS JOIN workshop_private.production_summary_state s
 WHERE workshop_private.require_staff_role(ARRAY['worker', 'manager', 'admin']::workshop.worker_role[]);

REVOKE ALL ON workshop.production_summary FROM PUBLIC;
GRANT SELECT ON workshop.production_summary TO authenticated, service_role;

COMMENT ON VIEW workshop.production_summary IS
  'Staff read of the production summary (as of refreshed_at; refresh with workshop.refresh_production_summary()). Runs with its owner''s rights behind a staff gate: others get 42501.';
COMMENT ON COLUMN workshop.production_summary.batch_id IS 'The batch.';
COMMENT ON COLUMN workshop.production_summary.batch_number IS 'Its human-facing number.';
COMMENT ON COLUMN workshop.production_summary.current_stage IS 'Stage it was at when refreshed.';
COMMENT ON COLUMN workshop.production_summary.priority IS 'Its priority.';
COMMENT ON COLUMN workshop.production_summary.quality_status IS 'Its quality status.';
COMMENT ON COLUMN workshop.production_summary.target_completion IS 'Planned completion date.';
COMMENT ON COLUMN workshop.production_summary.actual_completion IS 'Date it was completed; NULL while open.';
COMMENT ON COLUMN workshop.production_summary.is_complete IS 'Whether it is complete.';
COMMENT ON COLUMN workshop.production_summary.is_late IS 'Open and past its target_completion, as of today (computed when read); false without a target.';
COMMENT ON COLUMN workshop.production_summary.order_count IS 'Number of its orders.';
COMMENT ON COLUMN workshop.production_summary.models IS 'Distinct model ids of its orders, in the order of model_names.';
COMMENT ON COLUMN workshop.production_summary.model_names IS 'Distinct model names of its orders, sorted.';
COMMENT ON COLUMN workshop.production_summary.estimated_hours IS 'Sum of the stage estimates of its orders'' models.';
COMMENT ON COLUMN workshop.production_summary.remaining_estimated_hours IS 'Estimates of the current and later stages for its orders; 0 once complete.';
COMMENT ON COLUMN workshop.production_summary.actual_hours IS 'Sum of its work_logs hours.';
COMMENT ON COLUMN workshop.production_summary.hours_variance IS 'actual_hours - estimated_hours (negative while work remains).';
COMMENT ON COLUMN workshop.production_summary.refreshed_at IS 'The data is as of this time (the last refresh).';
COMMENT ON COLUMN workshop.production_summary.is_stale IS 'True when source tables were written after refreshed_at.';

COMMIT;
