-- Deploy workshop_db:functions/order_internal_notes to pg
-- requires: tables/orders
-- requires: functions/current_worker_role
-- requires: grants/workshop_private
-- Staff read orders.internal_notes here. authenticated (customers and staff alike) has
-- no SELECT privilege on that column, so no table, view or invoker function can show it
-- to a customer; this pair is the one audited way past the column grant. The definer
-- half lives in workshop_private (never in an exposed schema), the workshop half is the
-- API's entry point and only forwards.
BEGIN;

CREATE FUNCTION workshop_private.order_internal_notes(p_order_id uuid) RETURNS text
  LANGUAGE plpgsql STABLE
  SECURITY DEFINER  -- reads the column that authenticated has no privilege on
  SET search_path = ''
AS $$
BEGIN
  IF workshop_private.current_worker_role() IS NULL THEN
    RAISE EXCEPTION USING
      ERRCODE = '42501',
      MESSAGE = pg_catalog.format('internal notes of order %s are for active staff only', p_order_id),
      HINT = 'Sign in as an active worker; customers see orders.notes.';
  END IF;
  RETURN (SELECT o.internal_notes FROM workshop.orders o WHERE o.id = p_order_id);
END
$$;
COMMENT ON FUNCTION workshop_private.order_internal_notes(uuid) IS
  'Staff only (active worker of auth.uid(), else 42501): the internal_notes of an order; NULL when it has none or does not exist.';
REVOKE ALL ON FUNCTION workshop_private.order_internal_notes(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION workshop_private.order_internal_notes(uuid) TO authenticated;

CREATE FUNCTION workshop.order_internal_notes(p_order_id uuid) RETURNS text
  LANGUAGE sql STABLE
  SET search_path = ''
AS $$
  SELECT workshop_private.order_internal_notes(p_order_id)
$$;
COMMENT ON FUNCTION workshop.order_internal_notes(uuid) IS
  'Staff only: the internal_notes of an order (customers and anon get 42501). service_role reads the column directly.';
REVOKE ALL ON FUNCTION workshop.order_internal_notes(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION workshop.order_internal_notes(uuid) TO authenticated;

COMMIT;
