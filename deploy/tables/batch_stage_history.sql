-- Deploy workshop_db:tables/batch_stage_history to pg
-- requires: tables/batches
-- requires: tables/workers
-- requires: types/stage_move_kind
BEGIN;

CREATE TABLE workshop.batch_stage_history (
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  batch_id   uuid NOT NULL REFERENCES workshop.batches (id),
  from_stage workshop.production_stage NOT NULL,
  to_stage   workshop.production_stage NOT NULL,
  kind       workshop.stage_move_kind NOT NULL,
  moved_by   uuid REFERENCES workshop.workers (id),
  reason     text,
  moved_at   timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT batch_stage_history_direction CHECK (
    CASE kind WHEN 'advance' THEN to_stage > from_stage ELSE to_stage < from_stage END),
  CONSTRAINT batch_stage_history_rework_reason CHECK (
    kind <> 'rework' OR COALESCE(reason ~ '\S', false))
);

CREATE INDEX idx_batch_stage_history_batch_id ON workshop.batch_stage_history (batch_id, id);
CREATE INDEX idx_batch_stage_history_moved_by ON workshop.batch_stage_history (moved_by);

COMMENT ON TABLE workshop.batch_stage_history IS 'Append-only log of every stage move of a batch, written by the database.';
COMMENT ON COLUMN workshop.batch_stage_history.id IS 'Identity; orders the moves of one batch.';
COMMENT ON COLUMN workshop.batch_stage_history.batch_id IS 'The batch.';
COMMENT ON COLUMN workshop.batch_stage_history.from_stage IS 'Stage before the move.';
COMMENT ON COLUMN workshop.batch_stage_history.to_stage IS 'Stage after the move.';
COMMENT ON COLUMN workshop.batch_stage_history.kind IS 'advance (one stage forward) or rework (back to an earlier stage).';
COMMENT ON COLUMN workshop.batch_stage_history.moved_by IS 'Acting worker; NULL when unknown.';
COMMENT ON COLUMN workshop.batch_stage_history.reason IS 'Why; required for rework.';
COMMENT ON COLUMN workshop.batch_stage_history.moved_at IS 'When the move was made (transaction time).';

COMMIT;
