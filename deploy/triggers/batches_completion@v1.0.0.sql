-- Deploy workshop_db:triggers/batches_completion to pg
-- requires: tables/batches
-- requires: tables/batch_orders
-- requires: functions/change_order_status
-- requires: triggers/batch_orders_membership
BEGIN;

-- Rule batch_completion, before the write: a batch is created open and completed only
-- at Shipping, with every active order ready to ship; a complete batch is frozen (its
-- stage moves are refused by batch_stage_progression, anything else here). The row is
-- already locked when a BEFORE UPDATE trigger runs, and an addition of an order holds
-- FOR SHARE on it, so the orders read here are all the batch will ship.
CREATE FUNCTION workshop_private.batches_completion_guard() RETURNS trigger
  LANGUAGE plpgsql
  SECURITY DEFINER  -- reads every order of the batch, whatever the caller may see
  SET search_path = ''
AS $$
DECLARE
  v_not_ready text;
BEGIN
  IF TG_OP = 'INSERT' THEN
    IF NEW.is_complete THEN
      RAISE EXCEPTION USING
        ERRCODE    = '23514',
        CONSTRAINT = 'batch_completion',
        MESSAGE    = pg_catalog.format('batch %s cannot be created complete', NEW.batch_number);
    END IF;
    RETURN NEW;
  END IF;

  IF OLD.is_complete THEN
    IF NEW.current_stage IS DISTINCT FROM OLD.current_stage THEN
      RETURN NEW;  -- batch_stage_progression refuses the move with its own name
    END IF;
    IF (pg_catalog.to_jsonb(NEW) - 'updated_at') IS DISTINCT FROM (pg_catalog.to_jsonb(OLD) - 'updated_at') THEN
      RAISE EXCEPTION USING
        ERRCODE    = '23514',
        CONSTRAINT = 'batch_completion',
        MESSAGE    = pg_catalog.format('batch %s is complete: it is frozen', OLD.batch_number),
        DETAIL     = pg_catalog.format('completed on %s', OLD.actual_completion);
    END IF;
    RETURN NEW;
  END IF;

  IF NEW.is_complete THEN
    IF OLD.current_stage <> 'Shipping' OR NEW.current_stage <> 'Shipping' THEN
      RAISE EXCEPTION USING
        ERRCODE    = '23514',
        CONSTRAINT = 'batch_completion',
        MESSAGE    = pg_catalog.format('batch %s is at %s: a batch is completed only at Shipping',
                                       NEW.batch_number, OLD.current_stage),
        HINT       = 'advance it to Shipping first';
    END IF;
    SELECT pg_catalog.string_agg(pg_catalog.format('%s (%s)', o.order_number, o.status), ', ' ORDER BY o.order_number)
      INTO v_not_ready
      FROM workshop.batch_orders bo
      JOIN workshop.orders o ON o.id = bo.order_id
     WHERE bo.batch_id = NEW.id AND bo.is_active
       AND o.status NOT IN ('ready_to_ship', 'shipped');
    IF v_not_ready IS NOT NULL THEN
      RAISE EXCEPTION USING
        ERRCODE    = '23514',
        CONSTRAINT = 'batch_completion',
        MESSAGE    = pg_catalog.format('batch %s has orders that are not ready to ship: %s', NEW.batch_number, v_not_ready),
        HINT       = 'make them ready_to_ship or remove them from the batch';
    END IF;
    NEW.actual_completion := COALESCE(NEW.actual_completion, CURRENT_DATE);
  END IF;
  RETURN NEW;
END
$$;
COMMENT ON FUNCTION workshop_private.batches_completion_guard() IS
  'BEFORE INSERT OR UPDATE on batches: rule batch_completion (only at Shipping, all orders ready; a complete batch is frozen).';
REVOKE ALL ON FUNCTION workshop_private.batches_completion_guard() FROM PUBLIC;

-- Rule batch_completion, after the write: the order statuses that follow the batch,
-- each an UPDATE through the transition rule and the history, in order_id order so
-- that two cascades lock orders in the same order.
CREATE FUNCTION workshop_private.batches_completion_cascade() RETURNS trigger
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
REVOKE ALL ON FUNCTION workshop_private.batches_completion_cascade() FROM PUBLIC;

CREATE TRIGGER batches_completion_guard
  BEFORE INSERT OR UPDATE ON workshop.batches
  FOR EACH ROW EXECUTE FUNCTION workshop_private.batches_completion_guard();
CREATE TRIGGER batches_completion_cascade
  AFTER UPDATE OF current_stage, is_complete ON workshop.batches
  FOR EACH ROW WHEN (OLD.current_stage IS DISTINCT FROM NEW.current_stage OR OLD.is_complete IS DISTINCT FROM NEW.is_complete)
  EXECUTE FUNCTION workshop_private.batches_completion_cascade();
COMMENT ON TRIGGER batches_completion_guard ON workshop.batches IS 'Rule batch_completion: when a batch may complete; complete batches are frozen.';
COMMENT ON TRIGGER batches_completion_cascade ON workshop.batches IS 'Rule batch_completion: order statuses follow the batch.';

COMMIT;
