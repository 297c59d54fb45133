-- Verify workshop_db:triggers/orders_status_transition on pg
BEGIN;
-- A change: per row, before the write. A new order: per statement (tgtype bit 0 clear),
-- with its transition table.
SELECT 1/(count(*) = 1)::int FROM pg_catalog.pg_trigger
 WHERE tgrelid = 'workshop.orders'::regclass AND tgname = 'orders_status_transition'
   AND tgtype::int & 1 = 1
   AND tgfoid = 'workshop_private.orders_status_transition()'::regprocedure AND tgenabled = 'O';
SELECT 1/(count(*) = 1)::int FROM pg_catalog.pg_trigger
 WHERE tgrelid = 'workshop.orders'::regclass AND tgname = 'orders_status_transition_insert'
   AND tgtype::int & 1 = 0 AND tgnewtable = 'new_orders'
   AND tgfoid = 'workshop_private.orders_status_started()'::regprocedure AND tgenabled = 'O';
ROLLBACK;
