-- Deploy workshop_db:extensions/pg_trgm to pg
-- requires: extensions/schema
-- Trigram matching for workshop.search_customers (partial names and emails). Created in
-- the schema `extensions` unless it is already installed there (Supabase); installed in
-- another schema it is refused, because our functions name extensions.similarity and
-- OPERATOR(extensions.%) explicitly. The comment marks an extension this change created,
-- so that the revert drops only that.
BEGIN;

DO $deploy$
DECLARE
  v_schema name;
BEGIN
  SELECT n.nspname INTO v_schema
    FROM pg_catalog.pg_extension e JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace
   WHERE e.extname = 'pg_trgm';
  IF v_schema IS NULL THEN
    CREATE EXTENSION pg_trgm SCHEMA extensions;
    COMMENT ON EXTENSION pg_trgm IS
      'workshop_db:extensions/pg_trgm: trigram matching for workshop.search_customers.';
  ELSIF v_schema <> 'extensions' THEN
    RAISE EXCEPTION USING
      ERRCODE = '55000',
      MESSAGE = pg_catalog.format('pg_trgm is installed in schema %I, not in extensions', v_schema),
      HINT    = 'Move it with ALTER EXTENSION pg_trgm SET SCHEMA extensions (as Supabase installs it), then deploy again.';
  END IF;
END
$deploy$;

COMMIT;
