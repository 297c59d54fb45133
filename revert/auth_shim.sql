-- Revert workshop_db:auth_shim from pg
-- Back to the released shim functions (SET search_path = ''); Supabase's are untouched.
BEGIN;

DO $revert$
BEGIN
  IF pg_catalog.obj_description(pg_catalog.to_regprocedure('auth.uid()'), 'pg_proc')
       LIKE 'workshop_db:auth_shim:%' THEN
    CREATE OR REPLACE FUNCTION auth.uid() RETURNS uuid
      LANGUAGE sql STABLE PARALLEL SAFE
      SET search_path = ''
    AS $f$
      SELECT COALESCE(
        NULLIF(pg_catalog.current_setting('request.jwt.claim.sub', true), ''),
        NULLIF(pg_catalog.current_setting('request.jwt.claims', true), '')::jsonb ->> 'sub'
      )::uuid
    $f$;
  END IF;
  IF pg_catalog.obj_description(pg_catalog.to_regprocedure('auth.jwt()'), 'pg_proc')
       LIKE 'workshop_db:auth_shim:%' THEN
    CREATE OR REPLACE FUNCTION auth.jwt() RETURNS jsonb
      LANGUAGE sql STABLE PARALLEL SAFE
      SET search_path = ''
    AS $f$
      SELECT COALESCE(
        NULLIF(pg_catalog.current_setting('request.jwt.claim', true), ''),
        NULLIF(pg_catalog.current_setting('request.jwt.claims', true), '')
      )::jsonb
    $f$;
  END IF;
END
$revert$;

COMMIT;
