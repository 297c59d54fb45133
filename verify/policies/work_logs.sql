-- Verify workshop_db:policies/work_logs on pg
BEGIN;
DO $$
DECLARE
  expected text[] := ARRAY['work_logs_select_staff', 'work_logs_insert_staff', 'work_logs_insert_manager'];
  missing text[];
BEGIN
  ASSERT (SELECT c.relrowsecurity FROM pg_catalog.pg_class c WHERE c.oid = 'workshop.work_logs'::regclass),
    'row level security is not enabled on workshop.work_logs';
  SELECT pg_catalog.array_agg(e) INTO missing
    FROM pg_catalog.unnest(expected) AS e
   WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_policy p
                      WHERE p.polrelid = 'workshop.work_logs'::regclass AND p.polname = e);
  ASSERT missing IS NULL, pg_catalog.format('workshop.work_logs lacks the policies %s', missing);
  ASSERT pg_catalog.has_table_privilege('service_role', 'workshop.work_logs', 'SELECT'),
    'service_role cannot read workshop.work_logs';
END
$$;
ROLLBACK;
