-- Deploy workshop_db:tables/work_logs to pg
-- requires: tables/batches
-- requires: tables/workers
-- requires: types/production_stage
BEGIN;

CREATE TABLE workshop.work_logs (
  id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  batch_id  uuid NOT NULL REFERENCES workshop.batches (id),
  stage     workshop.production_stage NOT NULL,
  worker_id uuid NOT NULL REFERENCES workshop.workers (id),
  hours     numeric(5,2) NOT NULL
              CONSTRAINT work_logs_hours_range CHECK (hours > 0 AND hours <= 24),
  logged_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX idx_work_logs_batch_id ON workshop.work_logs (batch_id);
CREATE INDEX idx_work_logs_worker_id ON workshop.work_logs (worker_id);

COMMENT ON TABLE workshop.work_logs IS 'Hours a worker spent on a batch at a stage.';
COMMENT ON COLUMN workshop.work_logs.id IS 'Identity.';
COMMENT ON COLUMN workshop.work_logs.batch_id IS 'The batch worked on.';
COMMENT ON COLUMN workshop.work_logs.stage IS 'The stage worked at.';
COMMENT ON COLUMN workshop.work_logs.worker_id IS 'Who worked.';
COMMENT ON COLUMN workshop.work_logs.hours IS 'Hours spent, more than 0 and at most 24.';
COMMENT ON COLUMN workshop.work_logs.logged_at IS 'When the work was logged.';

COMMIT;
