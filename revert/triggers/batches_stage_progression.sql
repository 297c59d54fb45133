-- Revert workshop_db:triggers/batches_stage_progression from pg
-- Restores the released version (deploy/triggers/batches_stage_progression@v1.0.0.sql).
BEGIN;

DROP TRIGGER batches_stage_logged ON workshop.batches;

CREATE OR REPLACE FUNCTION workshop_private.batches_stage_logged() RETURNS trigger
  LANGUAGE plpgsql
  SECURITY DEFINER  -- writes the history whatever the caller may write
  SET search_path = ''
AS $$
BEGIN
  INSERT INTO workshop.batch_stage_history (batch_id, from_stage, to_stage, kind, moved_by, reason)
  VALUES (NEW.id, OLD.current_stage, NEW.current_stage,
          CASE WHEN NEW.current_stage > OLD.current_stage THEN 'advance' ELSE 'rework' END::workshop.stage_move_kind,
          workshop_private.current_worker_id(),
          workshop_private.change_reason());
  RETURN NULL;
END
$$;
COMMENT ON FUNCTION workshop_private.batches_stage_logged() IS
  'AFTER UPDATE OF current_stage on batches: appends batch_stage_history (kind, acting worker, reason).';
CREATE TRIGGER batches_stage_logged
  AFTER UPDATE OF current_stage ON workshop.batches
  FOR EACH ROW WHEN (OLD.current_stage IS DISTINCT FROM NEW.current_stage)
  EXECUTE FUNCTION workshop_private.batches_stage_logged();
COMMENT ON TRIGGER batches_stage_logged ON workshop.batches IS 'Every stage move appends batch_stage_history.';

COMMIT;
