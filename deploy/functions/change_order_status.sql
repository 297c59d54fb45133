-- Deploy workshop_db:functions/change_order_status to pg
-- requires: tables/orders
-- requires: functions/change_reason
BEGIN;

-- The one way the batch triggers change an order's status: an ordinary UPDATE, so the
-- rule order_status_transition and the history trigger see it like any other change.
-- When the caller gave no reason, the cascade says where the change came from.
CREATE FUNCTION workshop_private.change_order_status(
  p_order_id uuid, p_status workshop.order_status, p_default_reason text)
RETURNS void
  LANGUAGE plpgsql
  SET search_path = ''
AS $$
DECLARE
  v_prev_reason text := pg_catalog.current_setting('workshop.change_reason', true);
BEGIN
  IF workshop_private.change_reason() IS NULL THEN
    PERFORM pg_catalog.set_config('workshop.change_reason', COALESCE(p_default_reason, ''), true);
  END IF;
  UPDATE workshop.orders o SET status = p_status
   WHERE o.id = p_order_id AND o.status IS DISTINCT FROM p_status;
  PERFORM pg_catalog.set_config('workshop.change_reason', COALESCE(v_prev_reason, ''), true);
END
$$;
COMMENT ON FUNCTION workshop_private.change_order_status(uuid, workshop.order_status, text) IS
  'Sets an order''s status through the transition rule and history, with p_default_reason when no reason is set; used by the batch triggers.';
REVOKE ALL ON FUNCTION workshop_private.change_order_status(uuid, workshop.order_status, text) FROM PUBLIC;

COMMIT;
