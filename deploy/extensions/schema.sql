-- Deploy workshop_db:extensions/schema to pg
-- requires: roles
-- The schema `extensions` where Supabase installs extensions, so that their functions
-- and operators stay out of `public` and out of our schemas. A Supabase project already
-- has it: then nothing is created. What this change creates carries the comment marker
-- 'workshop_db:extensions/schema', and the revert removes only that.
BEGIN;

DO $deploy$
BEGIN
  IF pg_catalog.to_regnamespace('extensions') IS NULL THEN
    CREATE SCHEMA extensions;
    COMMENT ON SCHEMA extensions IS
      'workshop_db:extensions/schema: extensions (pg_trgm, pg_stat_statements), as in Supabase.';
    -- As Supabase: API roles may call extension functions (search_customers uses pg_trgm).
    GRANT USAGE ON SCHEMA extensions TO anon, authenticated, service_role;
  END IF;
END
$deploy$;

COMMIT;
