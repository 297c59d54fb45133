-- Verify workshop_db:tables/orders on pg
BEGIN;
SELECT id, order_number, shopify_order_id, shopify_line_item_id, line_unit, customer_id,
       model_id, wood_type, customizations, notes, internal_notes, status, priority,
       due_date, created_at, updated_at
  FROM workshop.orders WHERE false;
SELECT 1/count(*) FROM pg_catalog.pg_constraint
 WHERE conrelid = 'workshop.orders'::regclass AND conname = 'orders_shopify_line_unit_key';
ROLLBACK;
