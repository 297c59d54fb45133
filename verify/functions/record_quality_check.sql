-- Verify workshop_db:functions/record_quality_check on pg
BEGIN;
-- The exact signature, SECURITY INVOKER, search_path pinned.
SELECT 1/count(*) FROM pg_catalog.pg_proc
 WHERE oid = 'workshop.record_quality_check(uuid, uuid, text, boolean, text)'::regprocedure
   AND NOT prosecdef AND proconfig @> ARRAY['search_path=""'];
ROLLBACK;
