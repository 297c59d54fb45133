-- Verify workshop_db:functions/order_detail on pg
BEGIN;
SELECT id, order_number, shopify_order_id, customer_id, model_id, wood_type, customizations,
       notes, status, priority, due_date, created_at, updated_at, customer, model, batch_orders
  FROM workshop.order_detail(NULL) WHERE false;
SELECT 1 / pg_catalog.count(*)
  FROM pg_catalog.pg_proc p
 WHERE p.oid = 'workshop.order_detail(uuid)'::pg_catalog.regprocedure
   AND NOT p.prosecdef AND p.provolatile = 's';
ROLLBACK;
