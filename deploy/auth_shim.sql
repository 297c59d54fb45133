-- Deploy workshop_db:auth_shim to pg
-- requires: roles
BEGIN;

-- The shim's auth.uid() and auth.jwt() become what Supabase itself defines: plain SQL
-- functions with no SET clause, which the planner inlines. With SET search_path they
-- could not be inlined, and every policy helper that calls auth.uid() parsed and planned
-- its body again in each statement (about 40 us of the 50-90 us a policy cost, measured
-- for the benchmark of issue 7). Without a search_path of their own they name every
-- object with its schema (pg_catalog functions, operator and types), so a caller's
-- search_path cannot redirect them. Only the shim's own functions (comment marker
-- 'workshop_db:auth_shim') are replaced; Supabase's are left as they are.
DO $deploy$
BEGIN
  IF pg_catalog.obj_description(pg_catalog.to_regprocedure('auth.uid()'), 'pg_proc')
       LIKE 'workshop_db:auth_shim:%' THEN
    CREATE OR REPLACE FUNCTION auth.uid() RETURNS uuid
      LANGUAGE sql STABLE PARALLEL SAFE
    AS $f$
      SELECT COALESCE(
        NULLIF(pg_catalog.current_setting('request.jwt.claim.sub', true), ''),
        NULLIF(pg_catalog.current_setting('request.jwt.claims', true), '')::pg_catalog.jsonb
          OPERATOR(pg_catalog.->>) 'sub'
      )::pg_catalog.uuid
    $f$;
  END IF;
  IF pg_catalog.obj_description(pg_catalog.to_regprocedure('auth.jwt()'), 'pg_proc')
       LIKE 'workshop_db:auth_shim:%' THEN
    CREATE OR REPLACE FUNCTION auth.jwt() RETURNS jsonb
      LANGUAGE sql STABLE PARALLEL SAFE
    AS $f$
      SELECT COALESCE(
        NULLIF(pg_catalog.current_setting('request.jwt.claim', true), ''),
        NULLIF(pg_catalog.current_setting('request.jwt.claims', true), '')
      )::pg_catalog.jsonb
    $f$;
  END IF;
END
$deploy$;

COMMIT;
