-- Revert workshop_db:indexes/orders_by_status from pg
SET lock_timeout = '5s';

DROP INDEX CONCURRENTLY IF EXISTS workshop.idx_orders_by_status;
