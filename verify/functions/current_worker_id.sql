-- Verify workshop_db:functions/current_worker_id on pg
BEGIN;
SELECT 1/(p.prolang = (SELECT l.oid FROM pg_catalog.pg_language l WHERE l.lanname = 'plpgsql'))::int
  FROM pg_catalog.pg_proc p WHERE p.oid = 'workshop_private.current_worker_id()'::regprocedure;
DO $$
BEGIN
  PERFORM pg_catalog.set_config('request.jwt.claims', '', true);
  PERFORM pg_catalog.set_config('workshop.worker_id', '00000000-0000-4000-8000-00000000beef', true);
  ASSERT workshop_private.current_worker_id() = '00000000-0000-4000-8000-00000000beef', 'without a signed-in user the setting workshop.worker_id names the actor';
  PERFORM pg_catalog.set_config('request.jwt.claims', '{"sub":"00000000-0000-4000-8000-00000000dead"}', true);
  ASSERT workshop_private.current_worker_id() IS NULL, 'a signed-in stranger is no worker, whatever the setting says';
END
$$;
ROLLBACK;
