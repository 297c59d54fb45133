-- Verify workshop_db:views/production_summary on pg
BEGIN;
SELECT batch_id, batch_number, current_stage, priority, quality_status, target_completion,
       actual_completion, is_complete, is_late, order_count, models, model_names,
       estimated_hours, remaining_estimated_hours, actual_hours, hours_variance,
       refreshed_at, is_stale
  FROM workshop.production_summary WHERE false;
SELECT 1/count(*) FROM pg_catalog.pg_class
 WHERE oid = 'workshop.production_summary'::regclass AND reloptions @> ARRAY['security_barrier=true'];
ROLLBACK;
