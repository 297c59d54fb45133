-- Verify workshop_db:indexes/drop_orders_by_status on pg
-- Gone, and the indexes that serve the status pages in its place valid: the partial
-- index of every status, as indexes/orders_status_pages verifies them.
BEGIN;
SELECT 1/(pg_catalog.to_regclass('workshop.idx_orders_by_status') IS NULL)::int;
ROLLBACK;
\ir orders_status_pages.sql
