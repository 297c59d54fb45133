-- Deploy workshop_db:functions/add_order_to_batch to pg
-- requires: triggers/batch_orders_membership
-- requires: triggers/batch_metadata_derived
BEGIN;

-- Adds a pending order to an open batch (it becomes in_production). An order that left
-- this same batch rejoins it: its membership row is reactivated. The batch lock and the
-- status change are the triggers'; the unique index one_active_batch_per_order settles
-- races, and its 23505 is re-raised here with the batch the order is in.
CREATE FUNCTION workshop.add_order_to_batch(p_batch_id uuid, p_order_id uuid)
RETURNS workshop.batch_orders
  LANGUAGE plpgsql
  SECURITY INVOKER  -- the caller's grants and row level security apply
  SET search_path = ''
AS $$
DECLARE
  v_membership   workshop.batch_orders;
  v_order_number text;
  v_other_batch  text;
BEGIN
  IF NOT EXISTS (SELECT FROM workshop.batches b WHERE b.id = p_batch_id) THEN
    RAISE EXCEPTION USING ERRCODE = 'P0002', MESSAGE = pg_catalog.format('batch %s does not exist', p_batch_id);
  END IF;
  SELECT o.order_number INTO v_order_number FROM workshop.orders o WHERE o.id = p_order_id;
  IF NOT FOUND THEN
    RAISE EXCEPTION USING ERRCODE = 'P0002', MESSAGE = pg_catalog.format('order %s does not exist', p_order_id);
  END IF;
  BEGIN
    UPDATE workshop.batch_orders bo SET is_active = true
     WHERE bo.batch_id = p_batch_id AND bo.order_id = p_order_id AND NOT bo.is_active
    RETURNING bo.* INTO v_membership;
    IF NOT FOUND THEN
      INSERT INTO workshop.batch_orders (batch_id, order_id) VALUES (p_batch_id, p_order_id)
      RETURNING * INTO v_membership;
    END IF;
  EXCEPTION WHEN unique_violation THEN
    -- The order is active in a batch already (this one: the primary key; another one:
    -- the partial unique index). A fresh snapshot sees the winner of a race.
    SELECT b.batch_number INTO v_other_batch
      FROM workshop.batch_orders bo JOIN workshop.batches b ON b.id = bo.batch_id
     WHERE bo.order_id = p_order_id AND bo.is_active;
    RAISE EXCEPTION USING
      ERRCODE    = '23505',
      CONSTRAINT = 'one_active_batch_per_order',
      MESSAGE    = pg_catalog.format('order %s is already in batch %s', v_order_number, COALESCE(v_other_batch, '(another open batch)')),
      HINT       = 'remove it from that batch first (workshop.remove_order_from_batch)';
  END;
  RETURN v_membership;
END
$$;
COMMENT ON FUNCTION workshop.add_order_to_batch(uuid, uuid) IS
  'Adds a pending order to an open batch (rule batch_membership; 23505 one_active_batch_per_order when it is in a batch already); P0002 for unknown ids.';
REVOKE ALL ON FUNCTION workshop.add_order_to_batch(uuid, uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION workshop.add_order_to_batch(uuid, uuid) TO authenticated, service_role;

COMMIT;
