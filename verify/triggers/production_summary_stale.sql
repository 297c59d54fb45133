-- Verify workshop_db:triggers/production_summary_stale on pg
-- All six source tables carry the statement trigger.
BEGIN;
SELECT 1/(count(*) = 6)::int FROM pg_catalog.pg_trigger
 WHERE tgfoid = 'workshop_private.mark_production_summary_stale()'::regprocedure
   AND tgname LIKE '%\_production_summary_stale'
   AND tgrelid IN ('workshop.batches'::regclass, 'workshop.batch_orders'::regclass,
                   'workshop.orders'::regclass, 'workshop.work_logs'::regclass,
                   'workshop.model_production_stages'::regclass, 'workshop.headphone_models'::regclass);
ROLLBACK;
