-- Verify workshop_db:triggers/history_append_only on pg
BEGIN;
SELECT 1/(count(*) = 2)::int FROM pg_catalog.pg_trigger
 WHERE (tgrelid, tgname) IN (('workshop.order_status_history'::regclass, 'order_status_history_append_only'),
                             ('workshop.batch_stage_history'::regclass, 'batch_stage_history_append_only'))
   AND tgfoid = 'workshop_private.history_append_only()'::regprocedure AND tgenabled = 'O';
ROLLBACK;
