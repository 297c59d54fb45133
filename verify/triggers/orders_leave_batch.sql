-- Verify workshop_db:triggers/orders_leave_batch on pg
BEGIN;
SELECT 1/count(*) FROM pg_catalog.pg_trigger
 WHERE tgrelid = 'workshop.orders'::regclass AND tgname = 'orders_leave_batch'
   AND tgfoid = 'workshop_private.orders_leave_batch()'::regprocedure AND tgenabled = 'O';
ROLLBACK;
