-- Verify workshop_db:functions/order_internal_notes on pg
BEGIN;
DO $$
BEGIN
  ASSERT (SELECT p.prosecdef FROM pg_catalog.pg_proc p
           WHERE p.oid = 'workshop_private.order_internal_notes(uuid)'::regprocedure),
    'workshop_private.order_internal_notes is not SECURITY DEFINER';
  ASSERT NOT (SELECT p.prosecdef FROM pg_catalog.pg_proc p
               WHERE p.oid = 'workshop.order_internal_notes(uuid)'::regprocedure),
    'workshop.order_internal_notes must be SECURITY INVOKER';
  ASSERT pg_catalog.has_function_privilege('authenticated', 'workshop.order_internal_notes(uuid)', 'EXECUTE'),
    'authenticated cannot execute workshop.order_internal_notes';
  ASSERT NOT pg_catalog.has_function_privilege('anon', 'workshop.order_internal_notes(uuid)', 'EXECUTE'),
    'anon can execute workshop.order_internal_notes';
END
$$;
ROLLBACK;
