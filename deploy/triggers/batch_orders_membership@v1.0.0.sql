-- Deploy workshop_db:triggers/batch_orders_membership to pg
-- requires: tables/batch_orders
-- requires: tables/batches
-- requires: functions/current_worker_id
-- requires: functions/change_order_status
-- requires: triggers/orders_status_transition
-- requires: triggers/orders_status_logged
BEGIN;

-- Rule batch_membership, before the write: the batch row is locked FOR SHARE (it
-- conflicts with the FOR NO KEY UPDATE of any UPDATE of the batch, such as its
-- completion, while concurrent additions to one batch share it; the foreign key check
-- only takes KEY SHARE, which does not). A complete batch's memberships are frozen but
-- for the deactivation its completion does. Stamps added_by / added_at on (re)joining.
CREATE FUNCTION workshop_private.batch_orders_guard() RETURNS trigger
  LANGUAGE plpgsql
  SECURITY DEFINER  -- locks the batch and reads the acting worker for any caller
  SET search_path = ''
AS $$
DECLARE
  v_batch_id     uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.batch_id ELSE NEW.batch_id END;
  v_order_id     uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.order_id ELSE NEW.order_id END;
  v_batch_number text;
  v_complete     boolean;
BEGIN
  IF TG_OP = 'UPDATE' AND (NEW.batch_id, NEW.order_id) IS DISTINCT FROM (OLD.batch_id, OLD.order_id) THEN
    RAISE EXCEPTION USING
      ERRCODE    = '23514',
      CONSTRAINT = 'batch_membership',
      MESSAGE    = pg_catalog.format('the batch or order of a membership never changes (batch %s, order %s)',
                                     OLD.batch_id, OLD.order_id),
      HINT       = 'remove the order from one batch and add it to the other';
  END IF;

  SELECT b.batch_number, b.is_complete INTO v_batch_number, v_complete
    FROM workshop.batches b
   WHERE b.id = v_batch_id
     FOR SHARE;
  IF NOT FOUND THEN
    RETURN NEW;  -- the foreign key reports an unknown batch
  END IF;

  IF v_complete THEN
    -- The completion deactivates the memberships after setting is_complete; nothing else
    -- can find an active membership in a complete batch.
    IF TG_OP = 'UPDATE' AND OLD.is_active AND NOT NEW.is_active
       AND (NEW.added_at, NEW.added_by) IS NOT DISTINCT FROM (OLD.added_at, OLD.added_by) THEN
      RETURN NEW;
    END IF;
    RAISE EXCEPTION USING
      ERRCODE    = '23514',
      CONSTRAINT = 'batch_membership',
      MESSAGE    = pg_catalog.format('batch %s is complete: its orders are frozen', v_batch_number),
      DETAIL     = pg_catalog.format('%s of the membership of order %s refused', pg_catalog.lower(TG_OP), v_order_id);
  END IF;

  IF TG_OP = 'INSERT' THEN
    IF NOT NEW.is_active THEN
      RAISE EXCEPTION USING
        ERRCODE    = '23514',
        CONSTRAINT = 'batch_membership',
        MESSAGE    = pg_catalog.format('a membership starts active (batch %s, order %s)', v_batch_number, NEW.order_id),
        HINT       = 'add the order with workshop.add_order_to_batch';
    END IF;
    NEW.added_by := workshop_private.current_worker_id();
  ELSIF TG_OP = 'UPDATE' AND NEW.is_active AND NOT OLD.is_active THEN
    NEW.added_by := workshop_private.current_worker_id();
    NEW.added_at := pg_catalog.now();
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;
COMMENT ON FUNCTION workshop_private.batch_orders_guard() IS
  'BEFORE INSERT OR UPDATE OR DELETE on batch_orders: locks the batch, freezes complete batches, stamps added_by (rule batch_membership).';
REVOKE ALL ON FUNCTION workshop_private.batch_orders_guard() FROM PUBLIC;

-- Rule batch_membership, after the write: joining takes a pending order to
-- in_production, leaving an open batch takes it back to pending; both through the
-- transition rule and the history. AFTER, so that the unique index
-- one_active_batch_per_order has spoken first: an order racing into two batches gets
-- 23505, not a status error.
CREATE FUNCTION workshop_private.batch_orders_status() RETURNS trigger
  LANGUAGE plpgsql
  SECURITY DEFINER  -- changes the order's status whatever the caller may write
  SET search_path = ''
AS $$
DECLARE
  v_batch_number text;
  v_complete     boolean;
  v_order_number text;
  v_status       workshop.order_status;
BEGIN
  IF TG_OP = 'INSERT' AND NEW.is_active
     OR TG_OP = 'UPDATE' AND NEW.is_active AND NOT OLD.is_active THEN
    SELECT b.batch_number INTO v_batch_number FROM workshop.batches b WHERE b.id = NEW.batch_id;
    SELECT o.order_number, o.status INTO v_order_number, v_status
      FROM workshop.orders o
     WHERE o.id = NEW.order_id
       FOR NO KEY UPDATE;
    IF v_status IS DISTINCT FROM 'pending' THEN
      RAISE EXCEPTION USING
        ERRCODE    = '23514',
        CONSTRAINT = 'batch_membership',
        MESSAGE    = pg_catalog.format('order %s is %s: only pending orders can join a batch (batch %s)',
                                       v_order_number, v_status, v_batch_number),
        HINT       = 'an order in production leaves its batch first; a closed order never rejoins';
    END IF;
    PERFORM workshop_private.change_order_status(
      NEW.order_id, 'in_production', pg_catalog.format('joined batch %s', v_batch_number));
  ELSIF TG_OP = 'UPDATE' AND OLD.is_active AND NOT NEW.is_active
     OR TG_OP = 'DELETE' AND OLD.is_active THEN
    SELECT b.batch_number, b.is_complete INTO v_batch_number, v_complete
      FROM workshop.batches b WHERE b.id = OLD.batch_id;
    IF v_complete THEN
      RETURN NULL;  -- the completion itself ships the orders
    END IF;
    SELECT o.status INTO v_status FROM workshop.orders o WHERE o.id = OLD.order_id;
    -- pending or cancelled: the order left because its status changed (orders_leave_batch).
    IF v_status NOT IN ('pending', 'cancelled') THEN
      PERFORM workshop_private.change_order_status(
        OLD.order_id, 'pending', pg_catalog.format('left batch %s', v_batch_number));
    END IF;
  END IF;
  RETURN NULL;
END
$$;
COMMENT ON FUNCTION workshop_private.batch_orders_status() IS
  'AFTER INSERT OR UPDATE OF is_active OR DELETE on batch_orders: joining makes a pending order in_production, leaving an open batch makes it pending (rule batch_membership).';
REVOKE ALL ON FUNCTION workshop_private.batch_orders_status() FROM PUBLIC;

CREATE TRIGGER batch_orders_guard
  BEFORE INSERT OR UPDATE OR DELETE ON workshop.batch_orders
  FOR EACH ROW EXECUTE FUNCTION workshop_private.batch_orders_guard();
CREATE TRIGGER batch_orders_status
  AFTER INSERT OR UPDATE OF is_active OR DELETE ON workshop.batch_orders
  FOR EACH ROW EXECUTE FUNCTION workshop_private.batch_orders_status();
COMMENT ON TRIGGER batch_orders_guard ON workshop.batch_orders IS 'Rule batch_membership: batch lock, frozen complete batches, added_by.';
COMMENT ON TRIGGER batch_orders_status ON workshop.batch_orders IS 'Rule batch_membership: order status on joining and leaving.';

COMMIT;
