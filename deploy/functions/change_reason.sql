-- Deploy workshop_db:functions/change_reason to pg
-- requires: schemas
BEGIN;

-- The reason of the change being made: API functions put their p_reason into the
-- transaction-local setting workshop.change_reason, a client may set it itself, and the
-- triggers that write history read it here. Blank counts as no reason.
CREATE FUNCTION workshop_private.change_reason() RETURNS text
  LANGUAGE sql STABLE
  SET search_path = ''
AS $$
  SELECT NULLIF(pg_catalog.btrim(pg_catalog.current_setting('workshop.change_reason', true)), '')
$$;
COMMENT ON FUNCTION workshop_private.change_reason() IS
  'The reason of the current change: the setting workshop.change_reason, NULL when unset or blank.';
REVOKE ALL ON FUNCTION workshop_private.change_reason() FROM PUBLIC;

COMMIT;
