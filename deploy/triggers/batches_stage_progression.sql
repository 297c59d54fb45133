-- Deploy workshop_db:triggers/batches_stage_progression to pg
-- requires: triggers/batches_stage_progression@v1.0.0
BEGIN;

-- The stage history, set-based (issue 7): one statement trigger with transition tables
-- appends the moves of the whole statement in one INSERT, the acting worker and the
-- reason read once. The per-row check of each move (batch_stage_progression) stays a
-- BEFORE trigger: it refuses before anything is written.
CREATE OR REPLACE FUNCTION workshop_private.batches_stage_logged() RETURNS trigger
  LANGUAGE plpgsql
  SECURITY DEFINER  -- writes the history whatever the caller may write
  SET search_path = ''
AS $$
DECLARE
  v_worker_id uuid := workshop_private.current_worker_id();
  v_reason    text := workshop_private.change_reason();
BEGIN
  IF NOT EXISTS (SELECT FROM new_batches) THEN
    RETURN NULL;  -- the statement wrote no row: nothing to plan
  END IF;
  -- Planned for this statement's rows (EXECUTE): a plan kept from a one-row statement
  -- joins the transition tables in a nested loop, quadratic for a bulk one.
  EXECUTE $q$
    INSERT INTO workshop.batch_stage_history (batch_id, from_stage, to_stage, kind, moved_by, reason)
    SELECT n.id, o.current_stage, n.current_stage,
           CASE WHEN n.current_stage > o.current_stage THEN 'advance' ELSE 'rework' END::workshop.stage_move_kind,
           $1, $2
      FROM new_batches n
      JOIN old_batches o ON o.id = n.id
     WHERE o.current_stage IS DISTINCT FROM n.current_stage$q$
    USING v_worker_id, v_reason;
  RETURN NULL;
END
$$;
COMMENT ON FUNCTION workshop_private.batches_stage_logged() IS
  'AFTER UPDATE on batches, per statement: appends batch_stage_history for each batch whose stage changed (kind, acting worker, reason).';

DROP TRIGGER batches_stage_logged ON workshop.batches;
CREATE TRIGGER batches_stage_logged
  AFTER UPDATE ON workshop.batches
  REFERENCING OLD TABLE AS old_batches NEW TABLE AS new_batches
  FOR EACH STATEMENT EXECUTE FUNCTION workshop_private.batches_stage_logged();
COMMENT ON TRIGGER batches_stage_logged ON workshop.batches IS 'Every stage move appends batch_stage_history (per statement).';

COMMIT;
