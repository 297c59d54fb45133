-- Deploy workshop_db:views/production_summary to pg
-- requires: matviews/production_summary
-- requires: tables/production_summary_state
-- requires: functions/require_staff_role
BEGIN;

-- The read path of the production summary. A materialized view has no row level
-- security, and a security_invoker view over it would need the caller to hold SELECT on
-- workshop_private: so a SECURITY DEFINER function reads it after checking that the
-- caller is staff, and computes is_late at read time (current_date in the materialized
-- view would freeze at the refresh). The summary holds no customer data and never
-- orders.internal_notes.
CREATE FUNCTION workshop_private.production_summary_rows()
RETURNS TABLE (
  batch_id uuid, batch_number text, current_stage workshop.production_stage,
  priority workshop.batch_priority, quality_status workshop.quality_status,
  target_completion date, actual_completion date, is_complete boolean, is_late boolean,
  order_count bigint, models uuid[], model_names text[], estimated_hours numeric,
  remaining_estimated_hours numeric, actual_hours numeric, hours_variance numeric,
  refreshed_at timestamptz, is_stale boolean)
  LANGUAGE plpgsql STABLE
  SECURITY DEFINER
  SET search_path = ''
AS $$
BEGIN
  PERFORM workshop_private.require_staff_role(ARRAY['worker', 'manager', 'admin']::workshop.worker_role[]);
  RETURN QUERY
  SELECT p.batch_id, p.batch_number, p.current_stage, p.priority, p.quality_status,
         p.target_completion, p.actual_completion, p.is_complete,
         COALESCE(NOT p.is_complete AND p.target_completion < CURRENT_DATE, false),
         p.order_count, p.models, p.model_names, p.estimated_hours,
         p.remaining_estimated_hours, p.actual_hours, p.actual_hours - p.estimated_hours,
         s.last_refreshed_at, s.is_stale
    FROM workshop_private.production_summary p
   CROSS JOIN workshop_private.production_summary_state s
   ORDER BY p.is_complete, p.priority DESC, p.target_completion NULLS LAST, p.batch_number;
END
$$;
COMMENT ON FUNCTION workshop_private.production_summary_rows() IS
  'The production summary for staff (raises 42501 for others), with is_late computed at read time; open batches first, most urgent first. Read it as workshop.production_summary.';
REVOKE ALL ON FUNCTION workshop_private.production_summary_rows() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION workshop_private.production_summary_rows() TO authenticated, service_role;

CREATE VIEW workshop.production_summary WITH (security_invoker = true) AS
SELECT r.batch_id, r.batch_number, r.current_stage, r.priority, r.quality_status,
       r.target_completion, r.actual_completion, r.is_complete, r.is_late, r.order_count,
       r.models, r.model_names, r.estimated_hours, r.remaining_estimated_hours,
       r.actual_hours, r.hours_variance, r.refreshed_at, r.is_stale
  FROM workshop_private.production_summary_rows() r;

REVOKE ALL ON workshop.production_summary FROM PUBLIC;
GRANT SELECT ON workshop.production_summary TO authenticated, service_role;

COMMENT ON VIEW workshop.production_summary IS
  'Staff read of the production summary (as of refreshed_at; refresh with workshop.refresh_production_summary()). Others get 42501.';
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
