-- Verify workshop_db:views/estimate_accuracy on pg
BEGIN;
SELECT model_id, model_name, wood_type, stage, batches, orders, estimated_hours, actual_hours,
       variance_hours, variance_percent
  FROM workshop.estimate_accuracy WHERE false;
SELECT 1/count(*) FROM pg_catalog.pg_class
 WHERE oid = 'workshop.estimate_accuracy'::regclass AND reloptions @> ARRAY['security_invoker=true'];
ROLLBACK;
