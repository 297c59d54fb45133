-- Deploy workshop_db:auth_shim to pg
-- requires: roles
-- Supabase's auth.uid() and auth.jwt(), read from the request.jwt.claims setting that
-- PostgREST sets. A Supabase project already has them: then nothing is created. What
-- this change creates carries the comment marker 'workshop_db:auth_shim', and the
-- revert removes only objects with that marker.
BEGIN;

DO $deploy$
BEGIN
  IF pg_catalog.to_regnamespace('auth') IS NULL THEN
    CREATE SCHEMA auth;
    COMMENT ON SCHEMA auth IS 'workshop_db:auth_shim: stand-in for Supabase''s auth schema.';
    GRANT USAGE ON SCHEMA auth TO anon, authenticated, service_role;
  END IF;

  IF pg_catalog.to_regprocedure('auth.uid()') IS NULL THEN
    CREATE FUNCTION auth.uid() RETURNS uuid
      LANGUAGE sql STABLE PARALLEL SAFE
      SET search_path = ''
    AS $f$
      SELECT COALESCE(
        NULLIF(pg_catalog.current_setting('request.jwt.claim.sub', true), ''),
        NULLIF(pg_catalog.current_setting('request.jwt.claims', true), '')::jsonb ->> 'sub'
      )::uuid
    $f$;
    COMMENT ON FUNCTION auth.uid() IS
      'workshop_db:auth_shim: the subject (user id) of the request''s JWT claims, as Supabase''s auth.uid().';
    GRANT EXECUTE ON FUNCTION auth.uid() TO anon, authenticated, service_role;
  END IF;

  IF pg_catalog.to_regprocedure('auth.jwt()') IS NULL THEN
    CREATE FUNCTION auth.jwt() RETURNS jsonb
      LANGUAGE sql STABLE PARALLEL SAFE
      SET search_path = ''
    AS $f$
      SELECT COALESCE(
        NULLIF(pg_catalog.current_setting('request.jwt.claim', true), ''),
        NULLIF(pg_catalog.current_setting('request.jwt.claims', true), '')
      )::jsonb
    $f$;
    COMMENT ON FUNCTION auth.jwt() IS
      'workshop_db:auth_shim: the request''s JWT claims, as Supabase''s auth.jwt().';
    GRANT EXECUTE ON FUNCTION auth.jwt() TO anon, authenticated, service_role;
  END IF;
END
$deploy$;

COMMIT;
