-- Verify workshop_db:policies/orders on pg
BEGIN;
DO $$
DECLARE
  expected text[] := ARRAY['orders_select_customer', 'orders_select_staff', 'orders_insert_manager', 'orders_update_manager'];
  missing text[];
BEGIN
  ASSERT (SELECT c.relrowsecurity FROM pg_catalog.pg_class c WHERE c.oid = 'workshop.orders'::regclass),
    'row level security is not enabled on workshop.orders';
  SELECT pg_catalog.array_agg(e) INTO missing
    FROM pg_catalog.unnest(expected) AS e
   WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_policy p
                      WHERE p.polrelid = 'workshop.orders'::regclass AND p.polname = e);
  ASSERT missing IS NULL, pg_catalog.format('workshop.orders lacks the policies %s', missing);
  ASSERT pg_catalog.has_table_privilege('service_role', 'workshop.orders', 'SELECT'),
    'service_role cannot read workshop.orders';
  ASSERT NOT pg_catalog.has_column_privilege('authenticated', 'workshop.orders', 'internal_notes', 'SELECT'),
    'authenticated may read orders.internal_notes';
  ASSERT NOT pg_catalog.has_table_privilege('anon', 'workshop.orders', 'SELECT'),
    'anon may read orders';
END
$$;
ROLLBACK;
