-- Deploy workshop_db:functions/data_quality_report to pg
-- requires: tables/headphone_models
-- requires: tables/model_production_stages
-- requires: tables/orders
-- requires: tables/order_status_history
-- requires: tables/batches
-- requires: tables/batch_orders
-- requires: tables/batch_stage_history
-- requires: functions/require_staff_role
BEGIN;

-- One row per violation of the soft rules, which the database reports instead of
-- refusing (they depend on time, or on data entered in several steps):
--   stage_estimates_match              a model's stage estimates do not sum to its hours
--   order_past_due                     due date passed, not shipped, delivered or cancelled
--   batch_stuck_at_stage               an open batch at one stage longer than stuck_after
--                                      (since its last move in batch_stage_history, else
--                                      since it was created)
--   order_in_production_without_batch  status in_production, but in no open batch
--   order_status_history_gap           no history row, or the latest one's new_status is
--                                      not the order's status
-- SECURITY INVOKER: it reads with the caller's rights; the gate admits managers, admins,
-- service_role and DBAs. A SQL-standard body is parsed at creation, so callers need
-- EXECUTE on the gate but no USAGE on workshop_private.
-- The past-due check names the open statuses (status IN ...) rather than the closed
-- ones: the same set while order_status has its seven labels, and the predicate of the
-- partial indexes of open orders (idx_orders_open_created_at, idx_orders_due_risk), so
-- it reads one of them instead of every order. A new label must be placed here too
-- (test/pgtap/monitoring/data_quality_report.sql holds the list against the enum).
-- Every branch names its columns: PostgreSQL prints the later branches of a UNION
-- without them, and parsing that text again (pg_restore) names them after their types,
-- so a restored database would show another function text.
CREATE OR REPLACE FUNCTION workshop.data_quality_report(stuck_after interval DEFAULT interval '7 days')
RETURNS TABLE (check_name text, subject_kind text, subject_id uuid, subject_label text, detail text)
  LANGUAGE sql STABLE
  SET search_path = ''
BEGIN ATOMIC
  SELECT v.check_name, v.subject_kind, v.subject_id, v.subject_label, v.detail FROM (
  SELECT 'stage_estimates_match'::text AS check_name, 'model'::text AS subject_kind,
         m.id AS subject_id, m.name AS subject_label,
         pg_catalog.format('stage estimates sum to %s h over %s stages, the model says %s h',
                           COALESCE(st.hours, 0), COALESCE(st.stages, 0), m.base_production_hours)
           AS detail
    FROM workshop.headphone_models m
    LEFT JOIN (SELECT s.model_id, pg_catalog.sum(s.estimated_hours) AS hours, pg_catalog.count(*) AS stages
                 FROM workshop.model_production_stages s GROUP BY s.model_id) st ON st.model_id = m.id
   WHERE COALESCE(st.hours, 0) <> m.base_production_hours
  UNION ALL
  SELECT 'order_past_due' AS check_name, 'order' AS subject_kind, o.id AS subject_id,
         o.order_number AS subject_label,
         pg_catalog.format('due %s, %s days ago, status %s', o.due_date, CURRENT_DATE - o.due_date, o.status)
           AS detail
    FROM workshop.orders o
   WHERE o.due_date < CURRENT_DATE
     AND o.status IN ('pending', 'in_production', 'on_hold', 'ready_to_ship')
  UNION ALL
  SELECT 'batch_stuck_at_stage' AS check_name, 'batch' AS subject_kind, b.id AS subject_id,
         b.batch_number AS subject_label,
         pg_catalog.format('at %s since %s (%s days; threshold %s)', b.current_stage,
                           pg_catalog.to_char(e.entered_at, 'YYYY-MM-DD HH24:MI TZ'),
                           pg_catalog.date_part('day', pg_catalog.now() - e.entered_at), stuck_after)
           AS detail
    FROM workshop.batches b
   CROSS JOIN LATERAL (
         SELECT COALESCE((SELECT h.moved_at FROM workshop.batch_stage_history h
                           WHERE h.batch_id = b.id ORDER BY h.id DESC LIMIT 1),
                         b.created_at) AS entered_at) e
   WHERE NOT b.is_complete
     AND e.entered_at < pg_catalog.now() - stuck_after
  UNION ALL
  SELECT 'order_in_production_without_batch' AS check_name, 'order' AS subject_kind,
         o.id AS subject_id, o.order_number AS subject_label,
         'status in_production, but in no open batch' AS detail
    FROM workshop.orders o
   WHERE o.status = 'in_production'
     AND NOT EXISTS (SELECT FROM workshop.batch_orders bo
                       JOIN workshop.batches b ON b.id = bo.batch_id
                      WHERE bo.order_id = o.id AND bo.is_active AND NOT b.is_complete)
  UNION ALL
  SELECT 'order_status_history_gap' AS check_name, 'order' AS subject_kind,
         o.id AS subject_id, o.order_number AS subject_label,
         CASE WHEN h.new_status IS NULL
              THEN pg_catalog.format('status %s, but no order_status_history row', o.status)
              ELSE pg_catalog.format('status %s, but the latest order_status_history row says %s',
                                     o.status, h.new_status) END AS detail
    FROM workshop.orders o
    LEFT JOIN LATERAL (SELECT sh.new_status FROM workshop.order_status_history sh
                        WHERE sh.order_id = o.id ORDER BY sh.id DESC LIMIT 1) h ON true
   WHERE h.new_status IS DISTINCT FROM o.status
  ) v (check_name, subject_kind, subject_id, subject_label, detail)
   WHERE workshop_private.require_staff_role(ARRAY['manager', 'admin']::workshop.worker_role[])
   ORDER BY v.check_name, v.subject_label;
END;
COMMENT ON FUNCTION workshop.data_quality_report(interval) IS
  'One row per soft-rule violation: stage_estimates_match, order_past_due, batch_stuck_at_stage (longer than stuck_after), order_in_production_without_batch, order_status_history_gap. Managers and admins only.';
REVOKE ALL ON FUNCTION workshop.data_quality_report(interval) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION workshop.data_quality_report(interval) TO authenticated, service_role;

COMMIT;
