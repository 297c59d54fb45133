-- Deploy workshop_db:indexes/drop_orders_status_priority to pg
-- requires: indexes/orders_status_pages
-- The seed's idx_orders_status_priority (status, priority) goes: no key query uses it (the
-- status pages have their own indexes, indexes/orders_status_pages; the dashboard
-- idx_orders_open_created_at), and every new order and every change of status wrote it
-- (status is indexed, so no status change is a HOT update). A bulk import of orders paid
-- about 5 % of its time for it (issue 7).
-- Dropped CONCURRENTLY (no BEGIN/COMMIT), giving up instead of queueing behind a long lock.
SET lock_timeout = '5s';

DROP INDEX CONCURRENTLY IF EXISTS workshop.idx_orders_status_priority;
