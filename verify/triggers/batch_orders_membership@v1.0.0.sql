-- Verify workshop_db:triggers/batch_orders_membership on pg
BEGIN;
SELECT 1/(count(*) = 2)::int FROM pg_catalog.pg_trigger
 WHERE tgrelid = 'workshop.batch_orders'::regclass AND tgenabled = 'O'
   AND (tgname, tgfoid) IN (('batch_orders_guard', 'workshop_private.batch_orders_guard()'::regprocedure),
                            ('batch_orders_status', 'workshop_private.batch_orders_status()'::regprocedure));
ROLLBACK;
