-- Verify workshop_db:indexes/drop_orders_status_priority on pg
BEGIN;
SELECT 1/(pg_catalog.to_regclass('workshop.idx_orders_status_priority') IS NULL)::int;
ROLLBACK;
