-- Deploy workshop_db:tables/batch_orders to pg
-- requires: tables/batches
-- requires: tables/orders
-- requires: tables/workers
BEGIN;

CREATE TABLE workshop.batch_orders (
  batch_id  uuid NOT NULL REFERENCES workshop.batches (id),
  order_id  uuid NOT NULL REFERENCES workshop.orders (id),
  added_at  timestamptz NOT NULL DEFAULT now(),
  added_by  uuid REFERENCES workshop.workers (id),
  is_active boolean NOT NULL DEFAULT true,
  PRIMARY KEY (batch_id, order_id)
);

-- Rule one_active_batch_per_order. The seed wanted a subquery in the index predicate,
-- which PostgreSQL does not allow; the membership carries its own is_active flag
-- instead (cleared when the batch completes or the order leaves), so a plain partial
-- unique index settles races between concurrent sessions.
CREATE UNIQUE INDEX one_active_batch_per_order ON workshop.batch_orders (order_id) WHERE is_active;
CREATE INDEX idx_batch_orders_order_id ON workshop.batch_orders (order_id);
CREATE INDEX idx_batch_orders_added_by ON workshop.batch_orders (added_by);
-- batch_id is the leading column of the primary key, which indexes it.

COMMENT ON TABLE workshop.batch_orders IS 'Which orders are built in which batch; an order is active in at most one batch.';
COMMENT ON COLUMN workshop.batch_orders.batch_id IS 'The batch.';
COMMENT ON COLUMN workshop.batch_orders.order_id IS 'The order.';
COMMENT ON COLUMN workshop.batch_orders.added_at IS 'When the order joined the batch.';
COMMENT ON COLUMN workshop.batch_orders.added_by IS 'Worker who added it.';
COMMENT ON COLUMN workshop.batch_orders.is_active IS 'True while the order is in this batch and the batch is not complete.';

COMMIT;
