-- Deploy workshop_db:functions/set_order_status to pg
-- requires: triggers/orders_status_transition
-- requires: triggers/orders_status_logged
-- requires: triggers/orders_leave_batch
BEGIN;

-- Changes an order's status. The triggers check the transition and write the history;
-- p_reason reaches the history through the transaction-local workshop.change_reason,
-- restored afterwards. Setting the status it already has changes nothing.
CREATE FUNCTION workshop.set_order_status(
  p_order_id uuid, p_status workshop.order_status, p_reason text DEFAULT NULL)
RETURNS workshop.orders
  LANGUAGE plpgsql
  SECURITY INVOKER  -- the caller's grants and row level security apply
  SET search_path = ''
AS $$
DECLARE
  v_prev_reason text := pg_catalog.current_setting('workshop.change_reason', true);
  v_order       workshop.orders;
BEGIN
  IF p_reason IS NOT NULL THEN
    PERFORM pg_catalog.set_config('workshop.change_reason', p_reason, true);
  END IF;
  UPDATE workshop.orders o SET status = p_status
   WHERE o.id = p_order_id AND o.status IS DISTINCT FROM p_status
  RETURNING o.* INTO v_order;
  IF NOT FOUND THEN
    SELECT o.* INTO v_order FROM workshop.orders o WHERE o.id = p_order_id;
    IF NOT FOUND THEN
      RAISE EXCEPTION USING ERRCODE = 'P0002', MESSAGE = pg_catalog.format('order %s does not exist', p_order_id);
    END IF;
  END IF;
  PERFORM pg_catalog.set_config('workshop.change_reason', COALESCE(v_prev_reason, ''), true);
  RETURN v_order;
END
$$;
COMMENT ON FUNCTION workshop.set_order_status(uuid, workshop.order_status, text) IS
  'Changes an order''s status (rule order_status_transition), logged with the acting worker and p_reason; P0002 for an unknown order.';
REVOKE ALL ON FUNCTION workshop.set_order_status(uuid, workshop.order_status, text) FROM PUBLIC;

COMMIT;
