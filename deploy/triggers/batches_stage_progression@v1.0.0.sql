-- Deploy workshop_db:triggers/batches_stage_progression to pg
-- requires: tables/batches
-- requires: tables/batch_stage_history
-- requires: functions/current_worker_id
-- requires: functions/change_reason
BEGIN;

-- Rule batch_stage_progression (the seed's empty validate_stage_progression, made real).
-- A batch starts at Intake; it advances exactly one stage at a time in enum order; it
-- moves back (rework) only while its quality is not good and with a reason; it enters
-- Shipping only with good quality; a complete batch never moves. The quality checked is
-- the row's new one: a statement that sets quality and moves is judged as a whole.
CREATE FUNCTION workshop_private.batches_stage_progression() RETURNS trigger
  LANGUAGE plpgsql
  SECURITY DEFINER  -- reads the change reason the same way for every caller
  SET search_path = ''
AS $$
DECLARE
  v_stages workshop.production_stage[] := pg_catalog.enum_range(NULL::workshop.production_stage);
  v_from   integer;
  v_to     integer;
BEGIN
  IF TG_OP = 'INSERT' THEN
    IF NEW.current_stage <> 'Intake' THEN
      RAISE EXCEPTION USING
        ERRCODE    = '23514',
        CONSTRAINT = 'batch_stage_progression',
        MESSAGE    = pg_catalog.format('batch %s must start at Intake, not %s', NEW.batch_number, NEW.current_stage),
        HINT       = 'create it at Intake and advance it stage by stage';
    END IF;
    RETURN NEW;
  END IF;

  IF OLD.is_complete THEN
    RAISE EXCEPTION USING
      ERRCODE    = '23514',
      CONSTRAINT = 'batch_stage_progression',
      MESSAGE    = pg_catalog.format('batch %s is complete and never moves (%s to %s refused)',
                                     NEW.batch_number, OLD.current_stage, NEW.current_stage);
  END IF;

  v_from := pg_catalog.array_position(v_stages, OLD.current_stage);
  v_to   := pg_catalog.array_position(v_stages, NEW.current_stage);
  IF v_to > v_from THEN
    IF v_to <> v_from + 1 THEN
      RAISE EXCEPTION USING
        ERRCODE    = '23514',
        CONSTRAINT = 'batch_stage_progression',
        MESSAGE    = pg_catalog.format('batch %s advances one stage at a time: %s to %s skips %s',
                                       NEW.batch_number, OLD.current_stage, NEW.current_stage, v_stages[v_from + 1]),
        HINT       = pg_catalog.format('advance it to %s first', v_stages[v_from + 1]);
    END IF;
    IF NEW.current_stage = 'Shipping' AND NEW.quality_status <> 'good' THEN
      RAISE EXCEPTION USING
        ERRCODE    = '23514',
        CONSTRAINT = 'batch_stage_progression',
        MESSAGE    = pg_catalog.format('batch %s cannot move into Shipping with quality %s',
                                       NEW.batch_number, NEW.quality_status),
        HINT       = 'fix the defects and set the quality to good, or rework the batch';
    END IF;
  ELSE
    IF NEW.quality_status = 'good' THEN
      RAISE EXCEPTION USING
        ERRCODE    = '23514',
        CONSTRAINT = 'batch_stage_progression',
        MESSAGE    = pg_catalog.format('batch %s cannot be reworked from %s to %s while its quality is good',
                                       NEW.batch_number, OLD.current_stage, NEW.current_stage),
        HINT       = 'set its quality to warning or critical first (workshop.set_batch_quality)';
    END IF;
    IF workshop_private.change_reason() IS NULL THEN
      RAISE EXCEPTION USING
        ERRCODE    = '23514',
        CONSTRAINT = 'batch_stage_progression',
        MESSAGE    = pg_catalog.format('rework of batch %s from %s to %s needs a reason',
                                       NEW.batch_number, OLD.current_stage, NEW.current_stage),
        HINT       = 'pass p_reason to workshop.rework_batch, or set workshop.change_reason';
    END IF;
  END IF;
  RETURN NEW;
END
$$;
COMMENT ON FUNCTION workshop_private.batches_stage_progression() IS
  'BEFORE INSERT / UPDATE OF current_stage on batches: rule batch_stage_progression.';
REVOKE ALL ON FUNCTION workshop_private.batches_stage_progression() FROM PUBLIC;

-- Every move appends batch_stage_history, in the transaction of the move.
CREATE FUNCTION workshop_private.batches_stage_logged() RETURNS trigger
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
REVOKE ALL ON FUNCTION workshop_private.batches_stage_logged() FROM PUBLIC;

CREATE TRIGGER batches_stage_progression_insert
  BEFORE INSERT ON workshop.batches
  FOR EACH ROW EXECUTE FUNCTION workshop_private.batches_stage_progression();
CREATE TRIGGER batches_stage_progression
  BEFORE UPDATE OF current_stage ON workshop.batches
  FOR EACH ROW WHEN (OLD.current_stage IS DISTINCT FROM NEW.current_stage)
  EXECUTE FUNCTION workshop_private.batches_stage_progression();
CREATE TRIGGER batches_stage_logged
  AFTER UPDATE OF current_stage ON workshop.batches
  FOR EACH ROW WHEN (OLD.current_stage IS DISTINCT FROM NEW.current_stage)
  EXECUTE FUNCTION workshop_private.batches_stage_logged();
COMMENT ON TRIGGER batches_stage_progression_insert ON workshop.batches IS 'Rule batch_stage_progression: a batch starts at Intake.';
COMMENT ON TRIGGER batches_stage_progression ON workshop.batches IS 'Rule batch_stage_progression: the allowed moves.';
COMMENT ON TRIGGER batches_stage_logged ON workshop.batches IS 'Every stage move appends batch_stage_history.';

COMMIT;
