-- Verify workshop_db:views/stage_workload on pg
BEGIN;
SELECT stage, stage_position, open_batches, order_count, stage_estimated_hours, remaining_estimated_hours
  FROM workshop.stage_workload WHERE false;
SELECT 1/count(*) FROM pg_catalog.pg_class
 WHERE oid = 'workshop.stage_workload'::regclass AND reloptions @> ARRAY['security_invoker=true'];
ROLLBACK;
