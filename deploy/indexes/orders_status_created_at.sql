-- Deploy workshop_db:indexes/orders_status_created_at to pg
-- requires: tables/orders
-- Orders of a status, newest first, keyset by (created_at, id): the staff's status pages.
-- idx_orders_status_priority cannot give that order, so without it a status page sorts
-- every order of the status (bench/queries/orders_by_status.sql).
-- Built CONCURRENTLY so that a live table stays writable; that cannot run in a
-- transaction, so this script has no BEGIN/COMMIT and gives up instead of queueing
-- behind a long lock.
SET lock_timeout = '5s';

CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_orders_status_created_at ON workshop.orders (status, created_at DESC, id DESC);

COMMENT ON INDEX workshop.idx_orders_status_created_at IS
  'Status pages: orders of a status newest first, keyset (created_at, id).';
