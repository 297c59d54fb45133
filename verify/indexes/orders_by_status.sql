-- Verify workshop_db:indexes/orders_by_status on pg
-- A failed CONCURRENTLY build leaves an invalid index behind: it must be valid and
-- ready. Or absent, once indexes/drop_orders_by_status has dropped it: sqitch verify
-- checks every deployed change against the database as it is now, and an invalid
-- leftover is present, so it still fails here.
BEGIN;
SELECT 1/count(*) FROM (
  SELECT FROM pg_catalog.pg_index i
   WHERE i.indexrelid = pg_catalog.to_regclass('workshop.idx_orders_by_status')
     AND i.indisvalid AND i.indisready
  UNION ALL
  SELECT WHERE pg_catalog.to_regclass('workshop.idx_orders_by_status') IS NULL) v;
ROLLBACK;
