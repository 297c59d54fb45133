-- Deploy workshop_db:indexes/batches_open to pg
-- requires: tables/batches
-- Open batches: a small share of all batches, which the due-risk view and the open-batch
-- reports read; without it they scan every batch.
-- Built CONCURRENTLY so that a live table stays writable; that cannot run in a
-- transaction, so this script has no BEGIN/COMMIT and gives up instead of queueing
-- behind a long lock.
SET lock_timeout = '5s';

CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_batches_open ON workshop.batches (id) WHERE NOT is_complete;

COMMENT ON INDEX workshop.idx_batches_open IS
  'Open batches (not complete), for workshop.order_due_risk.';
