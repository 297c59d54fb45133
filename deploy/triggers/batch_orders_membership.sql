-- Deploy workshop_db:triggers/batch_orders_membership to pg
-- requires: triggers/batch_orders_membership@v1.0.0
-- requires: functions/change_orders_status
BEGIN;

-- Rule batch_membership, after the write, set-based (issue 7): the order statuses that
-- follow a statement's joins and leaves change in one UPDATE per batch (one in all when
-- the caller gave a reason), not one per membership row. Still AFTER, so that the unique
-- index one_active_batch_per_order has spoken first: an order racing into two batches
-- gets 23505, not a status error. The per-row BEFORE guard (batch lock, frozen complete
-- batches, added_by) is unchanged.

-- Joining: every joining order must be pending (the orders are locked in id order
-- first); they become in_production.
CREATE FUNCTION workshop_private.orders_join_batches(p_batch_ids uuid[], p_order_ids uuid[])
RETURNS void
  LANGUAGE plpgsql
  SET search_path = ''
AS $$
DECLARE
  v_has_reason   boolean := workshop_private.change_reason() IS NOT NULL;
  v_batch_number text;
  v_order_number text;
  v_status       workshop.order_status;
  v_ids          uuid[];
BEGIN
  PERFORM FROM workshop.orders o
    WHERE o.id = ANY (p_order_ids)
    ORDER BY o.id
      FOR NO KEY UPDATE;
  SELECT o.order_number, o.status, b.batch_number INTO v_order_number, v_status, v_batch_number
    FROM ROWS FROM (pg_catalog.unnest(p_batch_ids), pg_catalog.unnest(p_order_ids)) j(batch_id, order_id)
    JOIN workshop.orders o ON o.id = j.order_id
    JOIN workshop.batches b ON b.id = j.batch_id
   WHERE o.status <> 'pending'
   ORDER BY o.order_number
   LIMIT 1;
  IF FOUND THEN
    RAISE EXCEPTION USING
      ERRCODE    = '23514',
      CONSTRAINT = 'batch_membership',
      MESSAGE    = pg_catalog.format('order %s is %s: only pending orders can join a batch (batch %s)',
                                     v_order_number, v_status, v_batch_number),
      HINT       = 'an order in production leaves its batch first; a closed order never rejoins';
  END IF;
  -- One UPDATE per batch, for the reason "joined batch ..."; the caller's reason, when
  -- set, is the same for all: then one UPDATE.
  FOR v_batch_number, v_ids IN
    SELECT CASE WHEN v_has_reason THEN NULL ELSE b.batch_number END, pg_catalog.array_agg(j.order_id)
      FROM ROWS FROM (pg_catalog.unnest(p_batch_ids), pg_catalog.unnest(p_order_ids)) j(batch_id, order_id)
      JOIN workshop.batches b ON b.id = j.batch_id
     GROUP BY 1
     ORDER BY 1
  LOOP
    PERFORM workshop_private.change_orders_status(
      v_ids, 'in_production', pg_catalog.format('joined batch %s', v_batch_number));
  END LOOP;
END
$$;
COMMENT ON FUNCTION workshop_private.orders_join_batches(uuid[], uuid[]) IS
  'Rule batch_membership for memberships that became active (batch and order ids, pairwise): refuses orders that are not pending, makes the others in_production.';
REVOKE ALL ON FUNCTION workshop_private.orders_join_batches(uuid[], uuid[]) FROM PUBLIC;

-- Leaving an open batch takes the order back to pending, unless it left because its
-- status changed to pending or cancelled (orders_leave_batch); a complete batch's
-- memberships end with its completion, which ships the orders itself.
CREATE FUNCTION workshop_private.orders_leave_batches(p_batch_ids uuid[], p_order_ids uuid[])
RETURNS void
  LANGUAGE plpgsql
  SET search_path = ''
AS $$
DECLARE
  v_has_reason   boolean := workshop_private.change_reason() IS NOT NULL;
  v_batch_number text;
  v_ids          uuid[];
BEGIN
  FOR v_batch_number, v_ids IN
    SELECT CASE WHEN v_has_reason THEN NULL ELSE b.batch_number END, pg_catalog.array_agg(j.order_id)
      FROM ROWS FROM (pg_catalog.unnest(p_batch_ids), pg_catalog.unnest(p_order_ids)) j(batch_id, order_id)
      JOIN workshop.batches b ON b.id = j.batch_id
      JOIN workshop.orders o ON o.id = j.order_id
     WHERE NOT b.is_complete
       AND o.status NOT IN ('pending', 'cancelled')
     GROUP BY 1
     ORDER BY 1
  LOOP
    PERFORM workshop_private.change_orders_status(
      v_ids, 'pending', pg_catalog.format('left batch %s', v_batch_number));
  END LOOP;
