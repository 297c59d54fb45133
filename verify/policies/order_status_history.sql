-- Verify workshop_db:policies/order_status_history on pg
BEGIN;
DO $$
DECLARE
  expected text[] := ARRAY['order_status_history_select_staff'];
  missing text[];
BEGIN
  ASSERT (SELECT c.relrowsecurity FROM pg_catalog.pg_class c WHERE c.oid = 'workshop.order_status_history'::regclass),
    'row level security is not enabled on workshop.order_status_history';
  SELECT pg_catalog.array_agg(e) INTO missing
    FROM pg_catalog.unnest(expected) AS e
   WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_policy p
                      WHERE p.polrelid = 'workshop.order_status_history'::regclass AND p.polname = e);
  ASSERT missing IS NULL, pg_catalog.format('workshop.order_status_history lacks the policies %s', missing);
  ASSERT pg_catalog.has_table_privilege('service_role', 'workshop.order_status_history', 'SELECT'),
    'service_role cannot read workshop.order_status_history';
END
$$;
ROLLBACK;
