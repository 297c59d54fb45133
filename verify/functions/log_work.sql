-- Verify workshop_db:functions/log_work on pg
BEGIN;
-- The exact signature, SECURITY INVOKER, search_path pinned.
SELECT 1/count(*) FROM pg_catalog.pg_proc
 WHERE oid = 'workshop.log_work(uuid, numeric, workshop.production_stage, uuid)'::regprocedure
   AND NOT prosecdef AND proconfig @> ARRAY['search_path=""'];
ROLLBACK;
