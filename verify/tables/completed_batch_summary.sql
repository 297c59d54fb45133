-- Verify workshop_db:tables/completed_batch_summary on pg
BEGIN;
SELECT batch_id, order_count, models, model_names, estimated_hours
  FROM workshop_private.completed_batch_summary WHERE false;
SELECT 1/count(*) FROM pg_catalog.pg_class
 WHERE oid = 'workshop_private.completed_batch_summary'::regclass AND relrowsecurity;
ROLLBACK;
