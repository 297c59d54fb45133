-- Deploy workshop_db:functions/remove_order_from_batch to pg
-- requires: triggers/batch_orders_membership
-- requires: triggers/batch_metadata_derived
BEGIN;

-- Takes an order out of an open batch: the membership is deactivated (kept for the
-- record and its quality checks) and the order goes back to pending, with p_reason in
-- its history.
CREATE FUNCTION workshop.remove_order_from_batch(p_batch_id uuid, p_order_id uuid, p_reason text DEFAULT NULL)
RETURNS workshop.batch_orders
  LANGUAGE plpgsql
  SECURITY INVOKER  -- the caller's grants and row level security apply
  SET search_path = ''
AS $$
DECLARE
  v_prev_reason  text := pg_catalog.current_setting('workshop.change_reason', true);
  v_membership   workshop.batch_orders;
  v_batch_number text;
  v_order_number text;
BEGIN
  SELECT b.batch_number INTO v_batch_number FROM workshop.batches b WHERE b.id = p_batch_id;
  IF NOT FOUND THEN
    RAISE EXCEPTION USING ERRCODE = 'P0002', MESSAGE = pg_catalog.format('batch %s does not exist', p_batch_id);
  END IF;
  SELECT o.order_number INTO v_order_number FROM workshop.orders o WHERE o.id = p_order_id;
  IF NOT FOUND THEN
    RAISE EXCEPTION USING ERRCODE = 'P0002', MESSAGE = pg_catalog.format('order %s does not exist', p_order_id);
  END IF;
  IF p_reason IS NOT NULL THEN
    PERFORM pg_catalog.set_config('workshop.change_reason', p_reason, true);
  END IF;
  UPDATE workshop.batch_orders bo SET is_active = false
   WHERE bo.batch_id = p_batch_id AND bo.order_id = p_order_id AND bo.is_active
  RETURNING bo.* INTO v_membership;
  IF NOT FOUND AND EXISTS (SELECT FROM workshop.batch_orders bo
                             WHERE bo.batch_id = p_batch_id AND bo.order_id = p_order_id AND bo.is_active) THEN
    -- Row level security let the caller see the membership but not change it.
    RAISE EXCEPTION USING
      ERRCODE = '42501',
      MESSAGE = pg_catalog.format('not allowed to take order %s out of batch %s', v_order_number, v_batch_number),
      HINT    = 'batch membership is managed by managers and admins';
  ELSIF NOT FOUND THEN
    RAISE EXCEPTION USING
      ERRCODE    = '23514',
      CONSTRAINT = 'batch_membership',
      MESSAGE    = pg_catalog.format('order %s is not in batch %s', v_order_number, v_batch_number);
  END IF;
  PERFORM pg_catalog.set_config('workshop.change_reason', COALESCE(v_prev_reason, ''), true);
  RETURN v_membership;
END
$$;
COMMENT ON FUNCTION workshop.remove_order_from_batch(uuid, uuid, text) IS
  'Takes an order out of an open batch; it goes back to pending (rule batch_membership); P0002 for unknown ids.';
REVOKE ALL ON FUNCTION workshop.remove_order_from_batch(uuid, uuid, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION workshop.remove_order_from_batch(uuid, uuid, text) TO authenticated, service_role;

COMMIT;
