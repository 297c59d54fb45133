-- Verify workshop_db:tables/batch_orders on pg
BEGIN;
SELECT batch_id, order_id, added_at, added_by, is_active FROM workshop.batch_orders WHERE false;
SELECT 1/count(*) FROM pg_catalog.pg_index
 WHERE indexrelid = 'workshop.one_active_batch_per_order'::regclass
   AND indisunique AND indpred IS NOT NULL;
ROLLBACK;
