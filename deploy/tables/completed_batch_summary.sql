-- Deploy workshop_db:tables/completed_batch_summary to pg
-- requires: tables/batches
BEGIN;

-- The production summary's figures of a complete batch, written once when it completes
-- (triggers/batches_completed_summary). A complete batch is frozen: its memberships are
-- all inactive and its orders shipped, which is final, so these figures never change.
-- Keeping them here lets the summary's refresh aggregate only the open batches instead
-- of every membership of the history.
CREATE TABLE workshop_private.completed_batch_summary (
  batch_id        uuid PRIMARY KEY REFERENCES workshop.batches (id) ON DELETE CASCADE,
  order_count     bigint NOT NULL
                    CONSTRAINT completed_batch_summary_order_count_not_negative CHECK (order_count >= 0),
  models          uuid[] NOT NULL,
  model_names     text[] NOT NULL,
  estimated_hours numeric NOT NULL
                    CONSTRAINT completed_batch_summary_estimated_hours_not_negative CHECK (estimated_hours >= 0)
);
-- No policies: only its owner (the summary's SECURITY DEFINER trigger and refresh) reads
-- or writes it; the staff read the figures through workshop.production_summary.
ALTER TABLE workshop_private.completed_batch_summary ENABLE ROW LEVEL SECURITY;
REVOKE ALL ON workshop_private.completed_batch_summary FROM PUBLIC;

COMMENT ON TABLE workshop_private.completed_batch_summary IS
  'Production summary figures of each complete batch, as of its completion (written by the batches_completed_summary trigger); read by workshop_private.production_summary.';
COMMENT ON COLUMN workshop_private.completed_batch_summary.batch_id IS 'The complete batch.';
COMMENT ON COLUMN workshop_private.completed_batch_summary.order_count IS 'Number of orders it shipped.';
COMMENT ON COLUMN workshop_private.completed_batch_summary.models IS 'Distinct model ids of those orders, in the order of model_names.';
COMMENT ON COLUMN workshop_private.completed_batch_summary.model_names IS 'Distinct model names of those orders, sorted.';
COMMENT ON COLUMN workshop_private.completed_batch_summary.estimated_hours IS 'Sum of the stage estimates of those orders'' models, as estimated at completion.';

COMMIT;
