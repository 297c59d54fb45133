-- Verify workshop_db:indexes/orders_by_status on pg
-- A failed CONCURRENTLY build leaves an invalid index behind: it must be valid.
BEGIN;
SELECT 1/count(*) FROM pg_catalog.pg_index
 WHERE indexrelid = pg_catalog.to_regclass('workshop.idx_orders_by_status')
   AND indisvalid AND indisready;
ROLLBACK;
