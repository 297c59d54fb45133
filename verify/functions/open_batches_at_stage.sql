-- Verify workshop_db:functions/open_batches_at_stage on pg
BEGIN;
SELECT id, batch_number, current_stage, is_complete, created_at
  FROM workshop.open_batches_at_stage('Intake') WHERE false;
SELECT 1 / pg_catalog.count(*)
  FROM pg_catalog.pg_proc p
 WHERE p.oid = 'workshop.open_batches_at_stage(workshop.production_stage, timestamptz, uuid, integer)'::pg_catalog.regprocedure
   AND NOT p.prosecdef AND p.provolatile = 's'
   AND 'plan_cache_mode=force_generic_plan' = ANY (p.proconfig);
ROLLBACK;
