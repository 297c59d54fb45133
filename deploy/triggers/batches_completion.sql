-- Deploy workshop_db:triggers/batches_completion to pg
-- requires: triggers/batches_completion@v1.0.0
-- requires: functions/change_orders_status
BEGIN;

-- Rule batch_completion, after the write, set-based (issue 7): a statement trigger with
-- transition tables finds the batches of the statement that completed, entered Shipping
-- or left it, and changes their orders' statuses in one UPDATE per batch (one in all per
-- kind of move when the caller gave a reason: the reason is then the same for all).
-- change_orders_status locks the orders in order_id order first, so two cascades lock
-- orders in the same order; the changes go through the transition rule and the history.
-- The guard before the write is unchanged.
CREATE OR REPLACE FUNCTION workshop_private.batches_completion_cascade() RETURNS trigger
  LANGUAGE plpgsql
  SECURITY DEFINER  -- changes orders and memberships whatever the caller may write
  SET search_path = ''
AS $$
DECLARE
  v_has_reason boolean := workshop_private.change_reason() IS NOT NULL;
  v_label      text;
  v_batch_ids  uuid[];
  v_order_ids  uuid[];
BEGIN
  IF NOT EXISTS (SELECT FROM new_batches) THEN
    RETURN NULL;  -- the statement wrote no row: nothing to plan
  END IF;
  -- The loops' joins of the transition tables are planned for this statement's rows
  -- (EXECUTE): a plan kept from a one-row statement is a nested loop, quadratic for a
  -- bulk one.
  -- Completed: every active order ships (one that is not ready_to_ship, put on hold
  -- since the guard's check, makes the transition rule refuse the completion), and the
  -- memberships end.
  FOR v_label, v_batch_ids IN EXECUTE $q$
    SELECT CASE WHEN $1 THEN NULL ELSE n.batch_number END, pg_catalog.array_agg(n.id)
      FROM new_batches n JOIN old_batches o ON o.id = n.id
     WHERE n.is_complete AND NOT o.is_complete
     GROUP BY 1 ORDER BY 1$q$ USING v_has_reason
  LOOP
    SELECT pg_catalog.array_agg(bo.order_id) INTO v_order_ids
      FROM workshop.batch_orders bo
     WHERE bo.batch_id = ANY (v_batch_ids) AND bo.is_active;
    PERFORM workshop_private.change_orders_status(
      v_order_ids, 'shipped', pg_catalog.format('batch %s completed', v_label));
    UPDATE workshop.batch_orders bo SET is_active = false
     WHERE bo.batch_id = ANY (v_batch_ids) AND bo.is_active;
  END LOOP;
  -- Moved into Shipping: the orders in production are ready to ship (orders on hold stay
  -- on hold; the completion waits for them).
  FOR v_label, v_batch_ids IN EXECUTE $q$
    SELECT CASE WHEN $1 THEN NULL ELSE n.batch_number END, pg_catalog.array_agg(n.id)
      FROM new_batches n JOIN old_batches o ON o.id = n.id
     WHERE NOT (n.is_complete AND NOT o.is_complete)
       AND n.current_stage = 'Shipping' AND o.current_stage <> 'Shipping'
     GROUP BY 1 ORDER BY 1$q$ USING v_has_reason
  LOOP
    SELECT pg_catalog.array_agg(bo.order_id) INTO v_order_ids
      FROM workshop.batch_orders bo JOIN workshop.orders ord ON ord.id = bo.order_id
     WHERE bo.batch_id = ANY (v_batch_ids) AND bo.is_active AND ord.status = 'in_production';
    PERFORM workshop_private.change_orders_status(
      v_order_ids, 'ready_to_ship', pg_catalog.format('batch %s moved into Shipping', v_label));
  END LOOP;
  -- Reworked out of Shipping: the orders ready to ship are in production again.
  FOR v_label, v_batch_ids IN EXECUTE $q$
    SELECT CASE WHEN $1 THEN NULL
                ELSE pg_catalog.format('%s reworked back to %s', n.batch_number, n.current_stage) END,
           pg_catalog.array_agg(n.id)
      FROM new_batches n JOIN old_batches o ON o.id = n.id
     WHERE NOT (n.is_complete AND NOT o.is_complete)
       AND o.current_stage = 'Shipping' AND n.current_stage <> 'Shipping'
     GROUP BY 1 ORDER BY 1$q$ USING v_has_reason
  LOOP
    SELECT pg_catalog.array_agg(bo.order_id) INTO v_order_ids
      FROM workshop.batch_orders bo JOIN workshop.orders ord ON ord.id = bo.order_id
     WHERE bo.batch_id = ANY (v_batch_ids) AND bo.is_active AND ord.status = 'ready_to_ship';
    PERFORM workshop_private.change_orders_status(
      v_order_ids, 'in_production', pg_catalog.format('batch %s', v_label));
  END LOOP;
  RETURN NULL;
END
$$;
COMMENT ON FUNCTION workshop_private.batches_completion_cascade() IS
  'AFTER UPDATE on batches, per statement: orders become ready_to_ship at Shipping, in_production on rework out of it, shipped on completion (memberships deactivated); one UPDATE of the orders per batch, or per kind of move when a reason is set.';

DROP TRIGGER batches_completion_cascade ON workshop.batches;
CREATE TRIGGER batches_completion_cascade
  AFTER UPDATE ON workshop.batches
  REFERENCING OLD TABLE AS old_batches NEW TABLE AS new_batches
  FOR EACH STATEMENT EXECUTE FUNCTION workshop_private.batches_completion_cascade();
COMMENT ON TRIGGER batches_completion_cascade ON workshop.batches IS 'Rule batch_completion: order statuses follow the batches (per statement).';

COMMIT;
