-- Verify workshop_db:policies/quality_checks on pg
BEGIN;
DO $$
DECLARE
  expected text[] := ARRAY['quality_checks_select_staff', 'quality_checks_insert_staff', 'quality_checks_insert_manager'];
  missing text[];
BEGIN
  ASSERT (SELECT c.relrowsecurity FROM pg_catalog.pg_class c WHERE c.oid = 'workshop.quality_checks'::regclass),
    'row level security is not enabled on workshop.quality_checks';
  SELECT pg_catalog.array_agg(e) INTO missing
    FROM pg_catalog.unnest(expected) AS e
   WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_policy p
                      WHERE p.polrelid = 'workshop.quality_checks'::regclass AND p.polname = e);
  ASSERT missing IS NULL, pg_catalog.format('workshop.quality_checks lacks the policies %s', missing);
  ASSERT pg_catalog.has_table_privilege('service_role', 'workshop.quality_checks', 'SELECT'),
    'service_role cannot read workshop.quality_checks';
END
$$;
ROLLBACK;
