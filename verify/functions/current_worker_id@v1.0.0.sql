-- Verify workshop_db:functions/current_worker_id on pg
BEGIN;
DO $$
BEGIN
  PERFORM pg_catalog.set_config('workshop.worker_id', '00000000-0000-4000-8000-0000000000aa', true);
  ASSERT workshop_private.current_worker_id() = '00000000-0000-4000-8000-0000000000aa'::uuid,
    'current_worker_id() ignores workshop.worker_id';
END
$$;
ROLLBACK;
