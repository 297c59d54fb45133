-- Verify workshop_db:indexes/drop_orders_delivered_created_at on pg
-- Gone, and the index the delivered orders' page walks instead is valid.
BEGIN;
SELECT 1/(pg_catalog.to_regclass('workshop.idx_orders_delivered_created_at') IS NULL)::int;
SELECT 1/count(*) FROM pg_catalog.pg_index
 WHERE indexrelid = 'workshop.idx_orders_created_at'::regclass AND indisvalid AND indisready;
ROLLBACK;
