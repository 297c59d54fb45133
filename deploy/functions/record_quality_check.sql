-- Deploy workshop_db:functions/record_quality_check to pg
-- requires: triggers/quality_checks_defaults
-- requires: triggers/batch_metadata_derived
BEGIN;

-- Records one checklist item checked on an order of a batch, at the batch's current
-- stage, by the acting worker (both set by the trigger). A failed item names its
-- defect (qc_defect_reason); an order not in the batch fails the foreign key (23503).
CREATE FUNCTION workshop.record_quality_check(
  p_batch_id uuid, p_order_id uuid, p_item text, p_passed boolean, p_defect_reason text DEFAULT NULL)
RETURNS workshop.quality_checks
  LANGUAGE plpgsql
  SECURITY INVOKER  -- the caller's grants and row level security apply
  SET search_path = ''
AS $$
DECLARE
  v_check workshop.quality_checks;
BEGIN
  IF NOT EXISTS (SELECT FROM workshop.batches b WHERE b.id = p_batch_id) THEN
    RAISE EXCEPTION USING ERRCODE = 'P0002', MESSAGE = pg_catalog.format('batch %s does not exist', p_batch_id);
  END IF;
  IF NOT EXISTS (SELECT FROM workshop.orders o WHERE o.id = p_order_id) THEN
    RAISE EXCEPTION USING ERRCODE = 'P0002', MESSAGE = pg_catalog.format('order %s does not exist', p_order_id);
  END IF;
  INSERT INTO workshop.quality_checks (batch_id, order_id, item, passed, defect_reason)
  VALUES (p_batch_id, p_order_id, p_item, p_passed, p_defect_reason)
  RETURNING * INTO v_check;
  RETURN v_check;
END
$$;
COMMENT ON FUNCTION workshop.record_quality_check(uuid, uuid, text, boolean, text) IS
  'Records a quality check at the batch''s current stage by the acting worker (rule qc_defect_reason); P0002 for unknown ids.';
REVOKE ALL ON FUNCTION workshop.record_quality_check(uuid, uuid, text, boolean, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION workshop.record_quality_check(uuid, uuid, text, boolean, text) TO authenticated, service_role;

COMMIT;
