-- Verify workshop_db:functions/set_batch_quality on pg
BEGIN;
-- The exact signature, SECURITY INVOKER, search_path pinned.
SELECT 1/count(*) FROM pg_catalog.pg_proc
 WHERE oid = 'workshop.set_batch_quality(uuid, workshop.quality_status, text)'::regprocedure
   AND NOT prosecdef AND proconfig @> ARRAY['search_path=""'];
ROLLBACK;
