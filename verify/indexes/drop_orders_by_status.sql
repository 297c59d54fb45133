-- Verify workshop_db:indexes/drop_orders_by_status on pg
-- Gone, and the partial indexes of the statuses that have one, which serve the status
-- pages in its place, are valid.
BEGIN;
SELECT 1/(pg_catalog.to_regclass('workshop.idx_orders_by_status') IS NULL)::int;
SELECT 1/(count(*) = 6)::int FROM pg_catalog.pg_index
 WHERE indexrelid IN ('workshop.idx_orders_pending_created_at'::regclass,
                      'workshop.idx_orders_in_production_created_at'::regclass,
                      'workshop.idx_orders_on_hold_created_at'::regclass,
                      'workshop.idx_orders_ready_to_ship_created_at'::regclass,
                      'workshop.idx_orders_shipped_created_at'::regclass,
                      'workshop.idx_orders_cancelled_created_at'::regclass)
   AND indisvalid AND indisready;
ROLLBACK;
