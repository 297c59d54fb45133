-- Verify workshop_db:policies/batch_orders on pg
BEGIN;
DO $$
DECLARE
  expected text[] := ARRAY['batch_orders_select_staff', 'batch_orders_insert_manager', 'batch_orders_update_manager', 'batch_orders_delete_manager'];
  missing text[];
BEGIN
  ASSERT (SELECT c.relrowsecurity FROM pg_catalog.pg_class c WHERE c.oid = 'workshop.batch_orders'::regclass),
    'row level security is not enabled on workshop.batch_orders';
  SELECT pg_catalog.array_agg(e) INTO missing
    FROM pg_catalog.unnest(expected) AS e
   WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_policy p
                      WHERE p.polrelid = 'workshop.batch_orders'::regclass AND p.polname = e);
  ASSERT missing IS NULL, pg_catalog.format('workshop.batch_orders lacks the policies %s', missing);
  ASSERT pg_catalog.has_table_privilege('service_role', 'workshop.batch_orders', 'SELECT'),
    'service_role cannot read workshop.batch_orders';
END
$$;
ROLLBACK;
