-- Deploy workshop_db:triggers/orders_leave_batch to pg
-- requires: triggers/batch_orders_membership
BEGIN;

-- Rule batch_membership, order side: an order that goes back to pending or is cancelled
-- is no longer built, so it leaves its open batch (the membership is deactivated, kept
-- for the record and for its quality checks).
CREATE FUNCTION workshop_private.orders_leave_batch() RETURNS trigger
  LANGUAGE plpgsql
  SECURITY DEFINER  -- updates the membership whatever the caller may write
  SET search_path = ''
AS $$
BEGIN
  UPDATE workshop.batch_orders bo
     SET is_active = false
   WHERE bo.order_id = NEW.id AND bo.is_active;
  RETURN NULL;
END
$$;
COMMENT ON FUNCTION workshop_private.orders_leave_batch() IS
  'AFTER UPDATE OF status on orders to pending or cancelled: the order leaves its open batch (rule batch_membership).';
REVOKE ALL ON FUNCTION workshop_private.orders_leave_batch() FROM PUBLIC;

CREATE TRIGGER orders_leave_batch
  AFTER UPDATE OF status ON workshop.orders
  FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status AND NEW.status IN ('pending', 'cancelled'))
  EXECUTE FUNCTION workshop_private.orders_leave_batch();
COMMENT ON TRIGGER orders_leave_batch ON workshop.orders IS 'Rule batch_membership: pending or cancelled orders leave their open batch.';

COMMIT;
