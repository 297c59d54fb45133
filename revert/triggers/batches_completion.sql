-- Revert workshop_db:triggers/batches_completion from pg
-- Restores the released version (deploy/triggers/batches_completion@v1.0.0.sql).
BEGIN;

DROP TRIGGER batches_completion_cascade ON workshop.batches;

CREATE OR REPLACE FUNCTION workshop_private.batches_completion_cascade() RETURNS trigger
  LANGUAGE plpgsql
  SECURITY DEFINER  -- changes orders and memberships whatever the caller may write
  SET search_path = ''
AS $$
DECLARE
  v_order_id uuid;
BEGIN
  IF NEW.is_complete AND NOT OLD.is_complete THEN
    -- Every active order ships; one that is not ready_to_ship (put on hold since the
    -- check) makes the transition rule refuse the completion.
    FOR v_order_id IN
      SELECT bo.order_id FROM workshop.batch_orders bo JOIN workshop.orders o ON o.id = bo.order_id
       WHERE bo.batch_id = NEW.id AND bo.is_active AND o.status <> 'shipped'
       ORDER BY bo.order_id
    LOOP
      PERFORM workshop_private.change_order_status(
        v_order_id, 'shipped', pg_catalog.format('batch %s completed', NEW.batch_number));
    END LOOP;
    UPDATE workshop.batch_orders bo SET is_active = false
     WHERE bo.batch_id = NEW.id AND bo.is_active;
  ELSIF NEW.current_stage = 'Shipping' AND OLD.current_stage <> 'Shipping' THEN
    -- Orders on hold stay on hold; the completion waits for them.
    FOR v_order_id IN
      SELECT bo.order_id FROM workshop.batch_orders bo JOIN workshop.orders o ON o.id = bo.order_id
       WHERE bo.batch_id = NEW.id AND bo.is_active AND o.status = 'in_production'
       ORDER BY bo.order_id
    LOOP
      PERFORM workshop_private.change_order_status(
        v_order_id, 'ready_to_ship', pg_catalog.format('batch %s moved into Shipping', NEW.batch_number));
    END LOOP;
  ELSIF OLD.current_stage = 'Shipping' AND NEW.current_stage <> 'Shipping' THEN
    FOR v_order_id IN
      SELECT bo.order_id FROM workshop.batch_orders bo JOIN workshop.orders o ON o.id = bo.order_id
       WHERE bo.batch_id = NEW.id AND bo.is_active AND o.status = 'ready_to_ship'
       ORDER BY bo.order_id
    LOOP
      PERFORM workshop_private.change_order_status(
        v_order_id, 'in_production', pg_catalog.format('batch %s reworked back to %s', NEW.batch_number, NEW.current_stage));
    END LOOP;
  END IF;
  RETURN NULL;
END
$$;
COMMENT ON FUNCTION workshop_private.batches_completion_cascade() IS
  'AFTER UPDATE OF current_stage, is_complete on batches: orders become ready_to_ship at Shipping, in_production on rework out of it, shipped on completion (memberships deactivated).';

CREATE TRIGGER batches_completion_cascade
  AFTER UPDATE OF current_stage, is_complete ON workshop.batches
  FOR EACH ROW WHEN (OLD.current_stage IS DISTINCT FROM NEW.current_stage OR OLD.is_complete IS DISTINCT FROM NEW.is_complete)
  EXECUTE FUNCTION workshop_private.batches_completion_cascade();
COMMENT ON TRIGGER batches_completion_cascade ON workshop.batches IS 'Rule batch_completion: order statuses follow the batch.';

COMMIT;
