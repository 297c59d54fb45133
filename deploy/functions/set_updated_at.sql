-- Deploy workshop_db:functions/set_updated_at to pg
-- requires: schemas
BEGIN;

CREATE FUNCTION workshop_private.set_updated_at() RETURNS trigger
  LANGUAGE plpgsql
  SET search_path = ''
AS $$
BEGIN
  -- statement_timestamp(), not now(): two updates in one transaction stay ordered.
  NEW.updated_at := pg_catalog.statement_timestamp();
  RETURN NEW;
END
$$;
COMMENT ON FUNCTION workshop_private.set_updated_at() IS
  'BEFORE UPDATE trigger: keeps updated_at current on every table that has it, whoever writes the row.';
REVOKE ALL ON FUNCTION workshop_private.set_updated_at() FROM PUBLIC;

COMMIT;
