-- Deploy workshop_db:indexes/batches_open_stage to pg
-- requires: tables/batches
-- Open batches of one stage, oldest first, keyset by (created_at, id): the owner's
-- "batches at a stage" page (bench/queries/batches_at_stage.sql). The seed's
-- idx_batches_stage_status (current_stage, is_complete) found a stage's open batches
-- but not in the page's order: every page read all of them (about a hundred at
-- 1,000,000 orders) and sorted them for its 50 (EXPLAIN ANALYZE there: 0.085 ms; with
-- this index 0.032 ms, reading its 50 rows in order and stopping). Partial: open batches
-- are a few percent of all, and a complete batch never comes back. Under row level
-- security current_stage = ... is no index condition (enum equality is not leakproof);
-- the staff's page walks idx_batches_open_created_at instead (a stage's own partial
-- index since indexes/batches_stage_pages).
-- Built CONCURRENTLY (no BEGIN/COMMIT), giving up instead of queueing behind a long lock;
-- rerunnable after a failure (IF NOT EXISTS; the verify script refuses an invalid index).
SET lock_timeout = '5s';

CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_batches_open_stage ON workshop.batches (current_stage, created_at, id) WHERE NOT is_complete;

COMMENT ON INDEX workshop.idx_batches_open_stage IS
  'Open batches of a stage oldest first, keyset (created_at, id): batches at a stage, for the owner.';
