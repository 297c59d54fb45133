-- Revert workshop_db:indexes/drop_orders_open_due_date from pg
-- The index as indexes/orders_open_due_date created it, built CONCURRENTLY. A failed
-- build leaves an INVALID index of this name, which IF NOT EXISTS would keep: dropped
-- first, as indexes/orders_open_due_date does (psql's \gexec; zero rows: nothing runs).
SET lock_timeout = '5s';

SELECT 'DROP INDEX CONCURRENTLY IF EXISTS workshop.idx_orders_open_due_date'
  FROM pg_catalog.pg_index
 WHERE indexrelid = pg_catalog.to_regclass('workshop.idx_orders_open_due_date')
   AND NOT indisvalid
\gexec

CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_orders_open_due_date ON workshop.orders (due_date)
  WHERE status NOT IN ('shipped', 'delivered', 'cancelled');

COMMENT ON INDEX workshop.idx_orders_open_due_date IS
  'Due dates of open orders (not shipped, delivered or cancelled): due-risk and past-due checks.';
