-- Verify workshop_db:triggers/orders_wood_offered on pg
BEGIN;
-- A change of wood or model: per row. New orders: per statement (tgtype bit 0 clear),
-- with their transition table.
SELECT 1/(count(*) = 1)::int FROM pg_catalog.pg_trigger
 WHERE tgrelid = 'workshop.orders'::regclass AND tgname = 'orders_wood_offered'
   AND tgtype::int & 1 = 1
   AND tgfoid = 'workshop_private.orders_wood_offered()'::regprocedure AND tgenabled = 'O';
SELECT 1/(count(*) = 1)::int FROM pg_catalog.pg_trigger
 WHERE tgrelid = 'workshop.orders'::regclass AND tgname = 'orders_wood_offered_insert'
   AND tgtype::int & 1 = 0 AND tgnewtable = 'new_orders'
   AND tgfoid = 'workshop_private.orders_wood_offered_inserted()'::regprocedure AND tgenabled = 'O';
ROLLBACK;
