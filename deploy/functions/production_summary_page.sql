-- Deploy workshop_db:functions/production_summary_page to pg
-- requires: matviews/production_summary
-- requires: tables/production_summary_state
-- requires: functions/require_staff_role
BEGIN;

-- A page of the production summary by batch number (keyset: the batches after
-- after_batch_number), for staff. workshop.production_summary is a security_barrier
-- view, which the planner never flattens into its reader: a reader's ORDER BY ... LIMIT
-- sorts every row of the summary (31-54 ms at 1M orders). This function reads the
-- materialized view itself, so a page walks production_summary_batch_number and stops
-- after max_rows. Same gate and same columns as the view.
CREATE FUNCTION workshop_private.production_summary_page(after_batch_number text, max_rows integer)
RETURNS TABLE (batch_id uuid, batch_number text, current_stage workshop.production_stage,
               priority workshop.batch_priority, quality_status workshop.quality_status,
               target_completion date, actual_completion date, is_complete boolean,
               is_late boolean, order_count bigint, models uuid[], model_names text[],
               estimated_hours numeric, remaining_estimated_hours numeric,
               actual_hours numeric, hours_variance numeric,
               refreshed_at timestamptz, is_stale boolean)
  LANGUAGE plpgsql STABLE
  SECURITY DEFINER  -- reads the materialized view, which no API role may read directly
  SET search_path = ''
  ROWS 50
AS $$
BEGIN
  -- Staff, service_role and DBAs only; anyone else gets 42501 before a row is read.
  PERFORM workshop_private.require_staff_role(ARRAY['worker', 'manager', 'admin']::workshop.worker_role[]);
  RETURN QUERY
    SELECT p.batch_id, p.batch_number, p.current_stage, p.priority, p.quality_status,
           p.target_completion, p.actual_completion, p.is_complete,
           COALESCE(NOT p.is_complete AND p.target_completion < CURRENT_DATE, false),
           p.order_count, p.models, p.model_names, p.estimated_hours,
           p.remaining_estimated_hours, p.actual_hours,
           p.actual_hours - p.estimated_hours,
           s.last_refreshed_at, s.is_stale
      FROM workshop_private.production_summary p
     CROSS JOIN workshop_private.production_summary_state s
     WHERE p.batch_number > COALESCE(after_batch_number, '')
     ORDER BY p.batch_number
     LIMIT LEAST(GREATEST(COALESCE(max_rows, 50), 0), 1000);
END
$$;
COMMENT ON FUNCTION workshop_private.production_summary_page(text, integer) IS
  'Rows of workshop.production_summary after after_batch_number (all when NULL), by batch_number, at most max_rows (default 50, at most 1000). Staff only (42501 otherwise).';
REVOKE ALL ON FUNCTION workshop_private.production_summary_page(text, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION workshop_private.production_summary_page(text, integer) TO authenticated, service_role;

-- The API entry point (PostgREST: /rpc/production_summary_page).
CREATE FUNCTION workshop.production_summary_page(after_batch_number text DEFAULT NULL, max_rows integer DEFAULT 50)
RETURNS TABLE (batch_id uuid, batch_number text, current_stage workshop.production_stage,
               priority workshop.batch_priority, quality_status workshop.quality_status,
               target_completion date, actual_completion date, is_complete boolean,
               is_late boolean, order_count bigint, models uuid[], model_names text[],
               estimated_hours numeric, remaining_estimated_hours numeric,
               actual_hours numeric, hours_variance numeric,
               refreshed_at timestamptz, is_stale boolean)
  LANGUAGE sql STABLE
  SECURITY INVOKER
  SET search_path = ''
  ROWS 50
AS $$
  SELECT * FROM workshop_private.production_summary_page(after_batch_number, max_rows)
$$;
COMMENT ON FUNCTION workshop.production_summary_page(text, integer) IS
  'A page of the production summary for staff: the batches after after_batch_number, by batch_number, at most max_rows (default 50, at most 1000). Same columns as workshop.production_summary.';
REVOKE ALL ON FUNCTION workshop.production_summary_page(text, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION workshop.production_summary_page(text, integer) TO authenticated, service_role;

COMMIT;
