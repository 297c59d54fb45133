-- Verify workshop_db:triggers/batches_worker_columns on pg
BEGIN;
SELECT 1/count(*) FROM pg_catalog.pg_trigger t
 WHERE t.tgrelid = 'workshop.batches'::regclass
   AND t.tgname = 'batches_worker_columns'
   AND t.tgfoid = 'workshop_private.batches_worker_columns()'::regprocedure
   AND t.tgenabled <> 'D';
ROLLBACK;
