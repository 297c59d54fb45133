-- Deploy workshop_db:indexes/drop_orders_delivered_created_at to pg
-- requires: indexes/orders_status_pages
-- Delivered orders are most orders (94 % at 1,000,000): their status page walks
-- idx_orders_created_at and filters, reading about 53 rows for 50, as the owner and as
-- staff under row level security. Their own index (indexes/orders_status_pages) held
-- almost every order a second time and was written by every delivery (issue 7).
-- Dropped CONCURRENTLY (no BEGIN/COMMIT), giving up instead of queueing behind a long lock.
SET lock_timeout = '5s';

DROP INDEX CONCURRENTLY IF EXISTS workshop.idx_orders_delivered_created_at;
