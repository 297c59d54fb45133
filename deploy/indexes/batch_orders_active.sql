-- Deploy workshop_db:indexes/batch_orders_active to pg
-- requires: tables/batch_orders
-- The active memberships of a batch (open batches only: completion deactivates them). The
-- due-risk view and the open-batch pages join only these; the primary key also lists
-- every inactive membership of the complete batches, a thousand times more rows.
-- Built CONCURRENTLY so that a live table stays writable; that cannot run in a
-- transaction, so this script has no BEGIN/COMMIT and gives up instead of queueing
-- behind a long lock.
SET lock_timeout = '5s';

CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_batch_orders_active ON workshop.batch_orders (batch_id, order_id) WHERE is_active;

COMMENT ON INDEX workshop.idx_batch_orders_active IS
  'Active memberships by batch (open batches), for workshop.order_due_risk.';
