-- Deploy workshop_db:indexes/orders_open_created_at to pg
-- requires: tables/orders
-- Open orders oldest first, keyset by (created_at, id): the dashboard's open rush and high
-- orders (bench/queries/dashboard.sql). Partial: open orders are the last weeks' few
-- percent, so the index stays small and the page reads about 50 / share-of-rush-and-high
-- entries instead of sorting every open order of those priorities.
-- Built CONCURRENTLY so that a live table stays writable; that cannot run in a
-- transaction, so this script has no BEGIN/COMMIT and gives up instead of queueing
-- behind a long lock.
SET lock_timeout = '5s';

CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_orders_open_created_at ON workshop.orders (created_at, id) WHERE status IN ('pending', 'in_production', 'on_hold', 'ready_to_ship');

COMMENT ON INDEX workshop.idx_orders_open_created_at IS
  'Open orders by age (dashboard keyset); only open statuses are indexed.';
