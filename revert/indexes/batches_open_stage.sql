-- Revert workshop_db:indexes/batches_open_stage from pg
SET lock_timeout = '5s';

DROP INDEX CONCURRENTLY IF EXISTS workshop.idx_batches_open_stage;
