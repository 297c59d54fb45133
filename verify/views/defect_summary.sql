-- Verify workshop_db:views/defect_summary on pg
BEGIN;
SELECT defect_reason, model_id, model_name, wood_type, stage, defects, orders_affected, checks,
       failed_checks, defect_rate_percent, share_of_failures_percent
  FROM workshop.defect_summary WHERE false;
SELECT 1/count(*) FROM pg_catalog.pg_class
 WHERE oid = 'workshop.defect_summary'::regclass AND reloptions @> ARRAY['security_invoker=true'];
ROLLBACK;
