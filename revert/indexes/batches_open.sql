-- Revert workshop_db:indexes/batches_open from pg
SET lock_timeout = '5s';

DROP INDEX CONCURRENTLY IF EXISTS workshop.idx_batches_open;
