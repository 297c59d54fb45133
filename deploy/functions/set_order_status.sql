-- Deploy workshop_db:functions/set_order_status to pg
-- requires: triggers/orders_status_transition
-- requires: triggers/orders_status_logged
-- requires: triggers/orders_leave_batch
BEGIN;

-- Changes an order's status. The triggers check the transition and write the history;
-- p_reason reaches the history through the transaction-local workshop.change_reason,
-- restored afterwards. Setting the status it already has changes nothing.
-- The row returned has internal_notes NULL: API roles may not read that column
-- (staff read it with workshop.order_internal_notes), so RETURNING * would be refused.
CREATE FUNCTION workshop.set_order_status(
  p_order_id uuid, p_status workshop.order_status, p_reason text DEFAULT NULL)
RETURNS workshop.orders
  LANGUAGE plpgsql
  SECURITY INVOKER  -- the caller's grants and row level security apply
  SET search_path = ''
AS $$
DECLARE
  v_prev_reason text := pg_catalog.current_setting('workshop.change_reason', true);
  v_status      workshop.order_status;
  v_number      text;
BEGIN
  IF p_reason IS NOT NULL THEN
    PERFORM pg_catalog.set_config('workshop.change_reason', p_reason, true);
  END IF;
  UPDATE workshop.orders o SET status = p_status
   WHERE o.id = p_order_id AND o.status IS DISTINCT FROM p_status;
  IF NOT FOUND THEN
    SELECT o.status, o.order_number INTO v_status, v_number FROM workshop.orders o WHERE o.id = p_order_id;
    IF NOT FOUND THEN
      RAISE EXCEPTION USING ERRCODE = 'P0002', MESSAGE = pg_catalog.format('order %s does not exist', p_order_id);
    ELSIF v_status IS DISTINCT FROM p_status THEN
      -- Row level security let the caller see the order but not update it: say so
      -- instead of returning the unchanged row as if it had worked.
      RAISE EXCEPTION USING
        ERRCODE = '42501',
        MESSAGE = pg_catalog.format('not allowed to change the status of order %s', v_number),
        HINT    = 'order statuses are changed by managers and admins';
    END IF;
  END IF;
  PERFORM pg_catalog.set_config('workshop.change_reason', COALESCE(v_prev_reason, ''), true);
  RETURN (SELECT pg_catalog.jsonb_populate_record(NULL::workshop.orders,
                   pg_catalog.to_jsonb(r))
            FROM (SELECT o.id, o.order_number, o.shopify_order_id, o.shopify_line_item_id,
                         o.line_unit, o.customer_id, o.model_id, o.wood_type, o.customizations,
                         o.notes, o.status, o.priority, o.due_date, o.created_at, o.updated_at
                    FROM workshop.orders o WHERE o.id = p_order_id) r);
END
$$;
COMMENT ON FUNCTION workshop.set_order_status(uuid, workshop.order_status, text) IS
  'Changes an order''s status (rule order_status_transition), logged with the acting worker and p_reason; P0002 for an unknown order.';
REVOKE ALL ON FUNCTION workshop.set_order_status(uuid, workshop.order_status, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION workshop.set_order_status(uuid, workshop.order_status, text) TO authenticated, service_role;

COMMIT;
