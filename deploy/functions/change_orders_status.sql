-- Deploy workshop_db:functions/change_orders_status to pg
-- requires: tables/orders
-- requires: functions/change_reason
BEGIN;

-- The set-based twin of change_order_status, for the batch triggers: one UPDATE for all
-- the orders of a batch, so the transition rule checks each row and the history trigger
-- logs the statement once. The orders are locked in id order first, so two cascades
-- over overlapping orders lock them in the same order (no deadlock between them).
CREATE FUNCTION workshop_private.change_orders_status(
  p_order_ids uuid[], p_status workshop.order_status, p_default_reason text)
RETURNS void
  LANGUAGE plpgsql
  SET search_path = ''
AS $$
DECLARE
  v_prev_reason text := pg_catalog.current_setting('workshop.change_reason', true);
BEGIN
  PERFORM FROM workshop.orders o
    WHERE o.id = ANY (p_order_ids) AND o.status IS DISTINCT FROM p_status
    ORDER BY o.id
      FOR NO KEY UPDATE;
  IF NOT FOUND THEN
    RETURN;
  END IF;
  IF workshop_private.change_reason() IS NULL THEN
    PERFORM pg_catalog.set_config('workshop.change_reason', COALESCE(p_default_reason, ''), true);
  END IF;
  UPDATE workshop.orders o SET status = p_status
   WHERE o.id = ANY (p_order_ids) AND o.status IS DISTINCT FROM p_status;
  PERFORM pg_catalog.set_config('workshop.change_reason', COALESCE(v_prev_reason, ''), true);
END
$$;
COMMENT ON FUNCTION workshop_private.change_orders_status(uuid[], workshop.order_status, text) IS
  'Sets the status of several orders in one UPDATE (locked in id order) through the transition rule and history, with p_default_reason when no reason is set; used by the batch triggers.';
REVOKE ALL ON FUNCTION workshop_private.change_orders_status(uuid[], workshop.order_status, text) FROM PUBLIC;

COMMIT;
