-- Verify workshop_db:indexes/drop_orders_open_due_date on pg
-- Gone, and the partial indexes of open orders that serve its readers are valid.
BEGIN;
SELECT 1/(pg_catalog.to_regclass('workshop.idx_orders_open_due_date') IS NULL)::int;
SELECT 1/(count(*) = 2)::int FROM pg_catalog.pg_index
 WHERE indexrelid IN ('workshop.idx_orders_open_created_at'::regclass, 'workshop.idx_orders_due_risk'::regclass)
   AND indisvalid AND indisready;
ROLLBACK;
