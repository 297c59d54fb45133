-- Verify workshop_db:policies/batches on pg
BEGIN;
DO $$
DECLARE
  expected text[] := ARRAY['batches_select_staff', 'batches_insert_manager', 'batches_update_staff'];
  missing text[];
BEGIN
  ASSERT (SELECT c.relrowsecurity FROM pg_catalog.pg_class c WHERE c.oid = 'workshop.batches'::regclass),
    'row level security is not enabled on workshop.batches';
  SELECT pg_catalog.array_agg(e) INTO missing
    FROM pg_catalog.unnest(expected) AS e
   WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_policy p
                      WHERE p.polrelid = 'workshop.batches'::regclass AND p.polname = e);
  ASSERT missing IS NULL, pg_catalog.format('workshop.batches lacks the policies %s', missing);
  ASSERT pg_catalog.has_table_privilege('service_role', 'workshop.batches', 'SELECT'),
    'service_role cannot read workshop.batches';
END
$$;
ROLLBACK;
