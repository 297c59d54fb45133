-- Revert workshop_db:indexes/batches_open_created_at from pg
SET lock_timeout = '5s';

DROP INDEX CONCURRENTLY IF EXISTS workshop.idx_batches_open_created_at;
