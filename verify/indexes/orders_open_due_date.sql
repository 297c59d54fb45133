-- Verify workshop_db:indexes/orders_open_due_date on pg
-- A failed CONCURRENTLY build leaves an invalid index behind: it must be valid, ready,
-- on orders.due_date and partial. Or absent, once indexes/drop_orders_open_due_date has
-- dropped it: sqitch verify checks every deployed change against the database as it is
-- now, and an invalid leftover is present, so it still fails here.
BEGIN;
SELECT 1/count(*) FROM (
  SELECT FROM pg_catalog.pg_index i
   WHERE i.indexrelid = pg_catalog.to_regclass('workshop.idx_orders_open_due_date')
     AND i.indrelid = 'workshop.orders'::pg_catalog.regclass
     AND i.indisvalid AND i.indisready
     AND i.indpred IS NOT NULL
     AND pg_catalog.pg_get_indexdef(i.indexrelid) LIKE '%(due_date) WHERE%'
  UNION ALL
  SELECT WHERE pg_catalog.to_regclass('workshop.idx_orders_open_due_date') IS NULL) v;
ROLLBACK;
