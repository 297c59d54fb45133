-- Deploy workshop_db:functions/log_work to pg
-- requires: triggers/work_logs_defaults
-- requires: triggers/batch_metadata_derived
BEGIN;

-- Logs hours on a batch. Stage and worker default (in the trigger) to the batch's
-- current stage and the acting worker; no worker at all is error 23502 on worker_id.
CREATE FUNCTION workshop.log_work(
  p_batch_id uuid, p_hours numeric, p_stage workshop.production_stage DEFAULT NULL, p_worker_id uuid DEFAULT NULL)
RETURNS workshop.work_logs
  LANGUAGE plpgsql
  SECURITY INVOKER  -- the caller's grants and row level security apply
  SET search_path = ''
AS $$
DECLARE
  v_log workshop.work_logs;
BEGIN
  IF NOT EXISTS (SELECT FROM workshop.batches b WHERE b.id = p_batch_id) THEN
    RAISE EXCEPTION USING ERRCODE = 'P0002', MESSAGE = pg_catalog.format('batch %s does not exist', p_batch_id);
  END IF;
  IF p_worker_id IS NOT NULL AND NOT EXISTS (SELECT FROM workshop.workers w WHERE w.id = p_worker_id) THEN
    RAISE EXCEPTION USING ERRCODE = 'P0002', MESSAGE = pg_catalog.format('worker %s does not exist', p_worker_id);
  END IF;
  INSERT INTO workshop.work_logs (batch_id, stage, worker_id, hours)
  VALUES (p_batch_id, p_stage, p_worker_id, p_hours)
  RETURNING * INTO v_log;
  RETURN v_log;
END
$$;
COMMENT ON FUNCTION workshop.log_work(uuid, numeric, workshop.production_stage, uuid) IS
  'Logs hours on a batch (stage: current by default; worker: acting worker by default, 23502 if none); P0002 for unknown ids.';
REVOKE ALL ON FUNCTION workshop.log_work(uuid, numeric, workshop.production_stage, uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION workshop.log_work(uuid, numeric, workshop.production_stage, uuid) TO authenticated, service_role;

COMMIT;
