-- Verify workshop_db:functions/refresh_production_summary on pg
BEGIN;
SELECT 1/count(*) FROM pg_catalog.pg_proc
 WHERE oid = 'workshop_private.refresh_production_summary(boolean)'::regprocedure AND prosecdef;
SELECT 1/count(*) FROM pg_catalog.pg_proc
 WHERE oid = 'workshop.refresh_production_summary(boolean)'::regprocedure AND NOT prosecdef;
DO $$
BEGIN
  ASSERT (SELECT status FROM workshop.refresh_production_summary()) = 'refreshed',
         'refresh_production_summary() did not refresh';
END
$$;
ROLLBACK;
