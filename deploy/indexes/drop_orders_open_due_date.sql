-- Deploy workshop_db:indexes/drop_orders_open_due_date to pg
-- requires: indexes/orders_open_due_date
-- requires: functions/data_quality_report
-- The due dates of open orders had an index of their own since 1.0.0. Due risk walks
-- idx_orders_due_risk (views/order_due_risk), and the past-due check of the data quality
-- report, its last reader, now names the open statuses and reads the partial indexes of
-- open orders. Each new order wrote an entry here: one of eleven per imported order
-- (issue 7). Dropped CONCURRENTLY (no BEGIN/COMMIT), giving up instead of queueing
-- behind a long lock.
SET lock_timeout = '5s';

DROP INDEX CONCURRENTLY IF EXISTS workshop.idx_orders_open_due_date;
