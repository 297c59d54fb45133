-- Revert workshop_db:indexes/drop_orders_by_status from pg
-- The index as indexes/orders_by_status creates it: that change's own deploy script
-- (CONCURRENTLY, lock_timeout, an invalid leftover dropped first), run as it stands.
\ir ../../deploy/indexes/orders_by_status.sql
