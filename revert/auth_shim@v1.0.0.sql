-- Revert workshop_db:auth_shim from pg
-- Drops only what the deploy created (marked by its comment); Supabase's own auth
-- objects stay.
BEGIN;

DO $revert$
BEGIN
  IF pg_catalog.obj_description(pg_catalog.to_regprocedure('auth.uid()'), 'pg_proc')
       LIKE 'workshop_db:auth_shim:%' THEN
    DROP FUNCTION auth.uid();
  END IF;
  IF pg_catalog.obj_description(pg_catalog.to_regprocedure('auth.jwt()'), 'pg_proc')
       LIKE 'workshop_db:auth_shim:%' THEN
    DROP FUNCTION auth.jwt();
  END IF;
  IF pg_catalog.obj_description(pg_catalog.to_regnamespace('auth'), 'pg_namespace')
       LIKE 'workshop_db:auth_shim:%' THEN
    DROP SCHEMA auth;  -- not CASCADE: refuses if someone else put objects in it
  END IF;
END
$revert$;

COMMIT;
