-- Verify workshop_db:triggers/orders_wood_offered on pg
BEGIN;
SELECT 1/count(*) FROM pg_catalog.pg_trigger
 WHERE tgrelid = 'workshop.orders'::regclass AND tgname = 'orders_wood_offered'
   AND tgfoid = 'workshop_private.orders_wood_offered()'::regprocedure AND tgenabled = 'O';
ROLLBACK;
