-- Revert workshop_db:indexes/drop_orders_status_priority from pg
-- The index as tables/orders created it, built CONCURRENTLY.
SET lock_timeout = '5s';

CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_orders_status_priority ON workshop.orders (status, priority);
