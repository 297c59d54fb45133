-- Verify workshop_db:functions/current_worker_role on pg
BEGIN;
DO $$
DECLARE
  f oid := 'workshop_private.current_worker_role()'::regprocedure;
BEGIN
  ASSERT (SELECT p.prosecdef FROM pg_catalog.pg_proc p WHERE p.oid = f),
    'current_worker_role() is not SECURITY DEFINER';
  ASSERT (SELECT 'search_path=""' = ANY (p.proconfig) FROM pg_catalog.pg_proc p WHERE p.oid = f),
    'current_worker_role() has no fixed search_path';
  PERFORM pg_catalog.set_config('request.jwt.claims', '{"sub":"00000000-0000-4000-8000-0000000000ff"}', true);
  ASSERT workshop_private.current_worker_role() IS NULL, 'a stranger has a worker role';
END
$$;
ROLLBACK;
