-- Deploy workshop_db:indexes/orders_by_status to pg
-- requires: tables/orders
-- Orders of one status, newest first, keyset (created_at, id), for a page prepared with
-- the status as a parameter. After five runs of a prepared statement PostgreSQL may keep
-- a generic plan, made without the parameter's value, which cannot pick the status's
-- partial index (indexes/orders_status_pages): the owner's (and service_role's) generic
-- plan walked idx_orders_created_at filtering by status, through most of the table for a
-- rare status (147 ms p95 at 1,000,000 orders, bench/results/2026-12-02-scale1000000.md).
-- Here the status is an index condition whatever its value. The partial indexes stay
-- for staff under row level security, where status = ... is no index condition (enum
-- equality is not leakproof) and the predicate of a partial index is what finds the rows.
-- status DESC: pending, the status of every new order, sorts last, so a new order's
-- entry goes to the index's right edge, where a full page splits 90/10 and not 50/50;
-- the page reads its status's entries backward.
-- Built CONCURRENTLY (no BEGIN/COMMIT), giving up instead of queueing behind a long lock;
-- rerunnable after a failure (an invalid leftover is dropped first; the verify script
-- refuses an invalid index).
SET lock_timeout = '5s';

SELECT 'DROP INDEX CONCURRENTLY IF EXISTS workshop.idx_orders_by_status'
  FROM pg_catalog.pg_index
 WHERE indexrelid = pg_catalog.to_regclass('workshop.idx_orders_by_status')
   AND NOT indisvalid
\gexec

CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_orders_by_status ON workshop.orders (status DESC, created_at, id);

COMMENT ON INDEX workshop.idx_orders_by_status IS
  'Orders of a status by age, keyset (created_at, id): status pages with the status as a parameter (generic plans).';
