-- Deploy workshop_db:triggers/work_logs_defaults to pg
-- requires: tables/work_logs
-- requires: tables/batches
-- requires: functions/current_worker_id
BEGIN;

-- A work log without a stage is for the batch's current stage; without a worker it is
-- the acting worker's. No worker at all is a clear error, not a bare NOT NULL one.
CREATE FUNCTION workshop_private.work_logs_defaults() RETURNS trigger
  LANGUAGE plpgsql
  SECURITY DEFINER  -- reads the batch and the acting worker for any caller
  SET search_path = ''
AS $$
BEGIN
  IF NEW.stage IS NULL THEN
    SELECT b.current_stage INTO NEW.stage FROM workshop.batches b WHERE b.id = NEW.batch_id;
  END IF;
  IF NEW.worker_id IS NULL THEN
    NEW.worker_id := workshop_private.current_worker_id();
    IF NEW.worker_id IS NULL THEN
      RAISE EXCEPTION USING
        ERRCODE = '23502',
        COLUMN  = 'worker_id',
        TABLE   = 'work_logs',
        SCHEMA  = 'workshop',
        MESSAGE = pg_catalog.format('work on batch %s has no worker: none given and no acting worker', NEW.batch_id),
        HINT    = 'pass p_worker_id, sign in as a worker, or set workshop.worker_id';
    END IF;
  END IF;
  RETURN NEW;
END
$$;
COMMENT ON FUNCTION workshop_private.work_logs_defaults() IS
  'BEFORE INSERT on work_logs: stage defaults to the batch''s current stage, worker_id to the acting worker.';
REVOKE ALL ON FUNCTION workshop_private.work_logs_defaults() FROM PUBLIC;

CREATE TRIGGER work_logs_defaults
  BEFORE INSERT ON workshop.work_logs
  FOR EACH ROW EXECUTE FUNCTION workshop_private.work_logs_defaults();
COMMENT ON TRIGGER work_logs_defaults ON workshop.work_logs IS 'Defaults stage and worker_id.';

COMMIT;
