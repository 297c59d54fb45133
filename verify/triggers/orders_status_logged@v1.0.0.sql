-- Verify workshop_db:triggers/orders_status_logged on pg
BEGIN;
SELECT 1/(count(*) = 2)::int FROM pg_catalog.pg_trigger
 WHERE tgrelid = 'workshop.orders'::regclass
   AND tgname IN ('orders_status_logged', 'orders_status_logged_insert')
   AND tgfoid = 'workshop_private.orders_status_logged()'::regprocedure AND tgenabled = 'O';
ROLLBACK;
