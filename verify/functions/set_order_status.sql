-- Verify workshop_db:functions/set_order_status on pg
BEGIN;
-- The exact signature, SECURITY INVOKER, search_path pinned.
SELECT 1/count(*) FROM pg_catalog.pg_proc
 WHERE oid = 'workshop.set_order_status(uuid, workshop.order_status, text)'::regprocedure
   AND NOT prosecdef AND proconfig @> ARRAY['search_path=""'];
ROLLBACK;
