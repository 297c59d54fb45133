-- Deploy workshop_db:triggers/orders_status_transition to pg
-- requires: tables/orders
-- requires: tables/order_status_transitions
BEGIN;

-- Rule order_status_transition. A new order starts as pending (every later status is
-- reached through the graph, and so through the history); a change follows an edge of
-- workshop.order_status_transitions.
CREATE FUNCTION workshop_private.orders_status_transition() RETURNS trigger
  LANGUAGE plpgsql
  SECURITY DEFINER  -- the rule reads the whole graph, whatever the caller may see
  SET search_path = ''
AS $$
DECLARE
  v_allowed text;
BEGIN
  IF TG_OP = 'INSERT' THEN
    IF NEW.status <> 'pending' THEN
      RAISE EXCEPTION USING
        ERRCODE    = '23514',
        CONSTRAINT = 'order_status_transition',
        MESSAGE    = pg_catalog.format('order %s must start as pending, not %s', NEW.order_number, NEW.status),
        HINT       = 'insert it as pending, then change its status with workshop.set_order_status';
    END IF;
  ELSIF NOT EXISTS (SELECT FROM workshop.order_status_transitions t
                     WHERE t.from_status = OLD.status AND t.to_status = NEW.status) THEN
    SELECT pg_catalog.string_agg(t.to_status::text, ', ' ORDER BY t.to_status)
      INTO v_allowed
      FROM workshop.order_status_transitions t
     WHERE t.from_status = OLD.status;
    RAISE EXCEPTION USING
      ERRCODE    = '23514',
      CONSTRAINT = 'order_status_transition',
      MESSAGE    = pg_catalog.format('order %s cannot go from %s to %s', NEW.order_number, OLD.status, NEW.status),
      HINT       = CASE WHEN v_allowed IS NULL THEN pg_catalog.format('%s is final', OLD.status)
                        ELSE pg_catalog.format('from %s it may go to: %s', OLD.status, v_allowed) END;
  END IF;
  RETURN NEW;
END
$$;
COMMENT ON FUNCTION workshop_private.orders_status_transition() IS
  'BEFORE INSERT / UPDATE OF status on orders: rule order_status_transition (start pending, then follow order_status_transitions).';
REVOKE ALL ON FUNCTION workshop_private.orders_status_transition() FROM PUBLIC;

CREATE TRIGGER orders_status_transition_insert
  BEFORE INSERT ON workshop.orders
  FOR EACH ROW EXECUTE FUNCTION workshop_private.orders_status_transition();
CREATE TRIGGER orders_status_transition
  BEFORE UPDATE OF status ON workshop.orders
  FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status)
  EXECUTE FUNCTION workshop_private.orders_status_transition();
COMMENT ON TRIGGER orders_status_transition_insert ON workshop.orders IS 'Rule order_status_transition: a new order is pending.';
COMMENT ON TRIGGER orders_status_transition ON workshop.orders IS 'Rule order_status_transition: changes follow the graph.';

COMMIT;
