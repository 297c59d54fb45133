-- Revert workshop_db:indexes/batches_stage_pages from pg
-- Back to the one index of open batches by age of indexes/batches_open_created_at.
SET lock_timeout = '5s';

CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_batches_open_created_at ON workshop.batches (created_at, id) WHERE NOT is_complete;
COMMENT ON INDEX workshop.idx_batches_open_created_at IS
  'Open batches oldest first, keyset (created_at, id): batches at a stage, for the owner and under row level security.';

DROP INDEX CONCURRENTLY IF EXISTS workshop.idx_batches_open_intake_created_at;
DROP INDEX CONCURRENTLY IF EXISTS workshop.idx_batches_open_sanding_created_at;
DROP INDEX CONCURRENTLY IF EXISTS workshop.idx_batches_open_finishing_created_at;
DROP INDEX CONCURRENTLY IF EXISTS workshop.idx_batches_open_sub_assembly_created_at;
DROP INDEX CONCURRENTLY IF EXISTS workshop.idx_batches_open_final_assembly_created_at;
DROP INDEX CONCURRENTLY IF EXISTS workshop.idx_batches_open_acoustic_qc_created_at;
DROP INDEX CONCURRENTLY IF EXISTS workshop.idx_batches_open_shipping_created_at;
