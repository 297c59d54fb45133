-- Verify workshop_db:policies/batch_metadata on pg
BEGIN;
DO $$
DECLARE
  expected text[] := ARRAY['batch_metadata_select_staff', 'batch_metadata_insert_manager', 'batch_metadata_update_manager'];
  missing text[];
BEGIN
  ASSERT (SELECT c.relrowsecurity FROM pg_catalog.pg_class c WHERE c.oid = 'workshop.batch_metadata'::regclass),
    'row level security is not enabled on workshop.batch_metadata';
  SELECT pg_catalog.array_agg(e) INTO missing
    FROM pg_catalog.unnest(expected) AS e
   WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_policy p
                      WHERE p.polrelid = 'workshop.batch_metadata'::regclass AND p.polname = e);
  ASSERT missing IS NULL, pg_catalog.format('workshop.batch_metadata lacks the policies %s', missing);
  ASSERT pg_catalog.has_table_privilege('service_role', 'workshop.batch_metadata', 'SELECT'),
    'service_role cannot read workshop.batch_metadata';
END
$$;
ROLLBACK;
