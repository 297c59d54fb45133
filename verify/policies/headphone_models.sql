-- Verify workshop_db:policies/headphone_models on pg
BEGIN;
DO $$
DECLARE
  expected text[] := ARRAY['headphone_models_select_anon', 'headphone_models_select_customer', 'headphone_models_select_staff', 'headphone_models_insert_admin', 'headphone_models_update_admin', 'headphone_models_delete_admin'];
  missing text[];
BEGIN
  ASSERT (SELECT c.relrowsecurity FROM pg_catalog.pg_class c WHERE c.oid = 'workshop.headphone_models'::regclass),
    'row level security is not enabled on workshop.headphone_models';
  SELECT pg_catalog.array_agg(e) INTO missing
    FROM pg_catalog.unnest(expected) AS e
   WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_policy p
                      WHERE p.polrelid = 'workshop.headphone_models'::regclass AND p.polname = e);
  ASSERT missing IS NULL, pg_catalog.format('workshop.headphone_models lacks the policies %s', missing);
  ASSERT (SELECT pg_catalog.pg_get_expr(p.polqual, p.polrelid) LIKE '%current_customer_model_ids()%'
            FROM pg_catalog.pg_policy p
           WHERE p.polrelid = 'workshop.headphone_models'::regclass AND p.polname = 'headphone_models_select_customer'),
    'headphone_models_select_customer does not call workshop_private.current_customer_model_ids()';
  ASSERT pg_catalog.has_table_privilege('service_role', 'workshop.headphone_models', 'SELECT'),
    'service_role cannot read workshop.headphone_models';
END
$$;
ROLLBACK;
