-- Deploy workshop_db:indexes/orders_open_due_date to pg
-- requires: tables/orders
-- Partial index on the due dates of open orders (not shipped, delivered or cancelled):
-- the due-risk and past-due checks read only those, a small and shrinking part of the
-- table. An online change: built CONCURRENTLY so that orders stay writable, which
-- cannot run in a transaction block, so this script has no BEGIN/COMMIT, and it gives
-- up after lock_timeout instead of queueing every writer behind it.
SET lock_timeout = '5s';

-- A CONCURRENTLY build that failed (lock timeout, cancel, crash) leaves an INVALID index
-- of this name, which IF NOT EXISTS below would keep. Drop such a leftover first.
-- DROP INDEX CONCURRENTLY cannot run in a DO block (a function is a transaction), so
-- the query returns the DROP statement only when the index exists and is invalid, and
-- psql's \gexec runs it (zero rows: nothing runs). Sqitch runs this file with psql.
SELECT 'DROP INDEX CONCURRENTLY IF EXISTS workshop.idx_orders_open_due_date'
  FROM pg_catalog.pg_index
 WHERE indexrelid = pg_catalog.to_regclass('workshop.idx_orders_open_due_date')
   AND NOT indisvalid
\gexec

CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_orders_open_due_date ON workshop.orders (due_date)
  WHERE status NOT IN ('shipped', 'delivered', 'cancelled');

COMMENT ON INDEX workshop.idx_orders_open_due_date IS
  'Due dates of open orders (not shipped, delivered or cancelled): due-risk and past-due checks.';
