-- Deploy workshop_db:triggers/orders_status_transition to pg
-- requires: triggers/orders_status_transition@v1.0.0
BEGIN;

-- Rule order_status_transition, a new order's first status set-based (issue 7): one
-- statement trigger with a transition table checks that every order of an INSERT starts
-- as pending, instead of a PL/pgSQL call per row (a third of the cost of a bulk import's
-- rules). It runs before the statement ends, so a refused INSERT still writes nothing.
-- A change of status stays a per-row BEFORE check: a single change (the common write)
-- costs less that way than planning a statement over transition tables.
CREATE FUNCTION workshop_private.orders_status_started() RETURNS trigger
  LANGUAGE plpgsql
  SECURITY DEFINER  -- the rule holds whatever the caller may see
  SET search_path = ''
AS $$
DECLARE
  v_number text;
  v_status workshop.order_status;
BEGIN
  SELECT n.order_number, n.status INTO v_number, v_status
    FROM new_orders n
   WHERE n.status <> 'pending'
   LIMIT 1;
  IF FOUND THEN
    RAISE EXCEPTION USING
      ERRCODE    = '23514',
      CONSTRAINT = 'order_status_transition',
      MESSAGE    = pg_catalog.format('order %s must start as pending, not %s', v_number, v_status),
      HINT       = 'insert it as pending, then change its status with workshop.set_order_status';
  END IF;
  RETURN NULL;
END
$$;
COMMENT ON FUNCTION workshop_private.orders_status_started() IS
  'AFTER INSERT on orders, per statement: rule order_status_transition for new orders (every order starts as pending).';
REVOKE ALL ON FUNCTION workshop_private.orders_status_started() FROM PUBLIC;

-- The per-row function now checks changes only.
CREATE OR REPLACE FUNCTION workshop_private.orders_status_transition() RETURNS trigger
  LANGUAGE plpgsql
  SECURITY DEFINER  -- the rule reads the whole graph, whatever the caller may see
  SET search_path = ''
AS $$
DECLARE
  v_allowed text;
BEGIN
  IF NOT EXISTS (SELECT FROM workshop.order_status_transitions t
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
  'BEFORE UPDATE OF status on orders: rule order_status_transition (a change follows order_status_transitions).';

DROP TRIGGER orders_status_transition_insert ON workshop.orders;
CREATE TRIGGER orders_status_transition_insert
  AFTER INSERT ON workshop.orders
  REFERENCING NEW TABLE AS new_orders
  FOR EACH STATEMENT EXECUTE FUNCTION workshop_private.orders_status_started();
COMMENT ON TRIGGER orders_status_transition_insert ON workshop.orders IS
  'Rule order_status_transition: every new order starts as pending (per statement).';

COMMIT;
