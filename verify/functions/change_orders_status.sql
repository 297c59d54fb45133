-- Verify workshop_db:functions/change_orders_status on pg
BEGIN;
SELECT 1/count(*) FROM pg_catalog.pg_proc
 WHERE oid = 'workshop_private.change_orders_status(uuid[], workshop.order_status, text)'::regprocedure
   AND NOT prosecdef;
ROLLBACK;
