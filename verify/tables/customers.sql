-- Verify workshop_db:tables/customers on pg
BEGIN;
SELECT id, shopify_customer_id, auth_user_id, name, email, phone, shipping_address,
       billing_address, created_at, updated_at
  FROM workshop.customers WHERE false;
SELECT 1/count(*) FROM pg_catalog.pg_indexes
 WHERE schemaname = 'workshop' AND indexname = 'idx_customers_search';
ROLLBACK;
