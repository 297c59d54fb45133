-- Deploy workshop_db:triggers/batches_completion to pg
-- requires: triggers/batches_completion@v1.0.0
-- requires: functions/change_orders_status
BEGIN;

-- Rule batch_completion, after the write, set-based (issue 7): the order statuses that
-- follow a batch change in one UPDATE for the batch (change_orders_status locks them in
-- order_id order first, so two cascades lock orders in the same order), through the
-- transition rule and the history. The guard before the write is unchanged.
CREATE OR REPLACE FUNCTION workshop_private.batches_completion_cascade() RETURNS trigger
  LANGUAGE plpgsql
  SECURITY DEFINER  -- changes orders and memberships whatever the caller may write
  SET search_path = ''
AS $$
DECLARE
  v_ids uuid[];
BEGIN
  IF NEW.is_complete AND NOT OLD.is_complete THEN
    -- Every active order ships; one that is not ready_to_ship (put on hold since the
    -- check) makes the transition rule refuse the completion.
    SELECT pg_catalog.array_agg(bo.order_id) INTO v_ids
      FROM workshop.batch_orders bo
     WHERE bo.batch_id = NEW.id AND bo.is_active;
    PERFORM workshop_private.change_orders_status(
      v_ids, 'shipped', pg_catalog.format('batch %s completed', NEW.batch_number));
    UPDATE workshop.batch_orders bo SET is_active = false
     WHERE bo.batch_id = NEW.id AND bo.is_active;
  ELSIF NEW.current_stage = 'Shipping' AND OLD.current_stage <> 'Shipping' THEN
    -- Orders on hold stay on hold; the completion waits for them.
    SELECT pg_catalog.array_agg(bo.order_id) INTO v_ids
      FROM workshop.batch_orders bo JOIN workshop.orders o ON o.id = bo.order_id
     WHERE bo.batch_id = NEW.id AND bo.is_active AND o.status = 'in_production';
    PERFORM workshop_private.change_orders_status(
      v_ids, 'ready_to_ship', pg_catalog.format('batch %s moved into Shipping', NEW.batch_number));
  ELSIF OLD.current_stage = 'Shipping' AND NEW.current_stage <> 'Shipping' THEN
    SELECT pg_catalog.array_agg(bo.order_id) INTO v_ids
      FROM workshop.batch_orders bo JOIN workshop.orders o ON o.id = bo.order_id
     WHERE bo.batch_id = NEW.id AND bo.is_active AND o.status = 'ready_to_ship';
    PERFORM workshop_private.change_orders_status(
      v_ids, 'in_production', pg_catalog.format('batch %s reworked back to %s', NEW.batch_number, NEW.current_stage));
  END IF;
  RETURN NULL;
END
$$;
COMMENT ON FUNCTION workshop_private.batches_completion_cascade() IS
  'AFTER UPDATE OF current_stage, is_complete on batches: orders become ready_to_ship at Shipping, in_production on rework out of it, shipped on completion (memberships deactivated); one UPDATE of the orders per batch.';

COMMIT;
