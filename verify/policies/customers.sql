-- Verify workshop_db:policies/customers on pg
BEGIN;
DO $$
DECLARE
  expected text[] := ARRAY['customers_select_customer', 'customers_select_staff', 'customers_insert_manager', 'customers_update_manager'];
  missing text[];
BEGIN
  ASSERT (SELECT c.relrowsecurity FROM pg_catalog.pg_class c WHERE c.oid = 'workshop.customers'::regclass),
    'row level security is not enabled on workshop.customers';
  SELECT pg_catalog.array_agg(e) INTO missing
    FROM pg_catalog.unnest(expected) AS e
   WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_policy p
                      WHERE p.polrelid = 'workshop.customers'::regclass AND p.polname = e);
  ASSERT missing IS NULL, pg_catalog.format('workshop.customers lacks the policies %s', missing);
  ASSERT pg_catalog.has_table_privilege('service_role', 'workshop.customers', 'SELECT'),
    'service_role cannot read workshop.customers';
END
$$;
ROLLBACK;
