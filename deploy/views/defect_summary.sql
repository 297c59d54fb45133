-- Deploy workshop_db:views/defect_summary to pg
-- requires: tables/quality_checks
-- requires: tables/orders
-- requires: tables/headphone_models
-- requires: functions/require_staff_role
BEGIN;

-- Failed quality checks by defect reason, model, wood and stage. Two rates: against all
-- checks of that model, wood and stage (how often this defect happens there) and against
-- the failed ones (what share of the failures it is). Reasons are compared as written,
-- trimmed.
CREATE VIEW workshop.defect_summary WITH (security_invoker = true) AS
WITH qc AS (
  SELECT q.order_id, q.stage, q.passed, btrim(q.defect_reason) AS defect_reason, o.model_id, o.wood_type
    FROM workshop.quality_checks q
    JOIN workshop.orders o ON o.id = q.order_id
),
groups AS (
  SELECT qc.model_id, qc.wood_type, qc.stage,
         count(*) AS checks,
         count(*) FILTER (WHERE NOT qc.passed) AS failed_checks
    FROM qc
   GROUP BY qc.model_id, qc.wood_type, qc.stage
)
SELECT qc.defect_reason,
       hm.id                                   AS model_id,
       hm.name                                 AS model_name,
       qc.wood_type,
       qc.stage,
       count(*)                                AS defects,
       count(DISTINCT qc.order_id)             AS orders_affected,
       g.checks                                AS checks,
       g.failed_checks                         AS failed_checks,
       round(100.0 * count(*) / g.checks, 2)        AS defect_rate_percent,
       round(100.0 * count(*) / g.failed_checks, 2) AS share_of_failures_percent
  FROM qc
  JOIN groups g ON g.model_id = qc.model_id AND g.wood_type = qc.wood_type AND g.stage = qc.stage
  JOIN workshop.headphone_models hm ON hm.id = qc.model_id
 WHERE NOT qc.passed
   AND workshop_private.require_staff_role(ARRAY['worker', 'manager', 'admin']::workshop.worker_role[])
 GROUP BY qc.defect_reason, hm.id, hm.name, qc.wood_type, qc.stage, g.checks, g.failed_checks
 ORDER BY count(*) DESC, qc.defect_reason, hm.name, qc.wood_type, qc.stage;

REVOKE ALL ON workshop.defect_summary FROM PUBLIC;
GRANT SELECT ON workshop.defect_summary TO authenticated, service_role;

COMMENT ON VIEW workshop.defect_summary IS
  'Failed quality checks by defect reason, model, wood and stage, with rates; most frequent first. Staff only.';
COMMENT ON COLUMN workshop.defect_summary.defect_reason IS 'The defect reason as written (trimmed).';
COMMENT ON COLUMN workshop.defect_summary.model_id IS 'The model of the orders checked.';
COMMENT ON COLUMN workshop.defect_summary.model_name IS 'Its name.';
COMMENT ON COLUMN workshop.defect_summary.wood_type IS 'The wood of the orders checked.';
COMMENT ON COLUMN workshop.defect_summary.stage IS 'Stage at which they were checked.';
COMMENT ON COLUMN workshop.defect_summary.defects IS 'Failed checks with this reason.';
COMMENT ON COLUMN workshop.defect_summary.orders_affected IS 'Distinct orders with this defect.';
COMMENT ON COLUMN workshop.defect_summary.checks IS 'All checks of this model, wood and stage.';
COMMENT ON COLUMN workshop.defect_summary.failed_checks IS 'Failed checks of this model, wood and stage (any reason).';
COMMENT ON COLUMN workshop.defect_summary.defect_rate_percent IS 'defects / checks, in percent.';
COMMENT ON COLUMN workshop.defect_summary.share_of_failures_percent IS 'defects / failed_checks, in percent.';

COMMIT;
