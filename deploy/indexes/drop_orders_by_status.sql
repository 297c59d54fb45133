-- Deploy workshop_db:indexes/drop_orders_by_status to pg
-- requires: indexes/orders_by_status
-- requires: functions/orders_by_status
-- idx_orders_by_status held every order by (status, created_at, id) so that a status
-- page prepared with the status as a parameter kept a fast generic plan. It served the
-- owner only (under row level security enum equality is no index condition), and since
-- workshop.orders_by_status() every client has a form of the page whose plans reach
-- the status's partial index. Without it a prepared statement is planned for its values
-- on every call, as a manager's always was: the generic plan, which walks
-- idx_orders_created_at, is estimated about twice as dear as a plan for one status
-- (0.48 ms p95 prepared at 1,000,000 orders). Every new order and every status change
-- wrote an entry here: on a copy of the 1,000,000-order data set an import of 10,000
-- orders took 13 % less time without it (issue 7). Dropped CONCURRENTLY (no
-- BEGIN/COMMIT), giving up instead of queueing behind a long lock.
SET lock_timeout = '5s';

DROP INDEX CONCURRENTLY IF EXISTS workshop.idx_orders_by_status;
