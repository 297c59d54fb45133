-- Deploy workshop_db:statistics/batches_stage_complete to pg
-- requires: tables/batches
-- Complete batches are all at Shipping (a batch completes from its last stage), so
-- current_stage and is_complete are not independent. Multiplying their selectivities,
-- the planner took 716 of the open batches for Shipping and 2 for Finishing at
-- 1,000,000 orders (105 each), so the stage page's plans differed by stage and a
-- prepared page was planned per call (Shipping walking the open batches by age). With
-- the MCV list of the pair it estimates 106 and keeps one generic plan through
-- idx_batches_open_stage: 0.17-0.26 ms p95 prepared against 0.23-0.37 without these
-- statistics, the seed twin 0.19-0.21 (4 rounds taking turns; bench/results/
-- 2026-12-06-scale1000000-run3.md).
-- Takes SHARE UPDATE EXCLUSIVE on batches, as ANALYZE does: reads and writes go on.
BEGIN;
SET LOCAL lock_timeout = '5s';

CREATE STATISTICS workshop.batches_stage_complete (mcv) ON current_stage, is_complete FROM workshop.batches;
COMMENT ON STATISTICS workshop.batches_stage_complete IS
  'Joint counts of current_stage and is_complete: complete batches are all at Shipping, so the open batches of a stage are not estimated from all of its batches.';
-- Until autovacuum analyzes batches again, the planner would not have the list.
ANALYZE workshop.batches;

COMMIT;
