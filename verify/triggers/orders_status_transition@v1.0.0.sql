-- Verify workshop_db:triggers/orders_status_transition on pg
BEGIN;
SELECT 1/(count(*) = 2)::int FROM pg_catalog.pg_trigger
 WHERE tgrelid = 'workshop.orders'::regclass
   AND tgname IN ('orders_status_transition', 'orders_status_transition_insert')
   AND tgfoid = 'workshop_private.orders_status_transition()'::regprocedure AND tgenabled = 'O';
ROLLBACK;
