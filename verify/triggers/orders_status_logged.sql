-- Verify workshop_db:triggers/orders_status_logged on pg
BEGIN;
-- Statement level (tgtype bit 0 clear) with transition tables.
SELECT 1/(count(*) = 2)::int FROM pg_catalog.pg_trigger
 WHERE tgrelid = 'workshop.orders'::regclass AND tgenabled = 'O'
   AND tgtype::int & 1 = 0 AND tgnewtable = 'new_orders'
   AND (tgname, tgfoid) IN (
     ('orders_status_logged_insert', 'workshop_private.orders_status_logged()'::regprocedure),
     ('orders_status_logged', 'workshop_private.orders_status_changes_logged()'::regprocedure));
ROLLBACK;
