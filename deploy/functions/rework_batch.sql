-- Deploy workshop_db:functions/rework_batch to pg
-- requires: triggers/batches_stage_progression
-- requires: triggers/batches_completion
BEGIN;

-- Moves a batch back to an earlier stage for rework; the trigger requires a quality
-- that is not good and a reason, and logs the move.
CREATE FUNCTION workshop.rework_batch(p_batch_id uuid, p_to_stage workshop.production_stage, p_reason text)
RETURNS workshop.batches
  LANGUAGE plpgsql
  SECURITY INVOKER  -- the caller's grants and row level security apply
  SET search_path = ''
AS $$
DECLARE
  v_prev_reason text := pg_catalog.current_setting('workshop.change_reason', true);
  v_batch       workshop.batches;
BEGIN
  SELECT b.* INTO v_batch FROM workshop.batches b WHERE b.id = p_batch_id FOR NO KEY UPDATE;
  IF NOT FOUND THEN
    RAISE EXCEPTION USING ERRCODE = 'P0002', MESSAGE = pg_catalog.format('batch %s does not exist', p_batch_id);
  END IF;
  IF p_to_stage IS NULL OR p_to_stage >= v_batch.current_stage THEN
    RAISE EXCEPTION USING
      ERRCODE    = '23514',
      CONSTRAINT = 'batch_stage_progression',
      MESSAGE    = pg_catalog.format('rework moves batch %s back, but %s is not before %s',
                                     v_batch.batch_number, COALESCE(p_to_stage::text, 'NULL'), v_batch.current_stage),
      HINT       = 'move forward with workshop.advance_batch';
  END IF;
  IF p_reason IS NOT NULL THEN
    PERFORM pg_catalog.set_config('workshop.change_reason', p_reason, true);
  END IF;
  UPDATE workshop.batches b SET current_stage = p_to_stage
   WHERE b.id = p_batch_id
  RETURNING b.* INTO v_batch;
  PERFORM pg_catalog.set_config('workshop.change_reason', COALESCE(v_prev_reason, ''), true);
  RETURN v_batch;
END
$$;
COMMENT ON FUNCTION workshop.rework_batch(uuid, workshop.production_stage, text) IS
  'Moves a batch back to an earlier stage (rule batch_stage_progression: quality not good, reason required), logged; P0002 for an unknown batch.';
REVOKE ALL ON FUNCTION workshop.rework_batch(uuid, workshop.production_stage, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION workshop.rework_batch(uuid, workshop.production_stage, text) TO authenticated, service_role;

COMMIT;
