-- Deploy workshop_db:indexes/batches_stage_pages to pg
-- requires: tables/batches
-- requires: indexes/batches_open_created_at
-- requires: indexes/batches_open_stage
-- Open batches of one stage, oldest first, keyset by (created_at, id): the staff's
-- "batches at a stage" page (bench/queries/batches_at_stage.sql). Under row level
-- security current_stage = ... may not become an index condition (enum equality is not
-- leakproof), so a manager's page walked idx_batches_open_created_at and filtered the
-- stage, reading the open batches of the other stages too (2.2x the owner's p95 at
-- 1,000,000 orders in the tenth run). A partial index per stage needs no condition on
-- the stage: its predicate is proved from the query, as for the orders' status pages
-- (indexes/orders_status_pages). Together they hold the entries of
-- idx_batches_open_created_at, which served only that page and is dropped.
-- idx_batches_open_stage stays for plans made without the stage's value (a prepared
-- statement's generic plan). A new production_stage label needs its own index here
-- (the verify script and test/pgtap/indexes/batches_stage_pages.sql check that every
-- label has one).
-- Built and dropped CONCURRENTLY so that a live table stays writable; that cannot run
-- in a transaction, so this script has no BEGIN/COMMIT and gives up instead of queueing
-- behind a long lock. Rerunnable after a failure (IF [NOT] EXISTS).
SET lock_timeout = '5s';

CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_batches_open_intake_created_at ON workshop.batches (created_at, id) WHERE NOT is_complete AND current_stage = 'Intake';
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_batches_open_sanding_created_at ON workshop.batches (created_at, id) WHERE NOT is_complete AND current_stage = 'Sanding';
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_batches_open_finishing_created_at ON workshop.batches (created_at, id) WHERE NOT is_complete AND current_stage = 'Finishing';
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_batches_open_sub_assembly_created_at ON workshop.batches (created_at, id) WHERE NOT is_complete AND current_stage = 'Sub-Assembly';
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_batches_open_final_assembly_created_at ON workshop.batches (created_at, id) WHERE NOT is_complete AND current_stage = 'Final Assembly';
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_batches_open_acoustic_qc_created_at ON workshop.batches (created_at, id) WHERE NOT is_complete AND current_stage = 'Acoustic QC';
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_batches_open_shipping_created_at ON workshop.batches (created_at, id) WHERE NOT is_complete AND current_stage = 'Shipping';

COMMENT ON INDEX workshop.idx_batches_open_intake_created_at IS 'Open batches at Intake oldest first, keyset (created_at, id): the stage page, also under row level security.';
COMMENT ON INDEX workshop.idx_batches_open_sanding_created_at IS 'Open batches at Sanding oldest first, keyset (created_at, id): the stage page, also under row level security.';
COMMENT ON INDEX workshop.idx_batches_open_finishing_created_at IS 'Open batches at Finishing oldest first, keyset (created_at, id): the stage page, also under row level security.';
COMMENT ON INDEX workshop.idx_batches_open_sub_assembly_created_at IS 'Open batches at Sub-Assembly oldest first, keyset (created_at, id): the stage page, also under row level security.';
COMMENT ON INDEX workshop.idx_batches_open_final_assembly_created_at IS 'Open batches at Final Assembly oldest first, keyset (created_at, id): the stage page, also under row level security.';
COMMENT ON INDEX workshop.idx_batches_open_acoustic_qc_created_at IS 'Open batches at Acoustic QC oldest first, keyset (created_at, id): the stage page, also under row level security.';
COMMENT ON INDEX workshop.idx_batches_open_shipping_created_at IS 'Open batches at Shipping oldest first, keyset (created_at, id): the stage page, also under row level security.';

DROP INDEX CONCURRENTLY IF EXISTS workshop.idx_batches_open_created_at;
