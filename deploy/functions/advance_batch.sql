-- Deploy workshop_db:functions/advance_batch to pg
-- requires: triggers/batches_stage_progression
-- requires: triggers/batches_completion
BEGIN;

-- Moves a batch one stage forward. The row is locked first so that the next stage is
-- computed from the stage the UPDATE changes; the triggers check the move, log it and
-- move the orders into ready_to_ship at Shipping.
CREATE FUNCTION workshop.advance_batch(p_batch_id uuid, p_reason text DEFAULT NULL)
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
  IF v_batch.current_stage = 'Shipping' THEN
    RAISE EXCEPTION USING
      ERRCODE    = '23514',
      CONSTRAINT = 'batch_stage_progression',
      MESSAGE    = pg_catalog.format('batch %s is at Shipping, the last stage', v_batch.batch_number),
      HINT       = CASE WHEN v_batch.is_complete THEN 'it is complete'
                        ELSE 'complete it with workshop.complete_batch' END;
  END IF;
  IF p_reason IS NOT NULL THEN
    PERFORM pg_catalog.set_config('workshop.change_reason', p_reason, true);
  END IF;
  UPDATE workshop.batches b
     SET current_stage = (pg_catalog.enum_range(b.current_stage, NULL::workshop.production_stage))[2]
   WHERE b.id = p_batch_id
  RETURNING b.* INTO v_batch;
  PERFORM pg_catalog.set_config('workshop.change_reason', COALESCE(v_prev_reason, ''), true);
  RETURN v_batch;
END
$$;
COMMENT ON FUNCTION workshop.advance_batch(uuid, text) IS
  'Moves a batch one stage forward (rule batch_stage_progression), logged with p_reason; P0002 for an unknown batch.';
REVOKE ALL ON FUNCTION workshop.advance_batch(uuid, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION workshop.advance_batch(uuid, text) TO authenticated, service_role;

COMMIT;
