-- Deploy workshop_db:tables/order_status_history to pg
-- requires: tables/orders
-- requires: tables/workers
BEGIN;

CREATE TABLE workshop.order_status_history (
  -- An identity, not a uuid: within one transaction created_at is equal, the id orders.
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  -- No ON DELETE CASCADE: the audit trail outlives nothing it records; cancel, don't delete.
  order_id   uuid NOT NULL REFERENCES workshop.orders (id),
  old_status workshop.order_status,
  new_status workshop.order_status NOT NULL,
  changed_by uuid REFERENCES workshop.workers (id),
  reason     text,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX idx_order_status_history_order_id ON workshop.order_status_history (order_id, id);
CREATE INDEX idx_order_status_history_changed_by ON workshop.order_status_history (changed_by);

COMMENT ON TABLE workshop.order_status_history IS 'Append-only audit trail of order statuses, written by the database (rule order_status_logged).';
COMMENT ON COLUMN workshop.order_status_history.id IS 'Identity; orders the rows of one order.';
COMMENT ON COLUMN workshop.order_status_history.order_id IS 'The order.';
COMMENT ON COLUMN workshop.order_status_history.old_status IS 'Status before the change; NULL for the first status on insert.';
COMMENT ON COLUMN workshop.order_status_history.new_status IS 'Status after the change.';
COMMENT ON COLUMN workshop.order_status_history.changed_by IS 'Acting worker (workshop_private.current_worker_id()); NULL when unknown.';
COMMENT ON COLUMN workshop.order_status_history.reason IS 'Why (API argument or setting workshop.change_reason).';
COMMENT ON COLUMN workshop.order_status_history.created_at IS 'When the change was made (transaction time).';

COMMIT;
