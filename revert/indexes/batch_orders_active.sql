-- Revert workshop_db:indexes/batch_orders_active from pg
SET lock_timeout = '5s';

DROP INDEX CONCURRENTLY IF EXISTS workshop.idx_batch_orders_active;
