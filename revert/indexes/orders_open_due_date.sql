-- Revert workshop_db:indexes/orders_open_due_date from pg
-- Online too: CONCURRENTLY, hence no transaction block (see the deploy script).
SET lock_timeout = '5s';

DROP INDEX CONCURRENTLY IF EXISTS workshop.idx_orders_open_due_date;
