-- Revert workshop_db:indexes/drop_orders_delivered_created_at from pg
-- The index as indexes/orders_status_pages created it, built CONCURRENTLY.
SET lock_timeout = '5s';

CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_orders_delivered_created_at ON workshop.orders (created_at DESC, id DESC) WHERE status = 'delivered';
COMMENT ON INDEX workshop.idx_orders_delivered_created_at IS 'Status page of delivered orders: newest first, keyset (created_at, id).';
