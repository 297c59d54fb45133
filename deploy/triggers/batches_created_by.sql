-- Deploy workshop_db:triggers/batches_created_by to pg
-- requires: tables/batches
-- requires: functions/current_worker_id
BEGIN;

-- created_by is an audit stamp: the database sets it from the acting worker, so a client
-- cannot write someone else's name on a batch.
CREATE FUNCTION workshop_private.batches_created_by() RETURNS trigger
  LANGUAGE plpgsql
  SECURITY DEFINER  -- calls workshop_private.current_worker_id() for any caller
  SET search_path = ''
AS $$
BEGIN
  NEW.created_by := workshop_private.current_worker_id();
  RETURN NEW;
END
$$;
COMMENT ON FUNCTION workshop_private.batches_created_by() IS
  'BEFORE INSERT on batches: created_by is the acting worker (workshop_private.current_worker_id()).';
REVOKE ALL ON FUNCTION workshop_private.batches_created_by() FROM PUBLIC;

CREATE TRIGGER batches_created_by
  BEFORE INSERT ON workshop.batches
  FOR EACH ROW EXECUTE FUNCTION workshop_private.batches_created_by();
COMMENT ON TRIGGER batches_created_by ON workshop.batches IS 'Stamps created_by with the acting worker.';

COMMIT;
