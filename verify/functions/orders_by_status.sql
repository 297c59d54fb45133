-- Verify workshop_db:functions/orders_by_status on pg
BEGIN;
SELECT id, order_number, status, priority, due_date, created_at
  FROM workshop.orders_by_status('pending') WHERE false;
SELECT 1 / pg_catalog.count(*)
  FROM pg_catalog.pg_proc p
 WHERE p.oid = 'workshop.orders_by_status(workshop.order_status, timestamptz, uuid, integer)'::pg_catalog.regprocedure
   AND NOT p.prosecdef AND p.provolatile = 's'
   AND 'plan_cache_mode=force_generic_plan' = ANY (p.proconfig);
ROLLBACK;
