-- Verify workshop_db:functions/current_customer_id on pg
BEGIN;
SELECT 1/(p.prolang = (SELECT l.oid FROM pg_catalog.pg_language l WHERE l.lanname = 'plpgsql'))::int
  FROM pg_catalog.pg_proc p WHERE p.oid = 'workshop_private.current_customer_id()'::regprocedure;
DO $$
BEGIN
  PERFORM pg_catalog.set_config('request.jwt.claims', '{"sub":"00000000-0000-4000-8000-00000000dead"}', true);
  ASSERT workshop_private.current_customer_id() IS NULL, 'an unknown user must be no customer';
END
$$;
ROLLBACK;
