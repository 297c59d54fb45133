-- Revert workshop_db:indexes/orders_status_pages from pg
-- Back to the one composite index of indexes/orders_status_created_at.
SET lock_timeout = '5s';

CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_orders_status_created_at ON workshop.orders (status, created_at DESC, id DESC);
COMMENT ON INDEX workshop.idx_orders_status_created_at IS
  'Status pages: orders of a status newest first, keyset (created_at, id).';

DROP INDEX CONCURRENTLY IF EXISTS workshop.idx_orders_pending_created_at;
DROP INDEX CONCURRENTLY IF EXISTS workshop.idx_orders_in_production_created_at;
DROP INDEX CONCURRENTLY IF EXISTS workshop.idx_orders_on_hold_created_at;
DROP INDEX CONCURRENTLY IF EXISTS workshop.idx_orders_ready_to_ship_created_at;
DROP INDEX CONCURRENTLY IF EXISTS workshop.idx_orders_shipped_created_at;
DROP INDEX CONCURRENTLY IF EXISTS workshop.idx_orders_delivered_created_at;
DROP INDEX CONCURRENTLY IF EXISTS workshop.idx_orders_cancelled_created_at;
