-- Revert workshop_db:triggers/batch_orders_membership from pg
-- Restores the released version (deploy/triggers/batch_orders_membership@v1.0.0.sql).
BEGIN;

DROP TRIGGER batch_orders_status ON workshop.batch_orders;
DROP TRIGGER batch_orders_status_update ON workshop.batch_orders;
DROP TRIGGER batch_orders_status_delete ON workshop.batch_orders;
DROP FUNCTION workshop_private.batch_orders_status_inserted();
DROP FUNCTION workshop_private.batch_orders_status_updated();
DROP FUNCTION workshop_private.batch_orders_status_deleted();
DROP FUNCTION workshop_private.orders_join_batches(uuid[], uuid[]);
DROP FUNCTION workshop_private.orders_leave_batches(uuid[], uuid[]);

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

CREATE TRIGGER batch_orders_status
  AFTER INSERT OR UPDATE OF is_active OR DELETE ON workshop.batch_orders
  FOR EACH ROW EXECUTE FUNCTION workshop_private.batch_orders_status();
COMMENT ON TRIGGER batch_orders_status ON workshop.batch_orders IS 'Rule batch_membership: order status on joining and leaving.';

COMMIT;
