-- Revert workshop_db:indexes/drop_batches_stage_status from pg
-- The index as tables/batches created it, built CONCURRENTLY.
SET lock_timeout = '5s';

CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_batches_stage_status ON workshop.batches (current_stage, is_complete);
