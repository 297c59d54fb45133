-- Verify workshop_db:policies/workers on pg
BEGIN;
DO $$
DECLARE
  expected text[] := ARRAY['workers_select_staff', 'workers_insert_admin', 'workers_update_admin', 'workers_delete_admin'];
  missing text[];
BEGIN
  ASSERT (SELECT c.relrowsecurity FROM pg_catalog.pg_class c WHERE c.oid = 'workshop.workers'::regclass),
    'row level security is not enabled on workshop.workers';
  SELECT pg_catalog.array_agg(e) INTO missing
    FROM pg_catalog.unnest(expected) AS e
   WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_policy p
                      WHERE p.polrelid = 'workshop.workers'::regclass AND p.polname = e);
  ASSERT missing IS NULL, pg_catalog.format('workshop.workers lacks the policies %s', missing);
  ASSERT pg_catalog.has_table_privilege('service_role', 'workshop.workers', 'SELECT'),
    'service_role cannot read workshop.workers';
END
$$;
ROLLBACK;
