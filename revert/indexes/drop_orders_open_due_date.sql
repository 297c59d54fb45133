-- Revert workshop_db:indexes/drop_orders_open_due_date from pg
-- The index as indexes/orders_open_due_date creates it: that change's own deploy script
-- (CONCURRENTLY, lock_timeout, an invalid leftover dropped first), run as it stands.
\ir ../../deploy/indexes/orders_open_due_date.sql
