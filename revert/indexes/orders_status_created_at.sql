-- Revert workshop_db:indexes/orders_status_created_at from pg
SET lock_timeout = '5s';

DROP INDEX CONCURRENTLY IF EXISTS workshop.idx_orders_status_created_at;
