-- Revert workshop_db:triggers/orders_status_logged from pg
-- Restores the released version (deploy/triggers/orders_status_logged@v1.0.0.sql).
BEGIN;

DROP TRIGGER orders_status_logged_insert ON workshop.orders;
DROP TRIGGER orders_status_logged ON workshop.orders;
DROP FUNCTION workshop_private.orders_status_changes_logged();

CREATE OR REPLACE FUNCTION workshop_private.orders_status_logged() RETURNS trigger
  LANGUAGE plpgsql
  SECURITY DEFINER  -- writes the history whatever the caller may write
  SET search_path = ''
AS $$
BEGIN
  INSERT INTO workshop.order_status_history (order_id, old_status, new_status, changed_by, reason)
  VALUES (NEW.id,
          CASE WHEN TG_OP = 'UPDATE' THEN OLD.status END,
          NEW.status,
          workshop_private.current_worker_id(),
          workshop_private.change_reason());
  RETURN NULL;
END
$$;
COMMENT ON FUNCTION workshop_private.orders_status_logged() IS
  'AFTER INSERT / UPDATE OF status on orders: appends order_status_history with the acting worker and the reason (rule order_status_logged).';

CREATE TRIGGER orders_status_logged_insert
  AFTER INSERT ON workshop.orders
  FOR EACH ROW EXECUTE FUNCTION workshop_private.orders_status_logged();
CREATE TRIGGER orders_status_logged
  AFTER UPDATE OF status ON workshop.orders
  FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status)
  EXECUTE FUNCTION workshop_private.orders_status_logged();
COMMENT ON TRIGGER orders_status_logged_insert ON workshop.orders IS 'Rule order_status_logged: the first status.';
COMMENT ON TRIGGER orders_status_logged ON workshop.orders IS 'Rule order_status_logged: every change.';

COMMIT;
