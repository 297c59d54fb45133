-- Verify workshop_db:indexes/batch_orders_active on pg
-- A failed CONCURRENTLY build leaves an invalid index behind: it must be valid.
BEGIN;
SELECT 1/count(*) FROM pg_catalog.pg_index
 WHERE indexrelid = pg_catalog.to_regclass('workshop.idx_batch_orders_active')
   AND indisvalid AND indisready;
ROLLBACK;
