-- Deploy workshop_db:functions/complete_batch to pg
-- requires: triggers/batches_completion
-- requires: triggers/batch_orders_membership
BEGIN;

-- Completes a batch at Shipping: its orders ship and its memberships close (triggers).
-- The batch row is locked first (FOR NO KEY UPDATE): an addition of an order to it,
-- which takes FOR SHARE on the row, waits for the completion and then sees it complete.
CREATE FUNCTION workshop.complete_batch(p_batch_id uuid)
RETURNS workshop.batches
  LANGUAGE plpgsql
  SECURITY INVOKER  -- the caller's grants and row level security apply
  SET search_path = ''
AS $$
DECLARE
  v_batch workshop.batches;
BEGIN
  SELECT b.* INTO v_batch FROM workshop.batches b WHERE b.id = p_batch_id FOR NO KEY UPDATE;
  IF NOT FOUND THEN
    RAISE EXCEPTION USING ERRCODE = 'P0002', MESSAGE = pg_catalog.format('batch %s does not exist', p_batch_id);
  END IF;
  IF v_batch.is_complete THEN
    RAISE EXCEPTION USING
      ERRCODE    = '23514',
      CONSTRAINT = 'batch_completion',
      MESSAGE    = pg_catalog.format('batch %s is already complete (%s)', v_batch.batch_number, v_batch.actual_completion);
  END IF;
  UPDATE workshop.batches b SET is_complete = true, actual_completion = CURRENT_DATE
   WHERE b.id = p_batch_id
  RETURNING b.* INTO v_batch;
  RETURN v_batch;
END
$$;
COMMENT ON FUNCTION workshop.complete_batch(uuid) IS
  'Completes a batch at Shipping: orders shipped, memberships closed (rule batch_completion); P0002 for an unknown batch.';
REVOKE ALL ON FUNCTION workshop.complete_batch(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION workshop.complete_batch(uuid) TO authenticated, service_role;

COMMIT;
