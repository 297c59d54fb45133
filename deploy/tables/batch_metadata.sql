-- Deploy workshop_db:tables/batch_metadata to pg
-- requires: tables/batches
BEGIN;

CREATE TABLE workshop.batch_metadata (
  batch_id              uuid PRIMARY KEY REFERENCES workshop.batches (id) ON DELETE CASCADE,
  total_estimated_hours numeric(8,2) NOT NULL DEFAULT 0
                          CONSTRAINT batch_metadata_total_estimated_hours_not_negative CHECK (total_estimated_hours >= 0),
  actual_hours_spent    numeric(8,2) NOT NULL DEFAULT 0
                          CONSTRAINT batch_metadata_actual_hours_spent_not_negative CHECK (actual_hours_spent >= 0),
  defect_rate           numeric(5,2)
                          CONSTRAINT batch_metadata_defect_rate_percent CHECK (defect_rate BETWEEN 0 AND 100),
  notes                 text,
  tags                  text[] NOT NULL DEFAULT '{}'
);

COMMENT ON TABLE workshop.batch_metadata IS 'Derived totals of a batch, kept current by the database, plus notes and tags.';
COMMENT ON COLUMN workshop.batch_metadata.batch_id IS 'The batch (one row per batch).';
COMMENT ON COLUMN workshop.batch_metadata.total_estimated_hours IS 'Sum of the stage estimates of the models of the batch''s orders.';
COMMENT ON COLUMN workshop.batch_metadata.actual_hours_spent IS 'Sum of the batch''s work_logs hours.';
COMMENT ON COLUMN workshop.batch_metadata.defect_rate IS 'Failed / all quality checks of the batch, in percent; NULL before the first check.';
COMMENT ON COLUMN workshop.batch_metadata.notes IS 'Free notes of the staff.';
COMMENT ON COLUMN workshop.batch_metadata.tags IS 'Free tags of the staff.';

COMMIT;
