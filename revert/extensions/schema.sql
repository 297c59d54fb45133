-- Revert workshop_db:extensions/schema from pg
-- Drops the schema only if the deploy created it (comment marker); Supabase's stays.
BEGIN;

DO $revert$
BEGIN
  IF pg_catalog.obj_description(pg_catalog.to_regnamespace('extensions'), 'pg_namespace')
       LIKE 'workshop_db:extensions/schema:%' THEN
    DROP SCHEMA extensions;  -- not CASCADE: refuses if someone else put objects in it
  END IF;
END
$revert$;

COMMIT;
