-- Verify workshop_db:matviews/production_summary on pg
BEGIN;
SELECT batch_id, batch_number, current_stage, priority, quality_status, target_completion,
       actual_completion, is_complete, order_count, models, model_names, estimated_hours,
       remaining_estimated_hours, actual_hours
  FROM workshop_private.production_summary WHERE false;
-- REFRESH CONCURRENTLY needs this unique index.
SELECT 1/count(*) FROM pg_catalog.pg_index
 WHERE indrelid = 'workshop_private.production_summary'::regclass
   AND indisunique AND indpred IS NULL AND indexrelid = 'workshop_private.production_summary_batch_id_key'::regclass;
SELECT 1/count(*) FROM pg_catalog.pg_index
 WHERE indrelid = 'workshop_private.production_summary'::regclass
   AND indexrelid = 'workshop_private.production_summary_batch_number'::regclass;
-- This version reads the complete batches' frozen figures.
SELECT 1/count(*) FROM pg_catalog.pg_depend d
  JOIN pg_catalog.pg_rewrite r ON d.classid = 'pg_catalog.pg_rewrite'::regclass AND d.objid = r.oid
 WHERE r.ev_class = 'workshop_private.production_summary'::regclass
   AND d.refobjid = 'workshop_private.completed_batch_summary'::regclass;
ROLLBACK;