END
$$;
COMMENT ON FUNCTION workshop_private.orders_leave_batches(uuid[], uuid[]) IS
  'Rule batch_membership for memberships that ended (batch and order ids, pairwise): an order leaving an open batch goes back to pending unless it is pending or cancelled already.';
REVOKE ALL ON FUNCTION workshop_private.orders_leave_batches(uuid[], uuid[]) FROM PUBLIC;

CREATE FUNCTION workshop_private.batch_orders_status_inserted() RETURNS trigger
  LANGUAGE plpgsql
  SECURITY DEFINER  -- changes the orders' status whatever the caller may write
  SET search_path = ''
AS $$
BEGIN
  PERFORM workshop_private.orders_join_batches(pg_catalog.array_agg(n.batch_id), pg_catalog.array_agg(n.order_id))
     FROM new_rows n
    WHERE n.is_active;
  RETURN NULL;
END
$$;
COMMENT ON FUNCTION workshop_private.batch_orders_status_inserted() IS
  'AFTER INSERT on batch_orders, per statement: the joining orders become in_production (rule batch_membership).';
REVOKE ALL ON FUNCTION workshop_private.batch_orders_status_inserted() FROM PUBLIC;

CREATE FUNCTION workshop_private.batch_orders_status_updated() RETURNS trigger
  LANGUAGE plpgsql
  SECURITY DEFINER  -- changes the orders' status whatever the caller may write
  SET search_path = ''
AS $$
BEGIN
  IF NOT EXISTS (SELECT FROM new_rows) THEN
    RETURN NULL;  -- the statement wrote no row: nothing to plan
  END IF;
  -- The joins of the transition tables are planned for this statement's rows (EXECUTE):
  -- a plan kept from a one-row statement is a nested loop, quadratic for a bulk one.
  -- Leaves first: an order may then rejoin another batch in the same statement.
  EXECUTE $q$
    SELECT workshop_private.orders_leave_batches(pg_catalog.array_agg(n.batch_id), pg_catalog.array_agg(n.order_id))
      FROM new_rows n
      JOIN old_rows o ON (o.batch_id, o.order_id) = (n.batch_id, n.order_id)
     WHERE o.is_active AND NOT n.is_active$q$;
  EXECUTE $q$
    SELECT workshop_private.orders_join_batches(pg_catalog.array_agg(n.batch_id), pg_catalog.array_agg(n.order_id))
      FROM new_rows n
      JOIN old_rows o ON (o.batch_id, o.order_id) = (n.batch_id, n.order_id)
     WHERE n.is_active AND NOT o.is_active$q$;
  RETURN NULL;
END
$$;
COMMENT ON FUNCTION workshop_private.batch_orders_status_updated() IS
  'AFTER UPDATE on batch_orders, per statement: reactivated memberships make pending orders in_production, deactivated ones of open batches make orders pending (rule batch_membership).';
REVOKE ALL ON FUNCTION workshop_private.batch_orders_status_updated() FROM PUBLIC;

CREATE FUNCTION workshop_private.batch_orders_status_deleted() RETURNS trigger
  LANGUAGE plpgsql
  SECURITY DEFINER  -- changes the orders' status whatever the caller may write
  SET search_path = ''
AS $$
BEGIN
  PERFORM workshop_private.orders_leave_batches(pg_catalog.array_agg(o.batch_id), pg_catalog.array_agg(o.order_id))
     FROM old_rows o
    WHERE o.is_active;
  RETURN NULL;
END
$$;
COMMENT ON FUNCTION workshop_private.batch_orders_status_deleted() IS
  'AFTER DELETE on batch_orders, per statement: orders whose active membership of an open batch was deleted become pending (rule batch_membership).';
REVOKE ALL ON FUNCTION workshop_private.batch_orders_status_deleted() FROM PUBLIC;

DROP TRIGGER batch_orders_status ON workshop.batch_orders;
-- A private trigger function, called by no client: replaced by the per-statement ones.
-- squawk-ignore ban-drop-function
DROP FUNCTION workshop_private.batch_orders_status();
CREATE TRIGGER batch_orders_status
  AFTER INSERT ON workshop.batch_orders
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION workshop_private.batch_orders_status_inserted();
CREATE TRIGGER batch_orders_status_update
  AFTER UPDATE ON workshop.batch_orders
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION workshop_private.batch_orders_status_updated();
CREATE TRIGGER batch_orders_status_delete
  AFTER DELETE ON workshop.batch_orders
  REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION workshop_private.batch_orders_status_deleted();
COMMENT ON TRIGGER batch_orders_status ON workshop.batch_orders IS 'Rule batch_membership: order status on joining (per statement).';
COMMENT ON TRIGGER batch_orders_status_update ON workshop.batch_orders IS 'Rule batch_membership: order status on leaving or rejoining (per statement).';
COMMENT ON TRIGGER batch_orders_status_delete ON workshop.batch_orders IS 'Rule batch_membership: order status on leaving by deletion (per statement).';

COMMIT;
