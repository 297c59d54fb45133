-- Deploy workshop_db:tables/batches to pg
-- requires: tables/workers
-- requires: types/batch_priority
-- requires: types/production_stage
-- requires: types/quality_status
-- requires: functions/set_updated_at
BEGIN;

CREATE TABLE workshop.batches (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  batch_number      text NOT NULL CONSTRAINT batches_batch_number_key UNIQUE
                      CONSTRAINT batches_batch_number_not_blank CHECK (batch_number ~ '\S'),
  priority          workshop.batch_priority NOT NULL DEFAULT 'standard',
  current_stage     workshop.production_stage NOT NULL DEFAULT 'Intake',
  quality_status    workshop.quality_status NOT NULL DEFAULT 'good',
  is_complete       boolean NOT NULL DEFAULT false,
  target_completion date,
  actual_completion date,
  created_by        uuid REFERENCES workshop.workers (id),
  created_at        timestamptz NOT NULL DEFAULT now(),
  updated_at        timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT batches_completion_consistent CHECK (is_complete = (actual_completion IS NOT NULL))
);

CREATE INDEX idx_batches_stage_status ON workshop.batches (current_stage, is_complete);
CREATE INDEX idx_batches_created_by ON workshop.batches (created_by);

CREATE TRIGGER batches_set_updated_at
  BEFORE UPDATE ON workshop.batches
  FOR EACH ROW EXECUTE FUNCTION workshop_private.set_updated_at();

COMMENT ON TABLE workshop.batches IS 'A production batch: orders built together, moving through the stages.';
COMMENT ON COLUMN workshop.batches.id IS 'Surrogate key.';
COMMENT ON COLUMN workshop.batches.batch_number IS 'Human-facing batch number, unique.';
COMMENT ON COLUMN workshop.batches.priority IS 'How urgent the batch is.';
COMMENT ON COLUMN workshop.batches.current_stage IS 'Stage the batch is at (rule batch_stage_progression).';
COMMENT ON COLUMN workshop.batches.quality_status IS 'good, warning or critical; rework needs it not good, Shipping needs it good.';
COMMENT ON COLUMN workshop.batches.is_complete IS 'True once shipped out (rule batch_completion); a complete batch is frozen.';
COMMENT ON COLUMN workshop.batches.target_completion IS 'Planned completion date.';
COMMENT ON COLUMN workshop.batches.actual_completion IS 'Date it was completed; set exactly when is_complete.';
COMMENT ON COLUMN workshop.batches.created_by IS 'Worker who created the batch.';
COMMENT ON COLUMN workshop.batches.created_at IS 'When the row was created.';
COMMENT ON COLUMN workshop.batches.updated_at IS 'When the row was last updated (kept by trigger).';

COMMIT;
