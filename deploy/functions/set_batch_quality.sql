-- Deploy workshop_db:functions/set_batch_quality to pg
-- requires: triggers/batches_completion
BEGIN;

-- Sets a batch's quality status (good, warning, critical). p_reason is the change
-- reason of the transaction while it runs, like every API function's.
CREATE FUNCTION workshop.set_batch_quality(
  p_batch_id uuid, p_quality_status workshop.quality_status, p_reason text DEFAULT NULL)
RETURNS workshop.batches
  LANGUAGE plpgsql
  SECURITY INVOKER  -- the caller's grants and row level security apply
  SET search_path = ''
AS $$
DECLARE
  v_prev_reason text := pg_catalog.current_setting('workshop.change_reason', true);
  v_batch       workshop.batches;
BEGIN
  IF p_reason IS NOT NULL THEN
    PERFORM pg_catalog.set_config('workshop.change_reason', p_reason, true);
  END IF;
  UPDATE workshop.batches b SET quality_status = p_quality_status
   WHERE b.id = p_batch_id
  RETURNING b.* INTO v_batch;
  IF NOT FOUND THEN
    RAISE EXCEPTION USING ERRCODE = 'P0002', MESSAGE = pg_catalog.format('batch %s does not exist', p_batch_id);
  END IF;
  PERFORM pg_catalog.set_config('workshop.change_reason', COALESCE(v_prev_reason, ''), true);
  RETURN v_batch;
END
$$;
COMMENT ON FUNCTION workshop.set_batch_quality(uuid, workshop.quality_status, text) IS
  'Sets a batch''s quality status (a complete batch is frozen: rule batch_completion); P0002 for an unknown batch.';
REVOKE ALL ON FUNCTION workshop.set_batch_quality(uuid, workshop.quality_status, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION workshop.set_batch_quality(uuid, workshop.quality_status, text) TO authenticated, service_role;

COMMIT;
