-- Deploy workshop_db:indexes/drop_batches_stage_status to pg
-- requires: indexes/batches_open_stage
-- The seed's idx_batches_stage_status (current_stage, is_complete) goes: the stage page
-- has idx_batches_open_stage, and its complete entries, nearly all of them, are one key
-- (Shipping, true) that no query asks for. Every stage change and completion of a batch
-- wrote it (issue 7).
-- Dropped CONCURRENTLY (no BEGIN/COMMIT), giving up instead of queueing behind a long lock.
SET lock_timeout = '5s';

DROP INDEX CONCURRENTLY IF EXISTS workshop.idx_batches_stage_status;
