-- Verify workshop_db:indexes/orders_status_pages on pg
-- Every order_status label has its valid status-page index (a failed CONCURRENTLY build
-- leaves an invalid one behind); delivered orders, once
-- indexes/drop_orders_delivered_created_at has dropped theirs, idx_orders_created_at.
BEGIN;
SELECT 1/(count(*) = 0)::int
  FROM pg_catalog.pg_enum e
 WHERE e.enumtypid = 'workshop.order_status'::regtype
   AND NOT EXISTS (SELECT FROM pg_catalog.pg_index i
                    WHERE i.indexrelid = COALESCE(
                            pg_catalog.to_regclass('workshop.idx_orders_' || e.enumlabel || '_created_at'),
                            CASE WHEN e.enumlabel = 'delivered' THEN pg_catalog.to_regclass('workshop.idx_orders_created_at') END)
                      AND i.indisvalid AND i.indisready);
ROLLBACK;
