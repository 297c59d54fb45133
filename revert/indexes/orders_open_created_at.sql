-- Revert workshop_db:indexes/orders_open_created_at from pg
SET lock_timeout = '5s';

DROP INDEX CONCURRENTLY IF EXISTS workshop.idx_orders_open_created_at;
