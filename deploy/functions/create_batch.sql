-- Deploy workshop_db:functions/create_batch to pg
-- requires: triggers/batches_created_by
-- requires: triggers/batches_stage_progression
-- requires: triggers/batches_completion
-- requires: triggers/batch_metadata_derived
BEGIN;

-- Creates an open batch at Intake; created_by and the batch_metadata row come from
-- the triggers, so a direct INSERT gets them too.
CREATE FUNCTION workshop.create_batch(
  p_batch_number text, p_priority workshop.batch_priority DEFAULT 'standard', p_target_completion date DEFAULT NULL)
RETURNS workshop.batches
  LANGUAGE plpgsql
  SECURITY INVOKER  -- the caller's grants and row level security apply
  SET search_path = ''
AS $$
DECLARE
  v_batch workshop.batches;
BEGIN
  INSERT INTO workshop.batches (batch_number, priority, target_completion)
  VALUES (p_batch_number, COALESCE(p_priority, 'standard'), p_target_completion)
  RETURNING * INTO v_batch;
  RETURN v_batch;
END
$$;
COMMENT ON FUNCTION workshop.create_batch(text, workshop.batch_priority, date) IS
  'Creates an open batch at Intake, created by the acting worker, with its batch_metadata row.';
REVOKE ALL ON FUNCTION workshop.create_batch(text, workshop.batch_priority, date) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION workshop.create_batch(text, workshop.batch_priority, date) TO authenticated, service_role;

COMMIT;
