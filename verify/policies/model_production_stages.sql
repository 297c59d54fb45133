-- Verify workshop_db:policies/model_production_stages on pg
BEGIN;
DO $$
DECLARE
  expected text[] := ARRAY['model_production_stages_select_anon', 'model_production_stages_select_customer', 'model_production_stages_select_staff', 'model_production_stages_insert_admin', 'model_production_stages_update_admin', 'model_production_stages_delete_admin'];
  missing text[];
BEGIN
  ASSERT (SELECT c.relrowsecurity FROM pg_catalog.pg_class c WHERE c.oid = 'workshop.model_production_stages'::regclass),
    'row level security is not enabled on workshop.model_production_stages';
  SELECT pg_catalog.array_agg(e) INTO missing
    FROM pg_catalog.unnest(expected) AS e
   WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_policy p
                      WHERE p.polrelid = 'workshop.model_production_stages'::regclass AND p.polname = e);
  ASSERT missing IS NULL, pg_catalog.format('workshop.model_production_stages lacks the policies %s', missing);
  ASSERT pg_catalog.has_table_privilege('service_role', 'workshop.model_production_stages', 'SELECT'),
    'service_role cannot read workshop.model_production_stages';
END
$$;
ROLLBACK;
