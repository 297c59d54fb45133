-- Verify workshop_db:functions/add_order_to_batch on pg
BEGIN;
-- The exact signature, SECURITY INVOKER, search_path pinned.
SELECT 1/count(*) FROM pg_catalog.pg_proc
 WHERE oid = 'workshop.add_order_to_batch(uuid, uuid)'::regprocedure
   AND NOT prosecdef AND proconfig @> ARRAY['search_path=""'];
ROLLBACK;
