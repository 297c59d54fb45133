-- Verify workshop_db:indexes/orders_status_created_at on pg
-- A failed CONCURRENTLY build leaves an invalid index behind: it must be valid. Once
-- indexes/orders_status_pages has replaced it by one partial index per status, those
-- serve the status pages instead (each must then be valid; delivered's, once dropped by
-- indexes/drop_orders_delivered_created_at, is idx_orders_created_at).
BEGIN;
SELECT 1/(EXISTS (SELECT FROM pg_catalog.pg_index
                   WHERE indexrelid = pg_catalog.to_regclass('workshop.idx_orders_status_created_at')
                     AND indisvalid AND indisready)
          OR NOT EXISTS (SELECT FROM pg_catalog.pg_enum e
                          WHERE e.enumtypid = 'workshop.order_status'::regtype
                            AND NOT EXISTS (SELECT FROM pg_catalog.pg_index i
                                             WHERE i.indexrelid = COALESCE(
                                                     pg_catalog.to_regclass('workshop.idx_orders_' || e.enumlabel || '_created_at'),
                                                     CASE WHEN e.enumlabel = 'delivered'
                                                          THEN pg_catalog.to_regclass('workshop.idx_orders_created_at') END)
                                               AND i.indisvalid AND i.indisready)))::int;
ROLLBACK;
