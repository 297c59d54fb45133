-- Revert workshop_db:indexes/orders_due_risk from pg
SET lock_timeout = '5s';

DROP INDEX CONCURRENTLY IF EXISTS workshop.idx_orders_due_risk;
