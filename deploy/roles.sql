-- Deploy workshop_db:roles to pg
-- The API roles of Supabase/PostgREST. Roles are cluster-wide: they are created only
-- when absent (a Supabase project or another database of this cluster already has them)
-- and never dropped by a revert.
BEGIN;

DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'anon') THEN
    CREATE ROLE anon NOLOGIN NOINHERIT;
  END IF;
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'authenticated') THEN
    CREATE ROLE authenticated NOLOGIN NOINHERIT;
  END IF;
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'service_role') THEN
    -- As in Supabase: the trusted back end (the Shopify import) bypasses row level security.
    CREATE ROLE service_role NOLOGIN NOINHERIT BYPASSRLS;
  END IF;
END
$$;

COMMIT;
