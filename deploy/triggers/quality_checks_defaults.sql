-- Deploy workshop_db:triggers/quality_checks_defaults to pg
-- requires: tables/quality_checks
-- requires: tables/batches
-- requires: functions/current_worker_id
BEGIN;

-- A check without a stage is at the batch's current stage; without checked_by it is the
-- acting worker's. A name the client gives is kept: the policies decide who may give one
-- (a worker only their own, a manager that of a worker without a login).
CREATE FUNCTION workshop_private.quality_checks_defaults() RETURNS trigger
  LANGUAGE plpgsql
  SECURITY DEFINER  -- reads the batch and the acting worker for any caller
  SET search_path = ''
AS $$
BEGIN
  IF NEW.stage IS NULL THEN
    SELECT b.current_stage INTO NEW.stage FROM workshop.batches b WHERE b.id = NEW.batch_id;
  END IF;
  NEW.checked_by := COALESCE(NEW.checked_by, workshop_private.current_worker_id());
  RETURN NEW;
END
$$;
COMMENT ON FUNCTION workshop_private.quality_checks_defaults() IS
  'BEFORE INSERT on quality_checks: stage defaults to the batch''s current stage, checked_by to the acting worker.';
REVOKE ALL ON FUNCTION workshop_private.quality_checks_defaults() FROM PUBLIC;

CREATE TRIGGER quality_checks_defaults
  BEFORE INSERT ON workshop.quality_checks
  FOR EACH ROW EXECUTE FUNCTION workshop_private.quality_checks_defaults();
COMMENT ON TRIGGER quality_checks_defaults ON workshop.quality_checks IS 'Defaults stage and checked_by.';

COMMIT;
