-- Verify workshop_db:triggers/batch_orders_membership on pg
BEGIN;
SELECT 1/(count(*) = 1)::int FROM pg_catalog.pg_trigger
 WHERE tgrelid = 'workshop.batch_orders'::regclass AND tgenabled = 'O'
   AND tgname = 'batch_orders_guard' AND tgfoid = 'workshop_private.batch_orders_guard()'::regprocedure;
-- The status cascade: per statement, one trigger per event.
SELECT 1/(count(*) = 3)::int FROM pg_catalog.pg_trigger
 WHERE tgrelid = 'workshop.batch_orders'::regclass AND tgenabled = 'O' AND tgtype::int & 1 = 0
   AND (tgname, tgfoid) IN (
     ('batch_orders_status', 'workshop_private.batch_orders_status_inserted()'::regprocedure),
     ('batch_orders_status_update', 'workshop_private.batch_orders_status_updated()'::regprocedure),
     ('batch_orders_status_delete', 'workshop_private.batch_orders_status_deleted()'::regprocedure));
SELECT 1/count(*) FROM pg_catalog.pg_proc
 WHERE oid IN ('workshop_private.orders_join_batches(uuid[], uuid[])'::regprocedure,
               'workshop_private.orders_leave_batches(uuid[], uuid[])'::regprocedure)
HAVING count(*) = 2;
ROLLBACK;
