-- Deploy workshop_db:tables/quality_checks to pg
-- requires: tables/batch_orders
-- requires: tables/workers
-- requires: types/production_stage
BEGIN;

CREATE TABLE workshop.quality_checks (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  batch_id      uuid NOT NULL,
  order_id      uuid NOT NULL,
  stage         workshop.production_stage NOT NULL,
  item          text NOT NULL CONSTRAINT quality_checks_item_not_blank CHECK (item ~ '\S'),
  passed        boolean NOT NULL,
  defect_reason text,
  checked_by    uuid REFERENCES workshop.workers (id),
  checked_at    timestamptz NOT NULL DEFAULT now(),
  -- A check is about an order built in that batch.
  CONSTRAINT quality_checks_batch_order_fkey FOREIGN KEY (batch_id, order_id)
    REFERENCES workshop.batch_orders (batch_id, order_id),
  -- Rule qc_defect_reason.
  CONSTRAINT qc_defect_reason CHECK (passed OR COALESCE(defect_reason ~ '\S', false))
);

CREATE INDEX idx_quality_checks_batch_order ON workshop.quality_checks (batch_id, order_id);
CREATE INDEX idx_quality_checks_order_id ON workshop.quality_checks (order_id);
CREATE INDEX idx_quality_checks_checked_by ON workshop.quality_checks (checked_by);

COMMENT ON TABLE workshop.quality_checks IS 'One row per checklist item checked on an order of a batch at a stage.';
COMMENT ON COLUMN workshop.quality_checks.id IS 'Identity.';
COMMENT ON COLUMN workshop.quality_checks.batch_id IS 'The batch (with order_id, a membership of batch_orders).';
COMMENT ON COLUMN workshop.quality_checks.order_id IS 'The order checked.';
COMMENT ON COLUMN workshop.quality_checks.stage IS 'Stage at which it was checked.';
COMMENT ON COLUMN workshop.quality_checks.item IS 'The checklist item.';
COMMENT ON COLUMN workshop.quality_checks.passed IS 'Whether the item passed.';
COMMENT ON COLUMN workshop.quality_checks.defect_reason IS 'What was wrong; required when not passed (rule qc_defect_reason).';
COMMENT ON COLUMN workshop.quality_checks.checked_by IS 'Worker who checked.';
COMMENT ON COLUMN workshop.quality_checks.checked_at IS 'When it was checked.';

COMMIT;
